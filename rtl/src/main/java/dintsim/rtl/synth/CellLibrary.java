package dintsim.rtl.synth;

import dintsim.rtl.synth.liberty.LibertyFunction;
import dintsim.rtl.synth.liberty.LibertyGroup;
import dintsim.rtl.synth.liberty.LibertyParser;
import dintsim.rtl.synth.liberty.LookupTable;
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

/**
 * A Liberty cell library: its text (handed to Yosys and OpenSTA) and, per cell, what dintsim reads
 * from it: area, pins and their capacitances, logic function, and energy ({@link CellPower}: the
 * internal-power tables of a characterised library, or the bundled dintsim45's per-toggle
 * estimates in its {@code dintsim_*} attributes, which Yosys ignores).
 *
 * <p>Cells the flow cannot use (several outputs such as FAX1, tri-state outputs, latches, I/O pads) are
 * listed in {@link #unusable()} with the reason; Yosys's abc does not map to them either.
 */
public final class CellLibrary {
    /** Classpath location of the bundled dintsim45 library. */
    public static final String BUNDLED = "/dintsim/rtl/liberty/dintsim45.lib";

    private final String name;
    private final String provenance;
    private final String text;
    private final double voltage;
    private final double capacitanceUnitPf;
    private final Map<String, LibraryCell> cells;
    private final Map<String, String> unusable;
    private final boolean timed;

    private CellLibrary(String name, String provenance, String text, double voltage, double capacitanceUnitPf,
                        Map<String, LibraryCell> cells, Map<String, String> unusable, boolean timed) {
        this.name = name;
        this.provenance = provenance;
        this.text = text;
        this.voltage = voltage;
        this.capacitanceUnitPf = capacitanceUnitPf;
        this.cells = Collections.unmodifiableMap(cells);
        this.unusable = Collections.unmodifiableMap(unusable);
        this.timed = timed;
    }

    /** The bundled dintsim45 library (estimated energies; see rtl/docs/AREA_ENERGY.md). */
    public static CellLibrary bundled() {
        try (InputStream in = CellLibrary.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("resource " + BUNDLED + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "dintsim45.lib",
                    CellLibraries.DINTSIM45.provenance(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses Liberty text without provenance or transistor counts (tests, ad-hoc files). */
    public static CellLibrary parse(String text, String source) {
        return parse(text, source, source + " (a Liberty file given by the user)", Map.of());
    }

    /**
     * Parses Liberty text; {@code source} names the file in errors, {@code provenance} says where
     * its numbers come from, {@code transistors} gives cell -> transistor count for libraries
     * without a {@code dintsim_transistors} attribute (e.g. counted in the cells' SPICE netlists).
     */
    public static CellLibrary parse(String text, String source, String provenance, Map<String, Integer> transistors) {
        LibertyGroup library = LibertyParser.parse(text, source);
        if (!library.type().equals("library")) {
            throw new IllegalArgumentException(source + ": the top-level group is '" + library.type() + "', not 'library'");
        }
        double voltage = positive(library.attribute("nom_voltage"), source + ": nom_voltage");
        double capToPf = capacitanceUnitPf(library, source);
        Map<String, LibertyGroup> templates = new LinkedHashMap<>();
        for (LibertyGroup g : library.children()) {
            if (g.type().equals("lu_table_template") || g.type().equals("power_lut_template")) {
                templates.put(g.name(), g);
            }
        }
        Map<String, LibraryCell> cells = new LinkedHashMap<>();
        Map<String, String> unusable = new LinkedHashMap<>();
        for (LibertyGroup cell : library.children("cell")) {
            String why = unusableReason(cell);
            if (why != null) {
                unusable.put(cell.name(), why);
            } else {
                cells.put(cell.name(), cell(cell, source, voltage, capToPf, templates, transistors));
            }
        }
        if (cells.isEmpty()) {
            throw new IllegalArgumentException(source + ": no usable cell groups found");
        }
        boolean timed = library.children("cell").stream().anyMatch(c -> c.children("pin").stream()
                .anyMatch(p -> !p.children("timing").isEmpty()));
        return new CellLibrary(library.name(), provenance, text, voltage, capToPf, cells, unusable, timed);
    }

    private static String unusableReason(LibertyGroup cell) {
        if (cell.child("latch") != null) {
            return "latch";
        }
        int outputs = 0;
        for (LibertyGroup pin : cell.children("pin")) {
            if ("inout".equals(pin.attribute("direction"))) {
                return "bidirectional pin " + pin.name() + " (an I/O pad)";
            }
            if ("output".equals(pin.attribute("direction"))) {
                outputs++;
                if (pin.attribute("three_state") != null) {
                    return "tri-state output";
                }
            }
        }
        if (outputs > 1) {
            return outputs + " outputs";
        }
        if (outputs == 0) {
            return "no output pin (a filler or pad cell)";
        }
        LibertyGroup ff = cell.child("ff");
        if (ff != null && ff.attribute("clocked_on") != null && ff.attribute("clocked_on").contains("!")) {
            return "negative-edge flip-flop";
        }
        if (cell.children("ff").size() == 1 && cell.children("pin").stream()
                .anyMatch(p -> p.attribute("direction").equals("input") && isAsync(cell, p.name()))) {
            return "asynchronous set/reset";
        }
        return null;
    }

    private static boolean isAsync(LibertyGroup cell, String pin) {
        LibertyGroup ff = cell.child("ff");
        String clear = ff.attribute("clear");
        String preset = ff.attribute("preset");
        return (clear != null && clear.contains(pin)) || (preset != null && preset.contains(pin));
    }

    private static LibraryCell cell(LibertyGroup cell, String source, double voltage, double capToPf,
                                    Map<String, LibertyGroup> templates, Map<String, Integer> transistorCounts) {
        String cellName = cell.name();
        String where = source + ": cell " + cellName;
        double area = nonNegative(cell.attribute("area"), where + ": attribute 'area'");
        String fixedToggle = cell.attribute("dintsim_toggle_energy_fj");
        int transistors = cell.attribute("dintsim_transistors") != null
                ? (int) nonNegative(cell.attribute("dintsim_transistors"), where + ": attribute 'dintsim_transistors'")
                : transistorCounts.getOrDefault(cellName, 0);
        List<String> inputs = new ArrayList<>();
        Map<String, Double> inputPf = new LinkedHashMap<>();
        Map<String, LookupTable[]> inputEnergy = new LinkedHashMap<>();
        List<LookupTable[]> outputEnergy = new ArrayList<>();
        List<LookupTable[]> outputSlew = new ArrayList<>();
        String output = null;
        String function = null;
        String clock = null;
        LibertyGroup ff = cell.child("ff");
        if (ff != null) {
            clock = ff.attribute("clocked_on");
            if (clock == null || !clock.matches("\\(?\\w+\\)?")) {
                throw new IllegalArgumentException(where + ": ff clocked_on is '" + clock
                        + "'; dintsim handles positive-edge flip-flops");
            }
            clock = clock.replaceAll("[()]", "");
            function = ff.attribute("next_state");
        }
        for (LibertyGroup pin : cell.children("pin")) {
            String pinName = pin.name();
            String direction = pin.attribute("direction");
            if ("input".equals(direction)) {
                inputs.add(pinName);
                String cap = pin.attribute("capacitance");
                inputPf.put(pinName, cap == null ? 0 : nonNegative(cap, where + ": pin " + pinName + " capacitance") * capToPf);
                if (ff == null && "true".equals(pin.attribute("clock"))) {
                    clock = pinName;
                }
                for (LibertyGroup p : pin.children("internal_power")) {
                    inputEnergy.put(pinName, riseFall(p, "rise_power", "fall_power", templates, where + ": pin " + pinName));
                }
            } else if ("output".equals(direction)) {
                output = pinName;
                if (ff == null) {
                    function = pin.attribute("function");
                }
                for (LibertyGroup p : pin.children("internal_power")) {
                    outputEnergy.add(riseFall(p, "rise_power", "fall_power", templates, where + ": pin " + pinName));
                }
                for (LibertyGroup t : pin.children("timing")) {
                    if (t.attribute("timing_type") == null || t.attribute("timing_type").matches("combinational|rising_edge")) {
                        outputSlew.add(riseFall(t, "rise_transition", "fall_transition", templates, where + ": pin " + pinName));
                    }
                }
            } else {
                throw new IllegalArgumentException(where + ": pin " + pinName + " has direction '" + direction + "'");
            }
        }
        if (output == null) {
            throw new IllegalArgumentException(where + ": no output pin");
        }
        if (function == null) {
            throw new IllegalArgumentException(where + ": output pin " + output + " has no function");
        }
        if (ff == null && clock != null) {
            throw new IllegalArgumentException(where + ": clock pin " + clock + " but no ff group");
        }
        CellPower power;
        if (fixedToggle != null) {
            String clockFj = cell.attribute("dintsim_clock_energy_fj");
            power = new FixedPower(nonNegative(fixedToggle, where + ": attribute 'dintsim_toggle_energy_fj'"),
                    clockFj == null ? 0 : nonNegative(clockFj, where + ": attribute 'dintsim_clock_energy_fj'"));
        } else {
            double clockPf = clock == null ? 0 : inputPf.getOrDefault(clock, 0.0);
            power = new TablePower(outputEnergy, outputSlew, inputEnergy, clock, clockPf, voltage, capToPf * 1000);
        }
        return new LibraryCell(cellName, area, transistors, inputs, inputPf, output, function, clock, power);
    }

    private static LookupTable[] riseFall(LibertyGroup g, String rise, String fall, Map<String, LibertyGroup> templates,
                                          String where) {
        LibertyGroup r = g.child(rise);
        LibertyGroup f = g.child(fall);
        return new LookupTable[] {
            r == null ? null : LookupTable.of(r, templates, where + " " + rise),
            f == null ? null : LookupTable.of(f, templates, where + " " + fall)};
    }

    private static double capacitanceUnitPf(LibertyGroup library, String source) {
        List<String> unit = library.complex().get("capacitive_load_unit");
        if (unit == null || unit.size() != 2) {
            throw new IllegalArgumentException(source + ": capacitive_load_unit (N, pf|ff) is missing");
        }
        double n = positive(unit.get(0), source + ": capacitive_load_unit");
        return switch (unit.get(1).toLowerCase(java.util.Locale.ROOT)) {
            case "pf" -> n;
            case "ff" -> n / 1000;
            default -> throw new IllegalArgumentException(source + ": capacitive_load_unit '" + unit.get(1)
                    + "' (expected pf or ff)");
        };
    }

    private static double nonNegative(String value, String where) {
        if (value == null) {
            throw new IllegalArgumentException(where + " is missing");
        }
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + " is '" + value + "', not a number");
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(where + " is " + v + ", must be >= 0");
        }
        return v;
    }

    private static double positive(String value, String where) {
        double v = nonNegative(value, where);
        if (v == 0) {
            throw new IllegalArgumentException(where + " is 0, must be > 0");
        }
        return v;
    }

    /** The library's name (its Liberty group argument, e.g. {@code osu018_stdcells}). */
    public String name() {
        return name;
    }

    /** Where the library's numbers come from, one sentence for reports and cost-table sources. */
    public String provenance() {
        return provenance;
    }

    /** Nominal supply voltage, V. */
    public double voltage() {
        return voltage;
    }

    /** The library's capacitance unit in pF (1 for pF, 0.001 for fF). */
    public double capacitanceUnitPf() {
        return capacitanceUnitPf;
    }

    /** True when its cells have timing arcs, so that static timing (OpenSTA) can time a netlist of them. */
    public boolean timed() {
        return timed;
    }

    /**
     * Fails unless the library can be timed: the flow times every netlist (fmax, iso-frequency),
     * and a library without timing arcs (the bundled dintsim45 estimate) would fail inside OpenSTA.
     */
    public CellLibrary requireTimed() {
        if (!timed) {
            throw new IllegalArgumentException("library " + name + " has no timing arcs (" + provenance + "), but the "
                    + "synthesis flow times every netlist with OpenSTA (fmax, iso-frequency); use osu018 or a "
                    + "characterised Liberty file");
        }
        return this;
    }

    /** The smallest buffer (one input, function = that input): what drives a design's inputs in abc's timing model. */
    public LibraryCell smallestBuffer() {
        LibraryCell best = null;
        for (LibraryCell c : cells.values()) {
            boolean buffer = !c.sequential() && c.inputs().size() == 1
                    && c.function().replaceAll("[()\\s]", "").equals(c.inputs().get(0));
            if (buffer && (best == null || c.areaUm2() < best.areaUm2())) {
                best = c;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException(name + ": no buffer cell (needed to time a design's inputs)");
        }
        return best;
    }

    /** The Liberty text exactly as read. */
    public String text() {
        return text;
    }

    /** Usable cells in library order. */
    public Map<String, LibraryCell> cells() {
        return cells;
    }

    /** Cells the flow does not use, with the reason. */
    public Map<String, String> unusable() {
        return unusable;
    }

    /** The cell of this name; unknown names throw naming the library. */
    public LibraryCell cell(String cellName) {
        LibraryCell c = cells.get(cellName);
        if (c == null) {
            String why = unusable.get(cellName);
            throw new IllegalArgumentException(name + ": " + (why != null ? "cell '" + cellName + "' is not usable (" + why + ")"
                    : "no cell '" + cellName + "' (cells: " + cells.keySet() + ")"));
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
     * Behavioural Verilog of every usable cell, generated from the Liberty functions, so a
     * gate-level netlist can be simulated with exactly the logic Yosys mapped to.
     */
    public String behaviouralVerilog() {
        return cellModels(false);
    }

    /**
     * The same models with a specify block per cell (a path from every input, for a flip-flop from
     * its clock, to the output, all 0 until SDF annotates them) and flip-flops starting at 0, for
     * event-driven simulators with {@code $sdf_annotate} (Icarus Verilog).
     */
    public String timedVerilog() {
        return "`timescale 1ns/1ps\n" + cellModels(true);
    }

    private String cellModels(boolean timed) {
        StringBuilder v = new StringBuilder("// Behavioural models of the ").append(name)
                .append(" cells, generated from their Liberty functions.\n");
        StringBuilder udps = new StringBuilder();
        for (LibraryCell c : cells.values()) {
            String expr = LibertyFunction.toVerilog(c.function(), name + ": cell " + c.name());
            v.append("module ").append(c.name()).append('(');
            for (String in : c.inputs()) {
                v.append("input ").append(in).append(", ");
            }
            if (c.sequential()) {
                v.append("output reg ").append(c.output()).append(");\n");
                if (timed) {
                    v.append("  initial ").append(c.output()).append(" = 1'b0;\n");
                }
                v.append("  always @(posedge ").append(c.clock()).append(") ").append(c.output()).append(" <= ")
                        .append(expr).append(";\n");
            } else if (timed) {
                // One primitive per cell: Icarus evaluates an expression as a network of operator
                // nodes whose same-picosecond order it does not define; a UDP is one node, like the
                // Java simulator's truth table.
                v.append("output ").append(c.output()).append(");\n");
                v.append("  ").append(c.name()).append("_fn fn(").append(c.output());
                c.inputs().forEach(in -> v.append(", ").append(in));
                v.append(");\n");
                udps.append(primitive(c));
            } else {
                v.append("output ").append(c.output()).append(");\n");
                v.append("  assign ").append(c.output()).append(" = ").append(expr).append(";\n");
            }
            if (timed) {
                v.append("  specify\n");
                for (String in : c.sequential() ? List.of(c.clock()) : c.inputs()) {
                    v.append("    (").append(in).append(" => ").append(c.output()).append(") = (0, 0);\n");
                }
                v.append("  endspecify\n");
            }
            v.append("endmodule\n");
        }
        return v.append(udps).toString();
    }

    /** A combinational cell's truth table as a Verilog user-defined primitive {@code <cell>_fn}. */
    private String primitive(LibraryCell c) {
        List<String> ins = c.inputs();
        long table = dintsim.rtl.synth.liberty.LibertyFunction.truthTable(c.function(), ins, name + ": cell " + c.name());
        StringBuilder p = new StringBuilder("primitive ").append(c.name()).append("_fn(output ").append(c.output());
        ins.forEach(in -> p.append(", input ").append(in));
        p.append(");\n  table\n");
        for (int k = 0; k < 1 << ins.size(); k++) {
            p.append("   ");
            for (int j = 0; j < ins.size(); j++) {
                p.append(' ').append(k >> j & 1);
            }
            p.append(" : ").append(table >> k & 1).append(";\n");
        }
        return p.append("  endtable\nendprimitive\n").toString();
    }
}
