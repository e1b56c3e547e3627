package dintsim.sim.hw.array;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacKind;
import dintsim.sim.hw.mac.ProductTable;
import java.util.List;

/**
 * Output-stationary (TIMING.md, os): each PE owns one output, rows cover M, columns N, K runs in
 * time; activations move right, weights move down, outputs leave each PE through a dedicated
 * path. Loop order: for each m-tile, for each n-tile. Nothing is preloaded.
 */
final class OutputStationary implements Dataflow {
    @Override
    public String label() {
        return "os";
    }

    @Override
    public String title() {
        return "output-stationary";
    }

    @Override
    public GemmDim rowDim() {
        return GemmDim.M;
    }

    @Override
    public GemmDim colDim() {
        return GemmDim.N;
    }

    @Override
    public GemmDim streamDim() {
        return GemmDim.K;
    }

    @Override
    public boolean outerLoopOverColumns() {
        return false;
    }

    @Override
    public long span(int rows, int cols, long streamLength) {
        return (long) rows + cols + streamLength - 2;
    }

    /** Double-buffered: the next fold's first operands follow the current fold's last ones directly. */
    @Override
    public long spacing(int rows, int cols, long streamLength, boolean overlap) {
        return overlap ? streamLength : span(rows, cols, streamLength);
    }

    @Override
    public long streamDelay(int rows) {
        return 0;
    }

    @Override
    public long preloadStart(FoldSchedule s, int fold) {
        return s.start(fold);
    }

    @Override
    public void countFold(FoldSchedule s, int fold, WeightKindCounts kinds, long[] kindTotals, ArrayStats stats) {
        int rows = s.array().rows();
        int cols = s.array().cols();
        int ur = s.usedRows(fold);
        int uc = s.usedCols(fold);
        long T = s.streamLength();
        long[] tile = new long[MacKind.COUNT];
        // Each of the fold's uc weight rows (all of K) meets the ur used rows.
        kinds.addChannels(s.colTile(fold) * cols, uc, tile);
        for (int kind = 0; kind < MacKind.COUNT; kind++) {
            kindTotals[kind] += tile[kind] * ur;
        }
        stats.addRegWrites(Operand.ACTIVATION, (long) ur * cols * T);
        stats.addRegWrites(Operand.WEIGHT, (long) uc * rows * T);
        stats.addRegPsum((long) ur * uc * T);
        stats.addReads(Operand.ACTIVATION, ur * T);
        stats.addReads(Operand.WEIGHT, uc * T);
        stats.addOutputWrites((long) ur * uc);
    }

    @Override
    public CycleAccurateArray cycleArray(ProductTable table, FoldSchedule schedule, CodeMatrix activations,
                                         CodeMatrix weights, ArrayStats stats) {
        return new OsCycleArray(table, schedule, activations, weights, stats);
    }

    @Override
    public String counterMeaning(String counter) {
        return switch (counter) {
            case "reg.activation" -> "activation register writes (real activations moving right)";
            case "reg.weight" -> "weight register writes (weights moving down)";
            default -> "accumulator register writes (one per MAC)";
        };
    }

    /**
     * Activation forwarding (code + 4 flags), weight forwarding (code + valid), the output valid
     * flag and, double-buffered, the output register with its overflow flag; the accumulator is
     * the MAC unit's.
     */
    @Override
    public PeRegisters registers(MacDesign design, boolean overlap) {
        int activation = design.activationFormat().bits() + PeRegisters.OS_ACTIVATION_FLAGS;
        int weight = design.weightFormat().bits() + 1;
        int accumulator = design.accumulator().width();
        int output = overlap ? accumulator + 2 : 1;
        return new PeRegisters(activation, weight, 0, accumulator + 1, output, activation + weight + output);
    }

    @Override
    public int tile(Operand operand, FoldSchedule s, int fold) {
        return operand == Operand.ACTIVATION ? s.rowTile(fold) : s.colTile(fold);
    }

    @Override
    public int tiles(Operand operand, FoldSchedule s) {
        return operand == Operand.ACTIVATION ? s.rowTiles() : s.colTiles();
    }

    /** The m-tile's ur x K activations or the n-tile's uc x K weights. */
    @Override
    public long tileElements(Operand operand, FoldSchedule s, int fold) {
        int used = operand == Operand.ACTIVATION ? s.usedRows(fold) : s.usedCols(fold);
        return (long) used * s.streamLength();
    }

    @Override
    public boolean startsOutputTile(FoldSchedule s, int fold) {
        return true;
    }

    @Override
    public boolean completesOutputTile(FoldSchedule s, int fold) {
        return true;
    }

    @Override
    public long outputTileElements(FoldSchedule s, int fold) {
        return (long) s.usedRows(fold) * s.usedCols(fold);
    }

    @Override
    public List<BufferPhase> bufferPhases(FoldSchedule s, int fold) {
        long T = s.streamLength();
        return List.of(new BufferPhase(BufferPhase.Buffer.INPUT, T, s.usedRows(fold)),
                new BufferPhase(BufferPhase.Buffer.WEIGHT, T, s.usedCols(fold)));
    }

    @Override
    public java.util.Optional<Operand> stationaryOperand() {
        return java.util.Optional.empty();
    }
}
