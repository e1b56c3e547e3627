package dintsim.rtl.gatesim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cell delays of an SDF file as OpenSTA's {@code write_sdf} writes them: per instance, per
 * IOPATH input pin, the rise and fall delay of the output in integer picoseconds (the larger of
 * the min and max values it gives: they differ only for non-unate arcs). INTERCONNECT delays
 * must be zero (OpenSTA writes zeros without parasitics); a non-zero one is refused rather than
 * ignored. Negative delays (table extrapolation) count as 0. TIMINGCHECK entries are not delays and are skipped.
 */
public final class SdfDelays {
    private final Map<String, String> cellTypes;
    private final Map<String, String> outputPins;
    private final Map<String, Map<String, long[]>> paths;

    private SdfDelays(Map<String, String> cellTypes, Map<String, String> outputPins, Map<String, Map<String, long[]>> paths) {
        this.cellTypes = cellTypes;
        this.outputPins = outputPins;
        this.paths = paths;
    }

    /** Reads an SDF file; errors name it. */
    public static SdfDelays read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read SDF: " + e.getMessage());
        }
    }

    public static SdfDelays parse(String text, String source) {
        List<Object> root = SExpression.parse(text, source);
        if (root.isEmpty() || !"DELAYFILE".equals(root.get(0))) {
            throw new IllegalArgumentException(source + ": not an SDF file (no DELAYFILE)");
        }
        double scalePs = 1000; // TIMESCALE 1ns unless said otherwise
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> outputs = new LinkedHashMap<>();
        Map<String, Map<String, long[]>> paths = new LinkedHashMap<>();
        for (Object o : root) {
            if (!(o instanceof List<?> entry) || entry.isEmpty()) {
                continue;
            }
            if ("TIMESCALE".equals(entry.get(0))) {
                scalePs = timescalePs(entry, source);
            } else if ("CELL".equals(entry.get(0))) {
                cell(entry, source, scalePs, types, outputs, paths);
            }
        }
        return new SdfDelays(types, outputs, paths);
    }

    private static double timescalePs(List<?> entry, String source) {
        String t = String.join("", entry.subList(1, entry.size()).stream().map(Object::toString).toList());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9.]+)\\s*(ps|ns|us)").matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(source + ": TIMESCALE '" + t + "' (expected e.g. 1ns)");
        }
        double unit = switch (m.group(2)) {
            case "ps" -> 1;
            case "ns" -> 1000;
            default -> 1_000_000;
        };
        return Double.parseDouble(m.group(1)) * unit;
    }

    private static void cell(List<?> cell, String source, double scalePs, Map<String, String> types,
                             Map<String, String> outputs, Map<String, Map<String, long[]>> paths) {
        String type = null;
        String instance = "";
        List<List<?>> absolute = new ArrayList<>();
        for (Object o : cell) {
            if (o instanceof List<?> l && !l.isEmpty()) {
                switch (l.get(0).toString()) {
                    case "CELLTYPE" -> type = l.get(1).toString();
                    case "INSTANCE" -> instance = l.size() > 1 ? unescape(l.get(1).toString()) : "";
                    case "DELAY" -> {
                        for (Object d : l) {
                            if (d instanceof List<?> abs && !abs.isEmpty() && ("ABSOLUTE".equals(abs.get(0))
                                    || "INCREMENT".equals(abs.get(0)))) {
                                if ("INCREMENT".equals(abs.get(0))) {
                                    throw new IllegalArgumentException(source + ": INCREMENT delays are not supported");
                                }
                                for (Object p : abs) {
                                    if (p instanceof List<?> path) {
                                        absolute.add(path);
                                    }
                                }
                            }
                        }
                    }
                    default -> { }
                }
            }
        }
        for (List<?> path : absolute) {
            String kind = path.get(0).toString();
            String where = source + ": " + (instance.isEmpty() ? "top" : "instance " + instance) + " " + kind;
            if (kind.equals("INTERCONNECT")) {
                for (int i = 3; i < path.size(); i++) {
                    if (value(path.get(i), scalePs, where) != 0) {
                        throw new IllegalArgumentException(where + " " + path.get(1) + " -> " + path.get(2)
                                + " has a non-zero delay; wire delays are not simulated");
                    }
                }
            } else if (kind.equals("IOPATH")) {
                Object from = path.get(1);
                String pin = from instanceof List<?> edge ? edge.get(edge.size() - 1).toString() : from.toString();
                if (path.size() < 5) {
                    throw new IllegalArgumentException(where + " " + pin + ": expected a rise and a fall delay");
                }
                long rise = value(path.get(3), scalePs, where + " " + pin);
                long fall = value(path.get(4), scalePs, where + " " + pin);
                paths.computeIfAbsent(instance, k -> new LinkedHashMap<>()).put(pin, new long[] {rise, fall});
                types.put(instance, type);
                outputs.put(instance, path.get(2).toString());
            } else {
                throw new IllegalArgumentException(where + ": only IOPATH and INTERCONNECT delays are supported");
            }
        }
    }

    /** A delay value {@code (min:typ:max)}: the largest given, in picoseconds, rounded. */
    private static long value(Object o, double scalePs, String where) {
        if (!(o instanceof List<?> l) || l.size() != 1) {
            throw new IllegalArgumentException(where + ": delay '" + o + "' is not (min:typ:max)");
        }
        double best = Double.NEGATIVE_INFINITY;
        for (String part : l.get(0).toString().split(":")) {
            if (!part.isEmpty()) {
                try {
                    best = Math.max(best, Double.parseDouble(part));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + ": delay '" + part + "' is not a number");
                }
            }
        }
        if (best == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException(where + ": delay " + l.get(0) + " has no value");
        }
        // OpenSTA extrapolates its tables below their first load and slew, which can give a small
        // negative delay (a fast-rising input through a lightly loaded cell); a cell cannot answer
        // before it is asked, so it counts as 0 (Icarus does the same with the file it is given).
        return Math.max(0, Math.round(best * scalePs));
    }

    /** SDF escapes hierarchy dots and other characters with a backslash; names here are plain. */
    static String unescape(String name) {
        return name.replace("\\", "");
    }

    /** The {rise, fall} ps of the path from {@code pin} in {@code instance} (plain name), or null. */
    public long[] path(String instance, String pin) {
        Map<String, long[]> p = paths.get(instance);
        return p == null ? null : p.get(pin);
    }

    /** Instances with delays, in file order. */
    public java.util.Set<String> instances() {
        return paths.keySet();
    }

    /**
     * The same delays as an SDF every reader takes alike: one value per triple (v:v:v, integer ps
     * written in ns), cell delays only. Icarus Verilog 11 ignores a triple with an empty typ
     * (OpenSTA writes {@code (min::max)}), so the timed check hands it this file.
     */
    public String normalized(String design) {
        StringBuilder s = new StringBuilder("(DELAYFILE\n (SDFVERSION \"3.0\")\n (DESIGN \"").append(design)
                .append("\")\n (DIVIDER /)\n (TIMESCALE 1ns)\n");
        for (Map.Entry<String, Map<String, long[]>> cell : paths.entrySet()) {
            s.append(" (CELL (CELLTYPE \"").append(cellTypes.get(cell.getKey())).append("\") (INSTANCE ")
                    .append(escape(cell.getKey())).append(")\n  (DELAY (ABSOLUTE\n");
            for (Map.Entry<String, long[]> p : cell.getValue().entrySet()) {
                s.append("   (IOPATH ").append(p.getKey()).append(' ').append(outputPins.get(cell.getKey())).append(' ').append(triple(p.getValue()[0])).append(' ')
                        .append(triple(p.getValue()[1])).append(")\n");
            }
            s.append("  )))\n");
        }
        return s.append(")\n").toString();
    }

    private static String triple(long ps) {
        String v = String.format(Locale.ROOT, "%.3f", ps / 1000.0);
        return "(" + v + ":" + v + ":" + v + ")";
    }

    private static String escape(String name) {
        StringBuilder s = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c) && c != '_') {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }
}
