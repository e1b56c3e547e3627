package dintsim.rtl.gatesim;

import java.util.ArrayList;
import java.util.List;

/** Parenthesised text (SDF) as nested lists of atoms; quoted atoms lose their quotes. */
final class SExpression {
    private SExpression() {
    }

    /** The first top-level list of {@code text}. */
    static List<Object> parse(String text, String source) {
        List<List<Object>> stack = new ArrayList<>();
        List<Object> top = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '(') {
                List<Object> l = new ArrayList<>();
                if (!stack.isEmpty()) {
                    stack.get(stack.size() - 1).add(l);
                }
                stack.add(l);
                i++;
            } else if (c == ')') {
                if (stack.isEmpty()) {
                    throw new IllegalArgumentException(source + ": unbalanced ')' at offset " + i);
                }
                List<Object> done = stack.remove(stack.size() - 1);
                if (stack.isEmpty()) {
                    top = done;
                    break;
                }
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException(source + ": unterminated string at offset " + i);
                }
                add(stack, text.substring(i + 1, end), source, i);
                i = end + 1;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '(' && text.charAt(i) != ')') {
                    i += text.charAt(i) == '\\' && i + 1 < n ? 2 : 1;
                }
                add(stack, text.substring(start, i), source, start);
            }
        }
        if (top == null) {
            throw new IllegalArgumentException(source + ": unbalanced parentheses (the file ends inside a list)");
        }
        return top;
    }

    private static void add(List<List<Object>> stack, String atom, String source, int offset) {
        if (stack.isEmpty()) {
            throw new IllegalArgumentException(source + ": '" + atom + "' outside parentheses at offset " + offset);
        }
        stack.get(stack.size() - 1).add(atom);
    }
}
