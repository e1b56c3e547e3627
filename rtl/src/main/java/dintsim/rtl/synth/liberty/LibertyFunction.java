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
}
