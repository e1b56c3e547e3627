package dintsim.rtl.synth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the text Yosys 0.23's {@code stat -liberty} prints into one {@link ModuleStat} per block. */
public final class StatParser {
    /** Module name of the totals block Yosys prints for a hierarchical design. */
    public static final String HIERARCHY = "design hierarchy";

    private static final Pattern HEADER = Pattern.compile("^=== (.+) ===$");
    private static final Pattern CELLS = Pattern.compile("^Number of cells:\\s+(\\d+)$");
    private static final Pattern TYPE = Pattern.compile("^(\\S+)\\s+(\\d+)$");
    private static final Pattern AREA = Pattern.compile("^Chip area for (?:top )?module '\\\\?([^']+)':\\s+([0-9.eE+-]+)$");

    private StatParser() {
    }

    /** Blocks in output order, by module name. {@code source} names the log in errors. */
    public static Map<String, ModuleStat> parse(String text, String source) {
        Map<String, ModuleStat> out = new LinkedHashMap<>();
        String module = null;
        int cells = -1;
        boolean inTypes = false;
        TreeMap<String, Integer> types = new TreeMap<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            Matcher m;
            if ((m = HEADER.matcher(line)).matches()) {
                module = m.group(1).startsWith("\\") ? m.group(1).substring(1) : m.group(1);
                cells = -1;
                inTypes = false;
                types = new TreeMap<>();
            } else if ((m = CELLS.matcher(line)).matches()) {
                cells = Integer.parseInt(m.group(1));
                inTypes = true;
            } else if (inTypes && (m = TYPE.matcher(line)).matches()) {
                String type = m.group(1).startsWith("\\") ? m.group(1).substring(1) : m.group(1);
                types.merge(type, Integer.parseInt(m.group(2)), Integer::sum);
            } else if ((m = AREA.matcher(line)).matches()) {
                if (module == null || cells < 0) {
                    throw new IllegalArgumentException(source + ": line " + (i + 1) + ": chip area before a module's cell count");
                }
                int sum = types.values().stream().mapToInt(Integer::intValue).sum();
                if (sum != cells) {
                    throw new IllegalArgumentException(source + ": module " + module + ": cell types add up to " + sum
                            + " but 'Number of cells' is " + cells);
                }
                out.put(module, new ModuleStat(module, cells, types, Double.parseDouble(m.group(2))));
                inTypes = false;
            } else {
                inTypes = false;
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(source + ": no 'Chip area' line: not the output of stat -liberty");
        }
        return out;
    }
}
