package dintsim.sim.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dintsim.models.io.IoErrors;
import dintsim.models.io.JsonErrors;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.mac.MacKind;
import dintsim.models.mac.OverflowPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-event energies (pJ) and areas (um^2) with a source for every number, all at one technology
 * node ({@code nodeNm}) and supply voltage ({@code supplyVoltage}); a figure cited for another
 * node states it ({@code measuredAt}) and is scaled to the table's ({@link NodeScaling}). The default is the resource
 * {@code dintsim/sim/costs.json}, whose MAC entries {@code dintsim synth} measured; a table
 * written by {@code dintsim synth --out DIR} ({@code DIR/costs.json}) can replace it. MAC
 * energies are per design and per MAC kind. {@link #withMacs} and {@link #toJson} are the writer:
 * one format for the built-in table and measured ones.
 *
 * <p>MAC entries are looked up by {@link MacDesign}, not by a string. The file keys an entry by
 * the design's name; an entry may state the accumulator it was measured with
 * ({@code "accumulator": {"width": 21, "fractionBits": 1, "overflow": "error"}}, which
 * {@link #withMacs} always writes); an entry without one is for the design's default accumulator
 * ({@link MacDesigns#defaultAccumulator}). A design whose accumulator differs from its entry's
 * does not take that entry: another adder and register have another area and energy, so the
 * lookup fails and says how to measure it.
 */
public final class CostTable {
    public static final String DEFAULT_RESOURCE = "/dintsim/sim/costs.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;
    private final String source;
    private final String technology;
    private final double supplyVolts;
    private final double nodeNm;
    private final Map<String, MacEntry> macs = new LinkedHashMap<>();
    private final double registerEnergyPerBit;
    private final double registerAreaPerBit;
    private final double[] sramKib;
    private final double[] sramRead64;
    private final double sramWriteFactor;
    private final double sramAreaPerBit;
    private final double dramAccess64;
    private final Map<String, String> sources = new LinkedHashMap<>();

    private CostTable(ObjectNode root, String source) {
        this.root = root;
        this.source = source;
        this.technology = root.path("technology").asText("");
        this.supplyVolts = value(root, "supplyVoltage", "supplyVoltage");
        if (!(supplyVolts > 0)) {
            throw error("supplyVoltage.value", "must be positive, got " + supplyVolts);
        }
        this.nodeNm = value(root, "nodeNm", "nodeNm");
        if (!(nodeNm > 0)) {
            throw error("nodeNm.value", "must be positive, got " + nodeNm);
        }
        JsonNode mac = object(root, "mac", "mac");
        for (Iterator<Map.Entry<String, JsonNode>> it = mac.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String design = e.getKey();
            Cost[] kinds = new Cost[MacKind.COUNT];
            for (MacKind k : MacKind.values()) {
                String field = "mac." + design + "." + k.label();
                kinds[k.ordinal()] = new Cost(value(e.getValue(), k.label(), field), sources.get(field));
            }
            double area = value(e.getValue(), "area", "mac." + design + ".area");
            MacCost cost = new MacCost(kinds[MacKind.ZERO.ordinal()], kinds[MacKind.SPECIAL.ordinal()],
                    kinds[MacKind.NORMAL.ordinal()], new Cost(area, sources.get("mac." + design + ".area")));
            macs.put(design, new MacEntry(cost, accumulator(e.getValue(), "mac." + design + ".accumulator")));
        }
        JsonNode reg = object(root, "register", "register");
        registerEnergyPerBit = cited(reg, "energyPerBit", "register.energyPerBit", true);
        registerAreaPerBit = cited(reg, "areaPerBit", "register.areaPerBit", false);
        JsonNode sram = object(root, "sram", "sram");
        JsonNode points = sram.get("read64");
        if (points == null || !points.isArray() || points.size() == 0) {
            throw error("sram.read64", "must be a non-empty list of {kib, value, source}");
        }
        sramKib = new double[points.size()];
        sramRead64 = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            String field = "sram.read64[" + i + "]";
            sramKib[i] = positive(points.get(i).get("kib"), field + ".kib");
            sramRead64[i] = positive(points.get(i).get("value"), field + ".value");
            sources.put(field, points.get(i).path("source").asText(""));
            sramRead64[i] = scaled(points.get(i), field, sramRead64[i], true);
            if (i > 0 && sramKib[i] <= sramKib[i - 1]) {
                throw error(field + ".kib", "sizes must be strictly ascending");
            }
        }
        sramWriteFactor = value(sram, "writeFactor", "sram.writeFactor");
        sramAreaPerBit = cited(sram, "areaPerBit", "sram.areaPerBit", false);
        dramAccess64 = value(object(root, "dram", "dram"), "access64", "dram.access64");
    }

    /** The built-in table (OSU 0.18 um: MACs and registers measured on the library, SRAM scaled to it). */
    public static CostTable defaults() {
        try (InputStream in = CostTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return new CostTable(objectRoot(JSON.readTree(in), "built-in costs.json"), "built-in costs.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a cost table from a JSON file; errors name the file and field. */
    public static CostTable load(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such cost table file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read cost table: "
                    + (e instanceof JsonProcessingException j ? "not valid JSON: " + JsonErrors.describe(j) : IoErrors.reason(e)));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": a cost table must be a JSON object");
        }
        try {
            return new CostTable((ObjectNode) root, file.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** One MAC entry: its costs and the accumulator it was measured with (null: the design's default). */
    private record MacEntry(MacCost cost, AccumulatorSpec accumulator) {
    }

    private AccumulatorSpec accumulator(JsonNode entry, String field) {
        JsonNode n = entry.get("accumulator");
        if (n == null) {
            return null;
        }
        if (!n.isObject() || !n.path("width").isInt() || !n.path("fractionBits").isInt() || !n.path("overflow").isTextual()) {
            throw error(field, "must be {\"width\": int, \"fractionBits\": int, \"overflow\": saturate|wrap|error}, got " + n);
        }
        try {
            return new AccumulatorSpec(n.get("width").asInt(), n.get("fractionBits").asInt(),
                    OverflowPolicy.parse(n.get("overflow").asText(), "cost table field '" + field + ".overflow'"));
        } catch (IllegalArgumentException e) {
            throw error(field, e.getMessage());
        }
    }

    private static ObjectNode objectRoot(JsonNode root, String where) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(where + ": a cost table must be a JSON object");
        }
        return (ObjectNode) root;
    }

    /**
     * This table with its MAC entries replaced by {@code newMacs} (only those: a design the caller
     * did not measure has no entry) and its description set; registers, SRAM and DRAM are kept.
     */
    public CostTable withMacs(Map<MacDesign, MacCost> newMacs, String description, String newSource) {
        return withMacs(newMacs, Map.of(), description, newSource);
    }

    /**
     * The same, recording with each entry what it was measured on ({@code "rtl"}: e.g. top module,
     * library, hashes of the Verilog and netlist), so a test can tell when the table no longer
     * describes the RTL. The simulator itself does not read it.
     */
    public CostTable withMacs(Map<MacDesign, MacCost> newMacs, Map<MacDesign, Map<String, String>> measuredOn,
                              String description, String newSource) {
        ObjectNode copy = root.deepCopy();
        copy.put("description", description);
        ObjectNode mac = JSON.createObjectNode();
        newMacs.forEach((design, m) -> {
            if (mac.has(design.name())) {
                throw new IllegalArgumentException("cost table: two measured designs named " + design.name()
                        + " (accumulators differ); a table holds one entry per design name");
            }
            ObjectNode entry = mac.putObject(design.name());
            for (MacKind k : MacKind.values()) {
                put(entry, k.label(), m.energy(k));
            }
            put(entry, "area", m.area());
            ObjectNode acc = entry.putObject("accumulator");
            acc.put("width", design.accumulator().width());
            acc.put("fractionBits", design.accumulator().fractionBits());
            acc.put("overflow", design.accumulator().overflow().label());
            Map<String, String> on = measuredOn.get(design);
            if (on != null) {
                ObjectNode rtl = entry.putObject("rtl");
                on.forEach(rtl::put);
            }
        });
        copy.set("mac", mac);
        return new CostTable(copy, newSource);
    }

    private static void put(ObjectNode parent, String name, Cost c) {
        ObjectNode n = parent.putObject(name);
        n.put("value", c.value());
        n.put("source", c.source());
    }

    /** The table as JSON, loadable by {@link #load}. */
    public String toJson() {
        try {
            return JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize cost table " + source, e);
        }
    }

    /**
     * A value that may be cited for another technology ({@code "measuredAt": {"nodeNm": 45,
     * "volts": 0.9}}): moved to this table's node and supply by {@link NodeScaling}, its source
     * saying so. Without measuredAt a value is at the table's own node and supply.
     */
    private double cited(JsonNode parent, String name, String field, boolean energy) {
        return scaled(parent.get(name), field, value(parent, name, field), energy);
    }

    /** {@code v}, read from {@code entry}, moved to this table's technology when the entry cites another. */
    private double scaled(JsonNode entry, String field, double v, boolean energy) {
        NodeScaling scaling = scaling(entry, field);
        if (scaling == null) {
            return v;
        }
        sources.put(field, sources.get(field) + "; " + (energy ? scaling.describeEnergy() : scaling.describeArea()));
        return v * (energy ? scaling.energyFactor() : scaling.areaFactor());
    }

    private NodeScaling scaling(JsonNode entry, String field) {
        JsonNode at = entry.get("measuredAt");
        if (at == null) {
            return null;
        }
        if (!at.isObject() || !(at.path("nodeNm").asDouble() > 0) || !(at.path("volts").asDouble() > 0)) {
            throw error(field + ".measuredAt", "must be {\"nodeNm\": positive number, \"volts\": positive number}, got " + at);
        }
        return new NodeScaling(at.get("nodeNm").asDouble(), at.get("volts").asDouble(), nodeNm, supplyVolts);
    }

    /**
     * This table moved to another technology: its node and supply set, its register entries
     * replaced by ones measured there. The SRAM entries must be cited with their own node
     * ({@code measuredAt}) so that they scale with the table; one at the old node with no
     * {@code measuredAt} would silently keep another technology's figure, so it fails. DRAM
     * access energy is the DRAM's and its interface's, not the logic node's: kept as it is.
     */
    public CostTable withTechnology(Cost node, Cost supply, Cost registerEnergy, Cost registerArea, String label) {
        ObjectNode copy = root.deepCopy();
        copy.put("technology", label);
        boolean moved = node.value() != nodeNm || supply.value() != supplyVolts;
        if (moved) {
            JsonNode sram = copy.path("sram");
            for (int i = 0; i < sram.path("read64").size(); i++) {
                requireCited(sram.path("read64").get(i), "sram.read64[" + i + "]");
            }
            requireCited(sram.path("areaPerBit"), "sram.areaPerBit");
        }
        put(copy, "nodeNm", node);
        put(copy, "supplyVoltage", supply);
        ObjectNode reg = copy.putObject("register");
        put(reg, "energyPerBit", registerEnergy);
        put(reg, "areaPerBit", registerArea);
        return new CostTable(copy, source);
    }

    private void requireCited(JsonNode entry, String field) {
        if (entry.get("measuredAt") == null) {
            throw new IllegalArgumentException(source + ": cost table field '" + field + "' states no measuredAt "
                    + "(node and volts it was published for), so it cannot move from " + nodeNm + " nm, " + supplyVolts
                    + " V to another technology; add \"measuredAt\": {\"nodeNm\": N, \"volts\": V}");
        }
    }

    private JsonNode object(JsonNode parent, String name, String field) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isObject()) {
            throw error(field, "is missing or not an object");
        }
        return n;
    }

    private double value(JsonNode parent, String name, String field) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isObject()) {
            throw error(field, "is missing; expected {\"value\": number, \"source\": text}");
        }
        String src = n.path("source").asText("");
        if (src.isBlank()) {
            throw error(field + ".source", "is missing: every number needs its source");
        }
        sources.put(field, src);
        double v = n.path("value").isNumber() ? n.get("value").asDouble() : Double.NaN;
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw error(field + ".value", "must be a finite number >= 0, got " + n.get("value"));
        }
        return v;
    }

    private double positive(JsonNode n, String field) {
        if (n == null || !n.isNumber() || !(n.asDouble() > 0)) {
            throw error(field, "must be a positive number, got " + n);
        }
        return n.asDouble();
    }

    private static IllegalArgumentException error(String field, String reason) {
        return new IllegalArgumentException("cost table field '" + field + "' " + reason);
    }

    public String source() {
        return source;
    }

    /** What the MAC entry of {@code designName} was measured on (its {@code "rtl"} object; empty when not recorded). */
    public Map<String, String> measuredOn(String designName) {
        JsonNode rtl = root.path("mac").path(designName).path("rtl");
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = rtl.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    /** The accumulator the MAC entry of {@code designName} was measured with, or null (the design's default). */
    public AccumulatorSpec measuredAccumulator(String designName) {
        MacEntry e = macs.get(designName);
        return e == null ? null : e.accumulator();
    }

    public String technology() {
        return technology;
    }

    /**
     * The MAC entry of a design: the entry of its name, measured with its accumulator. There is
     * no fallback: a design the table has no entry for (a user format, another dINT s) or whose
     * accumulator differs from the entry's fails, because its costs must be measured with
     * {@code dintsim synth}, not borrowed from a neighbour (dint4(s=0.75)xint8 measured 10% more
     * area than dint4xint8) or scaled by a published ratio.
     */
    public MacCost macCost(MacDesign design) {
        MacEntry e = macs.get(design.name());
        String measure = "; measure it with: dintsim synth --design '" + design.name()
                + "' --traces TRACES (traces of this design, which carry its accumulator) --out DIR, then pass --costs DIR/costs.json";
        if (e == null) {
            throw new IllegalArgumentException(source + ": no cost entry for design '" + design.name() + "' (entries: "
                    + String.join(", ", macs.keySet()) + ")" + measure);
        }
        AccumulatorSpec measured = e.accumulator() != null ? e.accumulator()
                : MacDesigns.defaultAccumulator(design.weightFormat(), design.activationFormat());
        if (!measured.equals(design.accumulator())) {
            throw new IllegalArgumentException(source + ": the cost entry for design '" + design.name()
                    + "' was measured with accumulator " + measured + (e.accumulator() == null ? " (the default)" : "")
                    + ", but this design's accumulator is " + design.accumulator() + measure);
        }
        return e.cost();
    }

    /** Technology node every entry of the table is stated at, nm (cited ones scaled to it). */
    public double nodeNm() {
        return nodeNm;
    }

    /** Supply voltage every energy of the table is stated at, V. */
    public double supplyVolts() {
        return supplyVolts;
    }

    /** Energy of one MAC of a kind, pJ. */
    public double macEnergy(MacDesign design, MacKind kind) {
        return macCost(design).energy(kind).value();
    }

    /** Area of one MAC unit (its accumulator register included), um^2. */
    public double macArea(MacDesign design) {
        return macCost(design).area().value();
    }

    public double registerEnergyPerBit() {
        return registerEnergyPerBit;
    }

    public double registerAreaPerBit() {
        return registerAreaPerBit;
    }

    /** Energy of a 64-bit read from an SRAM bank of this size: log-log interpolation between table points. */
    public double sramRead64(long bankBytes) {
        double kib = bankBytes / 1024.0;
        int n = sramKib.length;
        if (n == 1) {
            return sramRead64[0];
        }
        int i = 0;
        while (i < n - 2 && kib > sramKib[i + 1]) {
            i++;
        }
        double x0 = Math.log(sramKib[i]);
        double x1 = Math.log(sramKib[i + 1]);
        double y0 = Math.log(sramRead64[i]);
        double y1 = Math.log(sramRead64[i + 1]);
        double x = Math.log(Math.max(kib, 1e-3));
        return Math.exp(y0 + (y1 - y0) * (x - x0) / (x1 - x0));
    }

    public double sramWrite64(long bankBytes) {
        return sramRead64(bankBytes) * sramWriteFactor;
    }

    public double sramAreaPerBit() {
        return sramAreaPerBit;
    }

    public double dramAccess64() {
        return dramAccess64;
    }

    /** Every number's source, keyed by field, in file order. */
    public Map<String, String> sources() {
        return sources;
    }

    /** Names of the designs with a MAC entry, in file order. */
    public List<String> designs() {
        return new ArrayList<>(macs.keySet());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "cost table %s (%s)", source, technology);
    }
}
