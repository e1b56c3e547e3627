package dintsim.sim.scalesim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A SCALE-Sim topology CSV: a header line, then one layer per line. Convolution rows are
 * {@code name, IFMAP height, IFMAP width, filter height, filter width, channels, filters, stride[, stride width],};
 * GEMM rows ({@code -i gemm}, or a header whose second column is M) are {@code name, M, N, K,}. A
 * convolution whose name contains "DP" is depthwise: SCALE-Sim splits it into one single-channel
 * layer per channel, named {@code <name>Channel_<i>}, and so does this reader. SCALE-Sim drops the
 * last field of every line (it expects the trailing comma); this reader accepts lines with or
 * without it.
 */
public final class ScaleSimTopology {
    /** How to read the rows. */
    public enum Kind { AUTO, CONV, GEMM }

    private ScaleSimTopology() {
    }

    public static List<ScaleSimLayer> read(Path file, Kind kind) {
        List<String> lines = IniFile.lines(file, "SCALE-Sim topology file");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty (expected a header line and one layer per line)");
        }
        List<String> header = fields(lines.get(0));
        boolean gemm = kind == Kind.GEMM
                || (kind == Kind.AUTO && header.size() > 1 && header.get(1).toUpperCase(Locale.ROOT).equals("M"));
        List<ScaleSimLayer> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> f = fields(lines.get(i));
            String where = file + ": line " + (i + 1);
            String name = f.get(0);
            if (gemm) {
                if (f.size() != 4) {
                    throw new IllegalArgumentException(where + ": a GEMM row has 4 fields (name, M, N, K), found " + f.size());
                }
                out.add(check(where, ScaleSimLayer.gemm(name, positive(where, "M", f.get(1)), positive(where, "N", f.get(2)),
                        positive(where, "K", f.get(3)))));
                continue;
            }
            if (f.size() != 8 && f.size() != 9) {
                throw new IllegalArgumentException(where + ": a convolution row has 8 or 9 fields (name, IFMAP height, IFMAP width,"
                        + " filter height, filter width, channels, filters, stride[, stride width]), found " + f.size()
                        + (f.size() == 4 ? " (a GEMM topology? use -i gemm)" : ""));
            }
            String[] labels = {"IFMAP height", "IFMAP width", "filter height", "filter width", "channels", "filters", "stride",
                    "stride width"};
            int[] v = new int[8];
            for (int j = 1; j < f.size(); j++) {
                v[j - 1] = positive(where, labels[j - 1], f.get(j));
            }
            if (f.size() == 8) {
                v[7] = v[6];
            }
            if (name.contains("DP")) {
                for (int c = 0; c < v[4]; c++) {
                    out.add(check(where, new ScaleSimLayer(name + "Channel_" + c, v[0], v[1], v[2], v[3], 1, v[5], v[6], v[7])));
                }
            } else {
                out.add(check(where, new ScaleSimLayer(name, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7])));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ": no layer rows after the header");
        }
        return out;
    }

    private static List<String> fields(String line) {
        List<String> f = new ArrayList<>(Arrays.stream(line.split(",", -1)).map(String::strip).toList());
        if (f.size() > 1 && f.get(f.size() - 1).isEmpty()) {
            f.remove(f.size() - 1);
        }
        return f;
    }

    private static int positive(String where, String field, String text) {
        try {
            int v = Integer.parseInt(text);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + ": " + field + " '" + text + "' is not a positive integer");
    }

    private static ScaleSimLayer check(String where, ScaleSimLayer l) {
        if (l.filterHeight() > l.ifmapHeight() || l.filterWidth() > l.ifmapWidth()) {
            throw new IllegalArgumentException(where + ": layer " + l.name() + ": the " + l.filterHeight() + "x" + l.filterWidth()
                    + " filter is larger than the " + l.ifmapHeight() + "x" + l.ifmapWidth() + " IFMAP");
        }
        return l;
    }
}
