package dintsim.rtl.synth.liberty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Liberty (.lib) text into {@link LibertyGroup}s: groups, simple and complex attributes,
 * comments and backslash line continuations. It checks syntax only; what the attributes mean is
 * for the caller. Errors name the source and line.
 */
public final class LibertyParser {
    private final String text;
    private final String source;
    private final int[] lineStarts;
    private int pos;

    private LibertyParser(String text, String source) {
        this.text = text;
        this.source = source;
        this.lineStarts = lineStarts(text);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Parses the text; it must hold exactly one top-level group (the library). */
    public static LibertyGroup parse(String text, String source) {
        LibertyParser p = new LibertyParser(text, source);
        p.skipSpace();
        String type = p.identifier();
        LibertyGroup library = p.groupAfterType(type, p.lineAt(p.pos));
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("text after the end of group '" + type + "'");
        }
        return library;
    }

    private LibertyGroup groupAfterType(String type, int line) {
        skipSpace();
        List<String> args = arguments();
        skipSpace();
        expect('{');
        Map<String, String> simple = new LinkedHashMap<>();
        Map<String, List<String>> complex = new LinkedHashMap<>();
        List<LibertyGroup> children = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw error("group '" + type + "' (line " + line + ") is not closed");
            }
            if (text.charAt(pos) == '}') {
                pos++;
                break;
            }
            int statementLine = lineAt(pos);
            String name = identifier();
            skipSpace();
            char c = peek();
            if (c == ':') {
                pos++;
                simple.put(name, value());
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == ';') {
                    pos++;
                }
            } else if (c == '(') {
                int save = pos;
                List<String> a = arguments();
                skipSpace();
                if (peek() == '{') {
                    pos = save;
                    children.add(groupAfterType(name, statementLine));
                } else {
                    if (peek() == ';') {
                        pos++;
                    }
                    complex.put(name, a);
                }
            } else {
                throw error("expected ':' or '(' after '" + name + "'");
            }
        }
        return new LibertyGroup(type, args, simple, complex, children, line);
    }

    private List<String> arguments() {
        expect('(');
        List<String> args = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean any = false;
        while (true) {
            skipSpace();
            char c = peek();
            if (c == ')') {
                pos++;
                if (any || cur.length() > 0) {
                    args.add(cur.toString().trim());
                }
                return args;
            }
            if (c == ',') {
                pos++;
                args.add(cur.toString().trim());
                cur.setLength(0);
                any = true;
            } else if (c == '"') {
                cur.append(quoted());
            } else {
                cur.append(c);
                pos++;
            }
        }
    }

    private String value() {
        skipSpace();
        if (peek() == '"') {
            return quoted();
        }
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ';' && text.charAt(pos) != '\n' && text.charAt(pos) != '}') {
            pos++;
        }
        return text.substring(start, pos).trim();
    }

    private String quoted() {
        expect('"');
        StringBuilder s = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
                continue; // a line continuation inside a string
            }
            s.append(c);
        }
        expect('"');
        return s.toString();
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '+' || c == '!') {
                pos++;
            } else {
                break;
            }
        }
        if (start == pos) {
            throw error("expected a name, found '" + (pos < text.length() ? text.charAt(pos) : "end of file") + "'");
        }
        return text.substring(start, pos);
    }

    /** Skips white space, comments and backslash-newline continuations. */
    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '\\' && pos + 1 < text.length() && Character.isWhitespace(text.charAt(pos + 1))) {
                pos++;
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw error("comment is not closed");
                }
                pos = end + 2;
            } else if (text.startsWith("//", pos)) {
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? text.length() : end + 1;
            } else {
                return;
            }
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end of file");
        }
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private int lineAt(int at) {
        int i = java.util.Arrays.binarySearch(lineStarts, at);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private IllegalArgumentException error(String why) {
        return new IllegalArgumentException(source + ": line " + lineAt(pos) + ": " + why);
    }
}
