package dintsim.rtl.synth.liberty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Liberty group ({@code cell (NAND2X1) { ... }}) as written: its type, arguments, simple
 * attributes ({@code area : 24;}), complex attributes ({@code values ("1, 2", "3, 4");}) and
 * child groups, all in file order.
 *
 * @param type       group type, e.g. {@code cell}
 * @param args       the arguments in parentheses, quotes removed
 * @param simple     simple attributes, values with quotes removed
 * @param complex    complex attributes: name -> arguments (quotes removed)
 * @param children   child groups in file order
 * @param line       1-based line of the group's type in the file, for messages
 */
public record LibertyGroup(String type, List<String> args, Map<String, String> simple,
                           Map<String, List<String>> complex, List<LibertyGroup> children, int line) {
    public LibertyGroup {
        args = List.copyOf(args);
        simple = Collections.unmodifiableMap(new LinkedHashMap<>(simple));
        complex = Collections.unmodifiableMap(new LinkedHashMap<>(complex));
        children = List.copyOf(children);
    }

    /** The first argument, or "" when there is none ({@code internal_power ()}). */
    public String name() {
        return args.isEmpty() ? "" : args.get(0);
    }

    /** Children of one type in file order. */
    public List<LibertyGroup> children(String childType) {
        List<LibertyGroup> out = new ArrayList<>();
        for (LibertyGroup g : children) {
            if (g.type.equals(childType)) {
                out.add(g);
            }
        }
        return out;
    }

    /** The one child of that type, or null. */
    public LibertyGroup child(String childType) {
        for (LibertyGroup g : children) {
            if (g.type.equals(childType)) {
                return g;
            }
        }
        return null;
    }

    /** A simple attribute, or null. */
    public String attribute(String name) {
        return simple.get(name);
    }
}
