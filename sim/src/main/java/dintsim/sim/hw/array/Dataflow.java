package dintsim.sim.hw.array;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacDesign;
import dintsim.sim.hw.mac.ProductTable;
import java.util.List;
import java.util.Locale;

/**
 * How a GEMM runs on the systolic array: everything that differs between weight-, output- and
 * input-stationary lives in an implementation of this interface (TIMING.md states each one), so
 * the schedule, the memory model, the energy model, the fidelities and the RTL never ask which
 * dataflow they have. {@link #all()} lists the implementations; adding one is its own file plus
 * one line in that list.
 */
public interface Dataflow {
    Dataflow WS = new WeightStationary();
    Dataflow OS = new OutputStationary();
    Dataflow IS = new InputStationary();

    /** Every dataflow, in the order reports and sweeps list them. */
    static List<Dataflow> all() {
        return List.of(WS, OS, IS);
    }

    /** Parses a label or title (any case); {@code where} names the file and field for the error. */
    static Dataflow parse(String text, String where) {
        if (text != null) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            for (Dataflow d : all()) {
                if (d.label().equals(t) || d.title().equals(t)) {
                    return d;
                }
            }
        }
        throw new IllegalArgumentException(where + ": unknown dataflow '" + text + "' (expected one of "
                + String.join(", ", all().stream().map(Dataflow::label).toList()) + ")");
    }

    /** Short label used on the command line, in files and reports: "ws", "os", "is". */
    String label();

    /** Long name, e.g. "weight-stationary" (also accepted by {@link Dataflows#parse}). */
    String title();

    // ---- Mapping and timing (TIMING.md) ----

    /** The GEMM dimension PE rows cover. */
    GemmDim rowDim();

    /** The GEMM dimension PE columns cover. */
    GemmDim colDim();

    /** The dimension streamed through the array in time (T). */
    GemmDim streamDim();

    /** True when the outer fold loop runs over column tiles (the inner over row tiles), false for the reverse. */
    boolean outerLoopOverColumns();

    /** Cycles a fold occupies from its start to its last output, inclusive. */
    long span(int rows, int cols, long streamLength);

    /** Cycles between consecutive fold starts with ideal memory. */
    long spacing(int rows, int cols, long streamLength, boolean overlap);

    /** Cycles from a fold's start to its stream base (the first operand entering PE(0,0)). */
    long streamDelay(int rows);

    /** First cycle in which the fold's stationary operand is loaded (its start when nothing is preloaded). */
    long preloadStart(FoldSchedule schedule, int fold);

    // ---- What the array does ----

    /** Adds one fold's event counts (TIMING.md, "Event counts") to {@code stats}: the fast fidelity. */
    void countFold(FoldSchedule schedule, int fold, WeightKindCounts kinds, long[] kindTotals, ArrayStats stats);

    /** The cycle-accurate array of this dataflow. */
    CycleAccurateArray cycleArray(ProductTable table, FoldSchedule schedule, CodeMatrix activations, CodeMatrix weights,
                                  ArrayStats stats);

    /** Meaning of a register counter ({@code reg.activation}, {@code reg.weight}, {@code reg.psum}) in this dataflow. */
    String counterMeaning(String counter);

    /** The flip-flops of one PE outside its MAC unit, and the bits each counted write moves. */
    PeRegisters registers(MacDesign design, boolean overlap);

    // ---- Tiles for the memory model (TIMING.md, "System level") ----

    /** Tile id of an operand used by a fold. */
    int tile(Operand operand, FoldSchedule schedule, int fold);

    /** Number of distinct tiles of an operand. */
    int tiles(Operand operand, FoldSchedule schedule);

    /** Elements of the operand tile a fold uses. */
    long tileElements(Operand operand, FoldSchedule schedule, int fold);

    /** True when the fold starts a new output tile (it needs a free output-buffer slot). */
    boolean startsOutputTile(FoldSchedule schedule, int fold);

    /** True when the fold completes an output tile (its outputs go to DRAM when it ends). */
    boolean completesOutputTile(FoldSchedule schedule, int fold);

    /** Accumulator elements of the output tile a fold works on. */
    long outputTileElements(FoldSchedule schedule, int fold);

    /** What each buffer must deliver while a fold runs, for the SRAM-bandwidth stall. */
    List<BufferPhase> bufferPhases(FoldSchedule schedule, int fold);

    // ---- RTL ----

    /**
     * The hardware structure the RTL generator builds for this dataflow: the operand preloaded
     * into the PEs, or empty when the PEs hold their outputs (the output-stationary structure).
     */
    java.util.Optional<Operand> stationaryOperand();
}
