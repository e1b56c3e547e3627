package dintsim.rtl.synth.liberty;

/**
 * Liberty boolean functions ({@code "(!((A B)+C))"}, {@code "A*B"}, {@code "A^B"}, {@code "A'"})
 * as Verilog expressions. Liberty writes AND as '*', '&' or mere juxtaposition (a space), OR as
 * '+' or '|', NOT as a prefix '!' or a postfix quote.
 */
public final class LibertyFunction {
    private LibertyFunction() {
    }

    /** The Verilog expression of a Liberty function; {@code where} names it in errors. */
    public static String toVerilog(String function, String where) {
        StringBuilder out = new StringBuilder();
        boolean operandEnded = false; // the last token ended an operand: juxtaposition means AND
        int i = 0;
        while (i < function.length()) {
            char c = function.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < function.length() && (Character.isLetterOrDigit(function.charAt(i)) || function.charAt(i) == '_')) {
                    i++;
                }
                String name = function.substring(start, i);
                if (operandEnded) {
                    out.append(" & ");
                }
                out.append(name.equals("0") ? "1'b0" : name.equals("1") ? "1'b1" : name);
                operandEnded = true;
            } else if (c == '(' || c == '!') {
                if (operandEnded) {
                    out.append(" & ");
                }
                out.append(c == '!' ? '~' : '(');
                operandEnded = false;
                i++;
            } else if (c == ')') {
                out.append(')');
                operandEnded = true;
                i++;
            } else if (c == '\'') {
                out.insert(operandStart(out), "~");
                i++;
            } else if (c == '*' || c == '&') {
                out.append(" & ");
                operandEnded = false;
                i++;
            } else if (c == '+' || c == '|') {
                out.append(" | ");
                operandEnded = false;
                i++;
            } else if (c == '^') {
                out.append(" ^ ");
                operandEnded = false;
                i++;
            } else {
                throw new IllegalArgumentException(where + ": function \"" + function + "\" has '" + c
                        + "', which is not a Liberty operator");
            }
        }
        return out.toString();
    }

    /** Start of the operand that ends the expression so far (a name or a parenthesised group). */
    private static int operandStart(StringBuilder out) {
        int i = out.length() - 1;
        if (out.charAt(i) == ')') {
            int depth = 0;
            for (; i >= 0; i--) {
                if (out.charAt(i) == ')') {
                    depth++;
                } else if (out.charAt(i) == '(' && --depth == 0) {
                    return i;
                }
            }
            return 0;
        }
        while (i > 0 && (Character.isLetterOrDigit(out.charAt(i - 1)) || out.charAt(i - 1) == '_' || out.charAt(i - 1) == '\'')) {
            i--;
        }
        return i;
    }
    /**
     * The truth table of a Liberty function over {@code inputs} (at most 6): bit k of the result is
     * the function's value when input j has the value of bit j of k. Evaluated from the Verilog form
     * {@link #toVerilog} gives, with Verilog's precedence (~, &, ^, |), so it is the logic the
     * behavioural cell models compute.
     */
    public static long truthTable(String function, java.util.List<String> inputs, String where) {
        if (inputs.size() > 6) {
            throw new IllegalArgumentException(where + ": " + inputs.size() + " inputs; truth tables take at most 6");
        }
        long[] masks = new long[inputs.size()];
        for (int j = 0; j < masks.length; j++) {
            for (int k = 0; k < 64; k++) {
                if ((k >> j & 1) != 0) {
                    masks[j] |= 1L << k;
                }
            }
        }
        long all = inputs.size() == 6 ? -1L : (1L << (1 << inputs.size())) - 1;
        return new Evaluator(toVerilog(function, where), inputs, masks, where).evaluate() & all;
    }

    /** Recursive descent over the Verilog form, on 64 input combinations at once. */
    private static final class Evaluator {
        private final String text;
        private final java.util.List<String> inputs;
        private final long[] masks;
        private final String where;
        private int pos;

        Evaluator(String text, java.util.List<String> inputs, long[] masks, String where) {
            this.text = text;
            this.inputs = inputs;
            this.masks = masks;
            this.where = where;
        }

        long evaluate() {
            long v = or();
            skip();
            if (pos != text.length()) {
                throw error("unexpected '" + text.charAt(pos) + "'");
            }
            return v;
        }

        private long or() {
            long v = xor();
            while (accept('|')) {
                v |= xor();
            }
            return v;
        }

        private long xor() {
            long v = and();
            while (accept('^')) {
                v ^= and();
            }
            return v;
        }

        private long and() {
            long v = unary();
            while (accept('&')) {
                v &= unary();
            }
            return v;
        }

        private long unary() {
            if (accept('~')) {
                return ~unary();
            }
            if (accept('(')) {
                long v = or();
                if (!accept(')')) {
                    throw error("missing ')'");
                }
                return v;
            }
            skip();
            if (text.startsWith("1'b0", pos) || text.startsWith("1'b1", pos)) {
                pos += 4;
                return text.charAt(pos - 1) == '1' ? -1L : 0L;
            }
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            String name = text.substring(start, pos);
            int j = inputs.indexOf(name);
            if (j < 0) {
                throw error(name.isEmpty() ? "missing operand" : "'" + name + "' is not an input " + inputs);
            }
            return masks[j];
        }

        private boolean accept(char c) {
            skip();
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void skip() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        private IllegalArgumentException error(String why) {
            return new IllegalArgumentException(where + ": function '" + text + "' at " + pos + ": " + why);
        }
    }
}
