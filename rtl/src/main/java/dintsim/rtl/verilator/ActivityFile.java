package dintsim.rtl.verilator;

import dintsim.models.mac.MacKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reader of the activity file the testbenches write (format: rtl/docs/ACTIVITY.md): per PE and
 * signal, the number of bit toggles between consecutive cycles, and per PE the MACs by kind.
 */
public final class ActivityFile {
    private final String top;
    private final long cycles;
    private final int rows;
    private final int cols;
    private final Map<String, Long> toggles = new LinkedHashMap<>();
    private final Map<String, Integer> widths = new LinkedHashMap<>();
    private final long[][] macs;

    private ActivityFile(Path file, List<String> lines) {
        String t = null;
        long cy = -1;
        int r = -1;
        int c = -1;
        long[][] m = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String where = file + ": line " + (i + 1);
            try {
                switch (f[0]) {
                    case "top" -> t = f[1];
                    case "cycles" -> cy = Long.parseLong(f[1]);
                    case "rows" -> r = Integer.parseInt(f[1]);
                    case "cols" -> {
                        c = Integer.parseInt(f[1]);
                        m = new long[r * c][MacKind.COUNT];
                    }
                    case "toggles" -> {
                        String key = f[1] + "," + f[2] + "," + f[3];
                        widths.put(f[3], Integer.parseInt(f[4]));
                        toggles.put(key, Long.parseLong(f[5]));
                    }
                    case "macs" -> {
                        if (m == null) {
                            throw new IllegalArgumentException(where + ": 'macs' before 'rows' and 'cols'");
                        }
                        int pe = Integer.parseInt(f[1]) * c + Integer.parseInt(f[2]);
                        for (int k = 0; k < MacKind.COUNT; k++) {
                            m[pe][k] = Long.parseLong(f[3 + k]);
                        }
                    }
                    default -> throw new IllegalArgumentException(where + ": unknown record '" + f[0] + "'");
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new IllegalArgumentException(where + ": malformed '" + f[0] + "' record: " + e.getMessage());
            }
        }
        if (t == null || cy < 0 || r < 1 || c < 1) {
            throw new IllegalArgumentException(file + ": missing header field (top, cycles, rows, cols)");
        }
        this.top = t;
        this.cycles = cy;
        this.rows = r;
        this.cols = c;
        this.macs = m;
    }

    public static ActivityFile read(Path file) {
        try {
            return new ActivityFile(file, Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read activity file " + file, e);
        }
    }

    public String top() {
        return top;
    }

    public long cycles() {
        return cycles;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Signal names in file order, with their widths in bits. */
    public Map<String, Integer> signals() {
        return Map.copyOf(widths);
    }

    /** Bit toggles of one signal of PE(r, c), or -1 when the file has no such record. */
    public long toggles(int r, int c, String signal) {
        return toggles.getOrDefault(r + "," + c + "," + signal, -1L);
    }

    /** MACs of PE(r, c), all kinds. */
    public long macs(int r, int c) {
        return java.util.Arrays.stream(macs[r * cols + c]).sum();
    }

    /** MACs of PE(r, c) by kind, indexed by {@link MacKind} ordinal: [zero, special, normal]. */
    public long[] macKinds(int r, int c) {
        return macs[r * cols + c].clone();
    }

    /** Totals over all PEs, indexed by {@link MacKind} ordinal. */
    public long[] macTotals() {
        long[] t = new long[MacKind.COUNT];
        for (long[] k : macs) {
            for (int i = 0; i < MacKind.COUNT; i++) {
                t[i] += k[i];
            }
        }
        return t;
    }
}
