package dintsim.rtl.synth.liberty;

import java.util.List;
import java.util.Map;

/**
 * A Liberty NLDM table (delay, transition or internal energy) in one or two variables, each an
 * output load (pF) or an input transition time (ns). Looked up by linear interpolation inside the
 * characterised range and linear extrapolation from the two edge points outside it, as static
 * timing tools do.
 */
public final class LookupTable {
    /** What a table axis stands for. */
    public enum Variable { LOAD, SLEW }

    private final Variable[] variables;
    private final double[][] index;
    private final double[][] values;

    private LookupTable(Variable[] variables, double[][] index, double[][] values) {
        this.variables = variables;
        this.index = index;
        this.values = values;
    }

    /**
     * Reads a table group such as {@code rise_power(energy_template_5x5) { index_1 (...); values (...); }}
     * whose template (by name, from {@code templates}) says which variable each index is.
     * {@code where} names the group in errors.
     */
    public static LookupTable of(LibertyGroup table, Map<String, LibertyGroup> templates, String where) {
        String templateName = table.name();
        if (templateName.equals("scalar")) {
            double v = numbers(table.complex().get("values"), where + " values")[0];
            return new LookupTable(new Variable[0], new double[0][], new double[][] {{v}});
        }
        LibertyGroup template = templates.get(templateName);
        if (template == null) {
            throw new IllegalArgumentException(where + ": unknown table template '" + templateName + "'");
        }
        int dims = template.attribute("variable_2") == null ? 1 : 2;
        Variable[] vars = new Variable[dims];
        double[][] index = new double[dims][];
        for (int d = 0; d < dims; d++) {
            String key = "variable_" + (d + 1);
            vars[d] = variable(template.attribute(key), where + ": template " + templateName + " " + key);
            List<String> own = table.complex().get("index_" + (d + 1));
            List<String> inherited = template.complex().get("index_" + (d + 1));
            index[d] = numbers(own != null ? own : inherited, where + " index_" + (d + 1));
        }
        List<String> rows = table.complex().get("values");
        if (rows == null) {
            throw new IllegalArgumentException(where + ": no values");
        }
        double[][] values = new double[dims == 1 ? 1 : index[0].length][];
        if (rows.size() != values.length) {
            throw new IllegalArgumentException(where + ": " + rows.size() + " value rows for " + values.length + " index_1 points");
        }
        for (int r = 0; r < values.length; r++) {
            values[r] = numbers(List.of(rows.get(r)), where + " values row " + (r + 1));
            int expected = dims == 1 ? index[0].length : index[1].length;
            if (values[r].length != expected) {
                throw new IllegalArgumentException(where + ": values row " + (r + 1) + " has " + values[r].length
                        + " numbers for " + expected + " index points");
            }
        }
        return new LookupTable(vars, index, values);
    }

    private static Variable variable(String name, String where) {
        if (name == null) {
            throw new IllegalArgumentException(where + " is missing");
        }
        return switch (name) {
            case "total_output_net_capacitance" -> Variable.LOAD;
            case "input_net_transition", "input_transition_time", "related_pin_transition" -> Variable.SLEW;
            default -> throw new IllegalArgumentException(where + " is '" + name + "', which dintsim does not look up");
        };
    }

    private static double[] numbers(List<String> list, String where) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(where + " is missing");
        }
        String joined = String.join(",", list);
        String[] parts = joined.split("[,\\s]+");
        double[] out = new double[(int) java.util.Arrays.stream(parts).filter(s -> !s.isBlank()).count()];
        int i = 0;
        for (String p : parts) {
            if (p.isBlank()) {
                continue;
            }
            try {
                out[i++] = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": '" + p + "' is not a number");
            }
        }
        return out;
    }

    /** The table's value at an output load (pF) and input transition (ns). */
    public double lookup(double loadPf, double slewNs) {
        if (variables.length == 0) {
            return values[0][0];
        }
        double x0 = variables[0] == Variable.LOAD ? loadPf : slewNs;
        if (variables.length == 1) {
            return interpolate(index[0], values[0], x0);
        }
        double x1 = variables[1] == Variable.LOAD ? loadPf : slewNs;
        int i = segment(index[0], x0);
        double a = interpolate(index[1], values[i], x1);
        if (index[0].length == 1) {
            return a;
        }
        double b = interpolate(index[1], values[i + 1], x1);
        return a + (b - a) * fraction(index[0], i, x0);
    }

    private static double interpolate(double[] xs, double[] ys, double x) {
        if (xs.length == 1) {
            return ys[0];
        }
        int i = segment(xs, x);
        return ys[i] + (ys[i + 1] - ys[i]) * fraction(xs, i, x);
    }

    /** The segment [i, i+1] that holds x, or the edge segment outside the range. */
    private static int segment(double[] xs, double x) {
        if (xs.length == 1) {
            return 0;
        }
        int i = 0;
        while (i < xs.length - 2 && x > xs[i + 1]) {
            i++;
        }
        return i;
    }

    private static double fraction(double[] xs, int i, double x) {
        if (xs.length == 1) {
            return 0;
        }
        return (x - xs[i]) / (xs[i + 1] - xs[i]);
    }
}
