package dintsim.rtl.power;

import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.LibraryCell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flat gate-level netlist as Yosys {@code write_verilog -noattr} writes it: one module whose
 * body instantiates library cells. Knows its ports and cell instances, and can add a probe
 * output that exposes every cell's output net, so a testbench can count each cell's toggles.
 */
public final class GateNetlist {
    /** Name of the probe port {@link #withProbe()} adds. */
    public static final String PROBE = "dintsim_probe";

    private static final Pattern MODULE = Pattern.compile("(?m)^module\\s+(\\S+)\\s*\\(([^)]*)\\);");
    private static final Pattern PORT = Pattern.compile("(?m)^\\s*(input|output)\\s+(?:\\[(\\d+):(\\d+)\\]\\s+)?(\\S+)\\s*;");
    private static final Pattern INSTANCE = Pattern.compile("(?ms)^\\s*(\\w+)\\s+(\\\\\\S+\\s|[\\w$]+)\\s*\\((.*?)\\);");
    private static final Pattern CONNECTION = Pattern.compile("\\.(\\w+)\\(([^()]*)\\)");
    private static final Pattern ASSIGN = Pattern.compile("(?m)^\\s*assign\\s+(.+?)\\s*=\\s*(.+?)\\s*;\\s*$");
    private static final Pattern DECLARATION = Pattern.compile(
            "(?m)^\\s*(?:wire|reg|input|output)\\s+(?:\\[(\\d+):(\\d+)\\]\\s+)?(\\\\\\S+\\s|[\\w$]+)\\s*;");
    private static final Pattern ELEMENT = Pattern.compile("(\\\\\\S+\\s*|[\\w$.]+)\\s*(?:\\[(\\d+)(?::(\\d+))?\\])?");
    private static final Pattern CONSTANT = Pattern.compile("(\\d+)'([hbdHBD])([0-9a-fA-F_]+)");
    private static final Pattern ALIAS = Pattern.compile("(?m)^\\s*assign\\s+(\\\\\\S+\\s|[\\w$]+)\\s*=\\s*(\\\\\\S+\\s|[\\w$]+)\\s*;");

    private final String source;
    private final String text;
    private final String top;
    private final List<NetlistPort> ports;
    private final List<CellInstance> cells;

    private GateNetlist(String source, String text, String top, List<NetlistPort> ports, List<CellInstance> cells) {
        this.source = source;
        this.text = text;
        this.top = top;
        this.ports = List.copyOf(ports);
        this.cells = List.copyOf(cells);
    }

    /** Reads and parses a netlist file; every instance must be a cell of {@code library}. */
    public static GateNetlist read(java.nio.file.Path file, CellLibrary library) {
        String text;
        try {
            text = java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(file + ": cannot read netlist: " + e.getMessage());
        }
        return parse(text, file.toString(), library);
    }

    /** Parses a flat netlist; every instance must be a cell of {@code library}. */
    public static GateNetlist parse(String text, String source, CellLibrary library) {
        Matcher header = MODULE.matcher(text);
        if (!header.find()) {
            throw new IllegalArgumentException(source + ": no module header");
        }
        if (header.find()) {
            throw new IllegalArgumentException(source + ": more than one module; synthesize with -flatten");
        }
        header.reset().find();
        String top = header.group(1);
        int bodyStart = header.end();
        String body = text.substring(bodyStart);
        List<NetlistPort> ports = new ArrayList<>();
        Matcher p = PORT.matcher(body);
        while (p.find()) {
            int width = p.group(2) == null ? 1 : Math.abs(Integer.parseInt(p.group(2)) - Integer.parseInt(p.group(3))) + 1;
            ports.add(new NetlistPort(p.group(4), p.group(1).equals("input"), width));
        }
        List<CellInstance> cells = new ArrayList<>();
        Matcher m = INSTANCE.matcher(body);
        while (m.find()) {
            String type = m.group(1);
            if (type.equals("assign") || type.equals("wire") || type.equals("reg") || type.equals("input")
                    || type.equals("output") || type.equals("module")) {
                continue;
            }
            LibraryCell cell = library.cells().get(type);
            if (cell == null) {
                int line = 1 + (int) text.substring(0, bodyStart + m.start(1)).chars().filter(c -> c == '\n').count();
                throw new IllegalArgumentException(source + ": line " + line + ": instance of '" + type
                        + "', which is not a cell of " + library.name());
            }
            String out = null;
            Map<String, String> ins = new LinkedHashMap<>();
            Matcher c = CONNECTION.matcher(m.group(3));
            while (c.find()) {
                if (c.group(1).equals(cell.output())) {
                    out = c.group(2).trim();
                } else {
                    ins.put(c.group(1), c.group(2).trim());
                }
            }
            if (out != null && !out.isEmpty()) {
                cells.add(new CellInstance(type, m.group(2).trim(), out, ins));
            }
        }
        if (cells.isEmpty()) {
            throw new IllegalArgumentException(source + ": no cell instances found");
        }
        return new GateNetlist(source, text, top, ports, cells);
    }

    /**
     * Whole-bus aliases ({@code assign acc = r;}): left name -> right name, names without the
     * escape backslash. Cells on either side of one refer to the same wires.
     */
    public Map<String, String> aliases() {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher a = ALIAS.matcher(text);
        while (a.find()) {
            out.put(plain(a.group(1)), plain(a.group(2)));
        }
        out.putAll(bitAliases());
        return out;
    }

    /**
     * Bit by bit, every other assignment of names, ranges, bits, constants and their concatenations
     * ({@code assign psumOut = { \pe_1_1.psum , \pe_1_0.psum };}, an array's packed outputs):
     * {@code psumOut[28]} -> {@code pe_1_1.psum[0]}; a constant bit is {@code 1'b0} or {@code 1'b1}.
     */
    Map<String, String> bitAliases() {
        Map<String, int[]> ranges = new HashMap<>();
        Matcher d = DECLARATION.matcher(text);
        while (d.find()) {
            if (d.group(1) != null) {
                ranges.put(plain(d.group(3)), new int[] {Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2))});
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        Matcher a = ASSIGN.matcher(text);
        while (a.find()) {
            if (ALIAS.matcher(a.group()).find()) {
                continue; // a whole-bus alias, above
            }
            List<String> left = bits(a.group(1), ranges);
            List<String> right = bits(a.group(2), ranges);
            if (left == null || right == null) {
                continue; // an expression dintsim does not read (no cell input uses it then)
            }
            for (int i = 0; i < left.size() && i < right.size(); i++) {
                out.put(left.get(i), right.get(i));
            }
        }
        return out;
    }

    /** The bits of an assignment side, least significant first, or null if it is not names and constants. */
    private static List<String> bits(String side, Map<String, int[]> ranges) {
        String s = side.strip();
        List<String> parts = new ArrayList<>();
        if (s.startsWith("{") && s.endsWith("}")) {
            for (String p : s.substring(1, s.length() - 1).split(",")) {
                parts.add(p.strip());
            }
        } else {
            parts.add(s);
        }
        List<String> out = new ArrayList<>();
        for (int i = parts.size() - 1; i >= 0; i--) { // the first element is the most significant
            Matcher c = CONSTANT.matcher(parts.get(i));
            Matcher n = ELEMENT.matcher(parts.get(i));
            if (c.matches()) {
                int width = Integer.parseInt(c.group(1));
                java.math.BigInteger v = new java.math.BigInteger(c.group(3).replace("_", ""),
                        c.group(2).equalsIgnoreCase("h") ? 16 : c.group(2).equalsIgnoreCase("b") ? 2 : 10);
                for (int b = 0; b < width; b++) {
                    out.add(v.testBit(b) ? "1'b1" : "1'b0");
                }
            } else if (n.matches()) {
                String name = plain(n.group(1));
                int[] declared = ranges.get(name);
                if (n.group(2) != null) {
                    int hi = Integer.parseInt(n.group(2));
                    int lo = n.group(3) == null ? hi : Integer.parseInt(n.group(3));
                    for (int b = Math.min(lo, hi); b <= Math.max(lo, hi); b++) {
                        out.add(name + "[" + b + "]");
                    }
                } else if (declared == null) {
                    out.add(name);
                } else {
                    for (int b = Math.min(declared[0], declared[1]); b <= Math.max(declared[0], declared[1]); b++) {
                        out.add(name + "[" + b + "]");
                    }
                }
            } else {
                return null;
            }
        }
        return out;
    }

    /** A net expression without escape backslash and spaces: {@code \\mul.p [3]} -> {@code mul.p[3]}. */
    public static String plain(String net) {
        String s = net.strip();
        if (s.startsWith("\\")) {
            s = s.substring(1);
        }
        return s.replace(" ", "");
    }

    public String source() {
        return source;
    }

    public String top() {
        return top;
    }

    public List<NetlistPort> ports() {
        return ports;
    }

    /** Cells whose output is connected, in netlist order; probe bit i is cell i. */
    public List<CellInstance> cells() {
        return cells;
    }

    public NetlistPort port(String name) {
        for (NetlistPort p : ports) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException(source + ": module " + top + " has no port '" + name + "' (ports: "
                + ports.stream().map(NetlistPort::name).toList() + ")");
    }

    /**
     * The inputs a stimulus row drives, in port order: every input but {@code clock}, which must be
     * a 1-bit input; one long per lane and cycle ({@link NetlistPort#lanes}: a port wider than 64
     * bits takes several).
     */
    public List<NetlistPort> stimulusInputs(String clock) {
        NetlistPort clk = port(clock);
        if (!clk.input() || clk.width() != 1) {
            throw new IllegalArgumentException(source + ": clock '" + clock + "' must be a 1-bit input");
        }
        List<NetlistPort> out = new ArrayList<>();
        for (NetlistPort p : ports) {
            if (p.input() && !p.name().equals(clock)) {
                out.addAll(p.lanes());
            }
        }
        return out;
    }

    /** The output ports in port order, as lanes ({@link NetlistPort#lanes}). */
    public List<NetlistPort> outputPorts() {
        List<NetlistPort> out = new ArrayList<>();
        for (NetlistPort p : ports) {
            if (!p.input()) {
                out.addAll(p.lanes());
            }
        }
        return out;
    }

    /** The netlist text with an extra output {@value #PROBE}[i] = output net of cell i. */
    public String withProbe() {
        Matcher header = MODULE.matcher(text);
        header.find();
        StringBuilder out = new StringBuilder(text.length() + cells.size() * 40);
        out.append(text, 0, header.start(2)).append(header.group(2).trim()).append(", ").append(PROBE).append(");\n");
        out.append("  output [").append(cells.size() - 1).append(":0] ").append(PROBE).append(";\n");
        String rest = text.substring(header.end());
        int end = rest.lastIndexOf("endmodule");
        out.append(rest, 0, end);
        // One concatenation, most significant (last cell) first: Verilator compiles it far faster
        // than one assignment per bit.
        out.append("  assign ").append(PROBE).append(" = {");
        for (int i = cells.size() - 1; i >= 0; i--) {
            out.append("\n    ").append(cells.get(i).outputNet()).append(i > 0 ? " ," : " "); // spaces end escaped names
        }
        out.append("};\n");
        out.append(rest.substring(end));
        return out.toString();
    }
}
