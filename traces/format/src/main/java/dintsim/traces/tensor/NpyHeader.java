package dintsim.traces.tensor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header dictionary of a .npy file, a Python literal such as
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }}. Only the subset numpy
 * writes is accepted: string keys, and string, boolean or integer-tuple values.
 *
 * @param descr        dtype string
 * @param fortranOrder true for column-major data
 * @param shape        dimensions
 */
record NpyHeader(String descr, boolean fortranOrder, int[] shape) {

    /** Parses the text; errors are returned as a reason (the caller adds file and offset). */
    static NpyHeader parse(String text) {
        Parser p = new Parser(text);
        Map<String, Object> dict = p.dict();
        for (String key : dict.keySet()) {
            if (!List.of("descr", "fortran_order", "shape").contains(key)) {
                throw new IllegalArgumentException("unexpected key '" + key + "'");
            }
        }
        Object descr = dict.get("descr");
        Object fortran = dict.get("fortran_order");
        Object shape = dict.get("shape");
        if (!(descr instanceof String)) {
            throw new IllegalArgumentException("key 'descr' is missing or not a string (structured dtypes are not supported)");
        }
        if (!(fortran instanceof Boolean)) {
            throw new IllegalArgumentException("key 'fortran_order' is missing or not True/False");
        }
        if (!(shape instanceof int[])) {
            throw new IllegalArgumentException("key 'shape' is missing or not a tuple of integers");
        }
        return new NpyHeader((String) descr, (Boolean) fortran, (int[]) shape);
    }

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("header dictionary at character " + i + ": " + what);
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private boolean accept(char c) {
            skipSpace();
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) {
                throw error("expected '" + c + "'");
            }
        }

        Map<String, Object> dict() {
            Map<String, Object> out = new LinkedHashMap<>();
            expect('{');
            while (!accept('}')) {
                String key = string();
                expect(':');
                if (out.put(key, value()) != null) {
                    throw error("key '" + key + "' appears twice");
                }
                if (!accept(',')) {
                    expect('}');
                    break;
                }
            }
            skipSpace();
            if (i != s.length()) {
                throw error("unexpected text after the dictionary");
            }
            return out;
        }

        private String string() {
            skipSpace();
            if (i >= s.length() || s.charAt(i) != '\'' && s.charAt(i) != '"') {
                throw error("expected a quoted string");
            }
            char q = s.charAt(i++);
            int end = s.indexOf(q, i);
            if (end < 0) {
                throw error("unterminated string");
            }
            String v = s.substring(i, end);
            i = end + 1;
            return v;
        }

        private Object value() {
            skipSpace();
            if (s.startsWith("True", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("False", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (accept('(')) {
                List<Integer> dims = new ArrayList<>();
                while (!accept(')')) {
                    dims.add(integer());
                    if (!accept(',')) {
                        expect(')');
                        break;
                    }
                }
                return dims.stream().mapToInt(Integer::intValue).toArray();
            }
            return string();
        }

        private int integer() {
            skipSpace();
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (start == i) {
                throw error("expected a non-negative integer");
            }
            if (i < s.length() && s.charAt(i) == 'L') {
                i++; // Python 2 long suffix
            }
            try {
                return Integer.parseInt(s.substring(start, s.charAt(i - 1) == 'L' ? i - 1 : i));
            } catch (NumberFormatException e) {
                throw error("dimension " + s.substring(start, i) + " is too large");
            }
        }
    }
}
