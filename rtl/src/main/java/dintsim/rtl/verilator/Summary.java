package dintsim.rtl.verilator;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses a testbench's stdout summary: one "key value" a line. */
final class Summary {
    private Summary() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int sp = line.indexOf(' ');
            if (sp > 0) {
                out.put(line.substring(0, sp), line.substring(sp + 1).trim());
            }
        }
        return out;
    }
}
