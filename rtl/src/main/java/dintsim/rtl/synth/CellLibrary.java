package dintsim.rtl.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Liberty cell library: its text (handed to Yosys) and, per cell, the figures dintsim reads
 * from it (area, transistors, toggle and clock energy). Reads the subset of Liberty the bundled
 * {@code dintsim45.lib} uses; the extra {@code dintsim_*} attributes are ignored by Yosys.
 */
public final class CellLibrary {
    /** Classpath location of the bundled library. */
    public static final String BUNDLED = "/dintsim/rtl/liberty/dintsim45.lib";

    private static final Pattern CELL = Pattern.compile("\\bcell\\s*\\(\\s*\"?(\\w+)\"?\\s*\\)\\s*\\{");
    private static final Pattern PIN = Pattern.compile("\\bpin\\s*\\(\\s*\"?(\\w+)\"?\\s*\\)\\s*\\{([^{}]*)\\}");
    private static final Pattern NEXT_STATE = Pattern.compile("next_state\\s*:\\s*\"([^\"]*)\"");

    private final String name;
    private final String text;
    private final Map<String, LibraryCell> cells;

    private CellLibrary(String name, String text, Map<String, LibraryCell> cells) {
        this.name = name;
        this.text = text;
        this.cells = Collections.unmodifiableMap(cells);
    }

    /** The bundled dintsim45 library. */
    public static CellLibrary bundled() {
        try (InputStream in = CellLibrary.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("resource " + BUNDLED + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "dintsim45.lib");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses Liberty text; {@code source} names the file in errors. */
    public static CellLibrary parse(String text, String source) {
        String clean = text.replaceAll("(?s)/\\*.*?\\*/", " ");
        Map<String, LibraryCell> cells = new LinkedHashMap<>();
        Matcher m = CELL.matcher(clean);
        while (m.find()) {
            String cellName = m.group(1);
            String body = block(clean, m.end() - 1, source, cellName);
            cells.put(cellName, cell(cellName, body, source));
        }
        if (cells.isEmpty()) {
            throw new IllegalArgumentException(source + ": no cell groups found");
        }
        return new CellLibrary(source, text, cells);
    }

    private static LibraryCell cell(String cellName, String body, String source) {
        String where = source + ": cell " + cellName;
        String withoutPins = PIN.matcher(body).replaceAll(" ");
        double area = number(withoutPins, "area", where, true);
        int transistors = (int) number(withoutPins, "dintsim_transistors", where, true);
        double toggle = number(withoutPins, "dintsim_toggle_energy_fj", where, true);
        double clockEnergy = number(withoutPins, "dintsim_clock_energy_fj", where, false);
        List<String> inputs = new ArrayList<>();
        String output = null;
        String function = null;
        String clock = null;
        Matcher p = PIN.matcher(body);
        while (p.find()) {
            String pin = p.group(1);
            String attrs = p.group(2);
            String direction = string(attrs, "direction");
            if ("input".equals(direction)) {
                inputs.add(pin);
                if ("true".equals(string(attrs, "clock"))) {
                    clock = pin;
                }
            } else if ("output".equals(direction)) {
                if (output != null) {
                    throw new IllegalArgumentException(where + ": more than one output pin (" + output + ", " + pin + ")");
                }
                output = pin;
                function = string(attrs, "function");
            } else {
                throw new IllegalArgumentException(where + ": pin " + pin + " has direction '" + direction + "'");
            }
        }
        if (output == null) {
            throw new IllegalArgumentException(where + ": no output pin");
        }
        if (clock != null) {
            Matcher ns = NEXT_STATE.matcher(body);
            if (!ns.find()) {
                throw new IllegalArgumentException(where + ": clock pin but no ff next_state");
            }
            function = ns.group(1);
        }
        if (function == null) {
            throw new IllegalArgumentException(where + ": output pin " + output + " has no function");
        }
        return new LibraryCell(cellName, area, transistors, toggle, clockEnergy, inputs, output, function, clock);
    }

    private static String block(String text, int open, String source, String cellName) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return text.substring(open + 1, i);
            }
        }
        throw new IllegalArgumentException(source + ": cell " + cellName + ": unbalanced braces");
    }

    private static double number(String body, String attribute, String where, boolean required) {
        Matcher m = Pattern.compile("\\b" + attribute + "\\s*:\\s*([-+0-9.eE]+)\\s*;").matcher(body);
        if (!m.find()) {
            if (required) {
                throw new IllegalArgumentException(where + ": attribute '" + attribute + "' is missing");
            }
            return 0;
        }
        double v = Double.parseDouble(m.group(1));
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(where + ": attribute '" + attribute + "' is " + v + ", must be >= 0");
        }
        return v;
    }

    private static String string(String attrs, String attribute) {
        Matcher m = Pattern.compile("\\b" + attribute + "\\s*:\\s*\"?([^\";]*)\"?\\s*;").matcher(attrs);
        return m.find() ? m.group(1).trim() : null;
    }

    public String name() {
        return name;
    }

    /** The Liberty text exactly as read. */
    public String text() {
        return text;
    }

    /** Cells in library order. */
    public Map<String, LibraryCell> cells() {
        return cells;
    }

    /** The cell of this name; unknown names throw naming the library. */
    public LibraryCell cell(String cellName) {
        LibraryCell c = cells.get(cellName);
        if (c == null) {
            throw new IllegalArgumentException(name + ": no cell '" + cellName + "' (cells: " + cells.keySet() + ")");
        }
        return c;
    }

    /** Writes the Liberty text into {@code dir} and returns the file. */
    public Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("cells.lib");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Behavioural Verilog of every cell, generated from the Liberty functions, so a gate-level
     * netlist can be simulated with exactly the logic Yosys mapped to.
     */
    public String behaviouralVerilog() {
        StringBuilder v = new StringBuilder("// Behavioural models of the ").append(name)
                .append(" cells, generated from their Liberty functions.\n");
        for (LibraryCell c : cells.values()) {
            v.append("module ").append(c.name()).append('(');
            for (String in : c.inputs()) {
                v.append("input ").append(in).append(", ");
            }
            if (c.sequential()) {
                v.append("output reg ").append(c.output()).append(");\n");
                v.append("  always @(posedge ").append(c.clock()).append(") ").append(c.output()).append(" <= ")
                        .append(verilogExpression(c.function())).append(";\n");
            } else {
                v.append("output ").append(c.output()).append(");\n");
                v.append("  assign ").append(c.output()).append(" = ").append(verilogExpression(c.function()))
                        .append(";\n");
            }
            v.append("endmodule\n");
        }
        return v.toString();
    }

    private static String verilogExpression(String liberty) {
        return liberty.replace('!', '~').replace('*', '&').replace('+', '|');
    }
}
