package dintsim.sim.replay;

import dintsim.models.mac.MacDesign;
import dintsim.models.param.Parameter;
import dintsim.models.param.ParameterGroup;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.FoldSchedule;
import dintsim.sim.hw.array.GemmShape;
import dintsim.sim.mem.BufferConfig;
import dintsim.sim.mem.MemoryConfig;
import dintsim.sim.mem.TileMap;
import dintsim.traces.LayerTrace;
import java.util.List;
import java.util.Locale;

/**
 * An architecture to replay traces on: the array, the memory system, the clock, and optionally
 * the MAC design the hardware implements (checked against each trace's formats). Built by
 * {@link ArchConfigLoader} from a file or from {@link #defaults()}; {@code source} names where it
 * came from, for errors.
 *
 * @param source   file name (or "defaults") for error messages
 * @param array    array geometry and timing mode
 * @param design   the MAC design the hardware implements (parsed once, with the formats the command
 *                 was given), or null to take each trace's own
 * @param memory   buffers and DRAM
 * @param clockMhz clock frequency for TOPS figures (> 0)
 */
public record ArchConfig(String source, ArrayShape array, MacDesign design, MemoryConfig memory, double clockMhz) {
    public static final Parameter<String> DESIGN = Parameter.text("design",
            "MAC design the hardware implements, e.g. dint4xint8 (parsed once with the formats the command "
            + "was given; must match the traces; default: each trace's own)", null);
    public static final Parameter<Double> CLOCK_MHZ = Parameter.positive("clockMhz", "clock frequency for TOPS figures", "MHz",
            1000.0, 100_000);
    /** Every field of an architecture file, declared once: the loader, the help texts and {@code dintsim info} read these. */
    public static final ParameterGroup PARAMETERS = new ParameterGroup("", "architecture file (YAML or JSON)",
            List.of(DESIGN, CLOCK_MHZ), List.of(ArrayShape.PARAMETERS, MemoryConfig.BUFFERS, MemoryConfig.DRAM));

    public ArchConfig {
        CLOCK_MHZ.check(clockMhz, source + ": field 'clockMhz'");
    }

    /** The defaults of every declared parameter: a 32 x 32 ws array at 1 GHz with buffers that hold 2048-token tiles. */
    public static ArchConfig defaults() {
        return new ArchConfig("defaults", ArrayShape.defaults(), null, MemoryConfig.defaults(),
                CLOCK_MHZ.defaultValue());
    }

    public ArchConfig withArray(ArrayShape newArray) {
        return new ArchConfig(source, newArray, design, memory, clockMhz);
    }

    public ArchConfig withDesign(MacDesign newDesign) {
        return new ArchConfig(source, array, newDesign, memory, clockMhz);
    }

    public ArchConfig withClockMhz(double mhz) {
        return new ArchConfig(source, array, design, memory, mhz);
    }

    public ArchConfig withMemory(MemoryConfig newMemory) {
        return new ArchConfig(source, array, design, newMemory, clockMhz);
    }

    /**
     * The MAC design for a trace: the trace's own formats and accumulator; if this architecture
     * names a design, its formats (by specification, not only by name) must be the trace's.
     */
    public MacDesign designFor(LayerTrace trace) {
        MacDesign fromTrace = trace.design();
        if (design == null) {
            return fromTrace;
        }
        if (!design.weightFormat().spec().equals(fromTrace.weightFormat().spec())
                || !design.activationFormat().spec().equals(fromTrace.activationFormat().spec())) {
            throw new IllegalArgumentException(source + ": field 'design' is " + design.name() + " but layer " + trace.layer()
                    + " holds " + fromTrace.weightFormat().name() + " weights and " + fromTrace.activationFormat().name()
                    + " activations (" + fromTrace.name() + ")");
        }
        return fromTrace;
    }

    /** Checks that every buffer holds at least one tile of this layer; errors name the field. */
    public void validateFor(LayerTrace trace, MacDesign design) {
        FoldSchedule schedule = new FoldSchedule(array, new GemmShape(trace.m(), trace.k(), trace.n()));
        TileMap tiles = new TileMap(schedule, design.activationFormat().bits(), design.weightFormat().bits(),
                design.accumulator().width());
        check("input", memory.input(), tiles.maxTileBytes(TileMap.INPUT), trace);
        check("weight", memory.weight(), tiles.maxTileBytes(TileMap.WEIGHT), trace);
        check("output", memory.output(), tiles.maxOutputTileBytes(), trace);
    }

    private void check(String buffer, BufferConfig config, long tileBytes, LayerTrace trace) {
        if (config.sizeBytes() < tileBytes) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: field 'buffers.%s.sizeKiB' is %s, too small for one %s tile of layer %s (%s needed for a %s array, %s, M x K x N = %d x %d x %d)",
                    source, buffer, kib(config.sizeBytes()), buffer, trace.layer(), kib(tileBytes), array.rows() + "x" + array.cols(),
                    array.dataflow().label(), trace.m(), trace.k(), trace.n()));
        }
    }

    static String kib(long bytes) {
        return String.format(Locale.ROOT, "%.4g KiB", bytes / 1024.0);
    }
}
