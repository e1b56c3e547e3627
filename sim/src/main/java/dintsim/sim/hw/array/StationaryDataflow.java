package dintsim.sim.hw.array;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacKind;
import dintsim.sim.hw.mac.ProductTable;
import java.util.List;

/**
 * A dataflow that holds one operand in the PEs and streams the other (TIMING.md, ws and is): rows
 * cover K, columns the stationary operand's other dimension, and the streamed operand's other
 * dimension runs in time; partial sums flow down the columns and leave at the bottom edge. The
 * stationary operand is preloaded in R cycles into shadow registers (double-buffered) or straight
 * into the active ones (no-overlap). Loop order: for each column tile, for each k-tile.
 */
abstract class StationaryDataflow implements Dataflow {
    private final Operand stationary;
    private final Operand stream;

    StationaryDataflow(Operand stationary) {
        this.stationary = stationary;
        this.stream = stationary.other();
    }

    @Override
    public final java.util.Optional<Operand> stationaryOperand() {
        return java.util.Optional.of(stationary);
    }

    /** The GEMM dimension of an operand other than K: M for activations, N for weights. */
    private static GemmDim outerDim(Operand operand) {
        return operand == Operand.ACTIVATION ? GemmDim.M : GemmDim.N;
    }

    @Override
    public final GemmDim rowDim() {
        return GemmDim.K;
    }

    @Override
    public final GemmDim colDim() {
        return outerDim(stationary);
    }

    @Override
    public final GemmDim streamDim() {
        return outerDim(stream);
    }

    @Override
    public final boolean outerLoopOverColumns() {
        return true;
    }

    @Override
    public final long span(int rows, int cols, long streamLength) {
        return 2L * rows + cols + streamLength - 2;
    }

    /** Double-buffered: the next preload may start once the last PE switched (TIMING.md). */
    @Override
    public final long spacing(int rows, int cols, long streamLength, boolean overlap) {
        return overlap ? Math.max(streamLength, 2L * rows + cols - 1) : span(rows, cols, streamLength);
    }

    @Override
    public final long streamDelay(int rows) {
        return rows;
    }

    /**
     * Its start in no-overlap mode and for fold 0; otherwise right after the last PE switched to
     * the previous fold, b_{f-1} + R + C - 1, which is up to T - (2R + C - 1) cycles before the
     * fold's start when T is long.
     */
    @Override
    public final long preloadStart(FoldSchedule s, int fold) {
        if (fold == 0 || !s.array().overlap()) {
            return s.start(fold);
        }
        return s.base(fold - 1) + s.array().rows() + s.array().cols() - 1;
    }

    @Override
    public final void countFold(FoldSchedule s, int fold, WeightKindCounts kinds, long[] kindTotals, ArrayStats stats) {
        int rows = s.array().rows();
        int cols = s.array().cols();
        int ur = s.usedRows(fold);
        int uc = s.usedCols(fold);
        long T = s.streamLength();
        long[] tile = new long[MacKind.COUNT];
        if (stationary == Operand.WEIGHT) {
            // Each of the fold's ur x uc weights meets all T streamed activations.
            kinds.addTile(s.colTile(fold) * cols, uc, s.rowTile(fold), tile);
            for (int kind = 0; kind < MacKind.COUNT; kind++) {
                kindTotals[kind] += tile[kind] * T;
            }
        } else {
            // Each streamed weight of the k-tile (all N channels) meets the uc used columns.
            kinds.addTile(0, s.gemm().n(), s.rowTile(fold), tile);
            for (int kind = 0; kind < MacKind.COUNT; kind++) {
                kindTotals[kind] += tile[kind] * uc;
            }
        }
        stats.addRegWrites(stream, (long) ur * cols * T);
        stats.addRegPsum((long) rows * cols * T);
        stats.addRegWrites(stationary, (long) rows * cols * (rows + 1));
        stats.addReads(stream, ur * T);
        stats.addReads(stationary, (long) ur * uc);
        stats.addOutputWrites(uc * T);
        if (s.rowTile(fold) > 0) {
            stats.addOutputReads(uc * T);
        }
    }

    @Override
    public final CycleAccurateArray cycleArray(ProductTable table, FoldSchedule schedule, CodeMatrix activations,
                                               CodeMatrix weights, ArrayStats stats) {
        return new StationaryCycleArray(table, schedule, activations, weights, stats, stationary);
    }

    @Override
    public final String counterMeaning(String counter) {
        if (counter.equals("reg." + stationary.label())) {
            return stationary.label() + " register writes: shadow-chain shifts during preload plus shadow->active copies";
        }
        if (counter.equals("reg." + stream.label())) {
            return stream.label() + " register writes (real " + stream.label() + "s moving right)";
        }
        return "partial-sum register writes (every PE-cycle holding a stream slot)";
    }

    /**
     * The streamed operand's forwarding register (code + valid + first), the stationary operand's active
     * register (code + valid) and, double-buffered, its shadow; and the psum's valid flag.
     */
    @Override
    public final PeRegisters registers(MacDesign design, boolean overlap) {
        int streamBits = bits(design, stream) + PeRegisters.STATIONARY_STREAM_FLAGS;
        int stationaryBits = bits(design, stationary) + 1;
        int copies = overlap ? 2 : 1;
        int accumulator = design.accumulator().width() + 1;
        boolean weightStationary = stationary == Operand.WEIGHT;
        return new PeRegisters(weightStationary ? streamBits : stationaryBits, weightStationary ? stationaryBits : streamBits,
                1, accumulator, 0, streamBits + copies * stationaryBits + 1);
    }

    static int bits(MacDesign design, Operand operand) {
        return operand == Operand.ACTIVATION ? design.activationFormat().bits() : design.weightFormat().bits();
    }

    @Override
    public final int tile(Operand operand, FoldSchedule s, int fold) {
        return operand == stationary ? fold : s.rowTile(fold);
    }

    @Override
    public final int tiles(Operand operand, FoldSchedule s) {
        return operand == stationary ? s.folds() : s.rowTiles();
    }

    /** Stationary: the fold's ur x uc block; streamed: the k-tile's T x ur slice. */
    @Override
    public final long tileElements(Operand operand, FoldSchedule s, int fold) {
        return operand == stationary ? (long) s.usedRows(fold) * s.usedCols(fold) : (long) s.streamLength() * s.usedRows(fold);
    }

    @Override
    public final boolean startsOutputTile(FoldSchedule s, int fold) {
        return s.rowTile(fold) == 0;
    }

    @Override
    public final boolean completesOutputTile(FoldSchedule s, int fold) {
        return s.rowTile(fold) == s.rowTiles() - 1;
    }

    /** The column tile's T x uc partial sums, complete after its last k-tile. */
    @Override
    public final long outputTileElements(FoldSchedule s, int fold) {
        return (long) s.streamLength() * s.usedCols(fold);
    }

    /** Streamed operand and partial sums (written, and read back after the first k-tile) each cycle; preload: uc a cycle. */
    @Override
    public final List<BufferPhase> bufferPhases(FoldSchedule s, int fold) {
        long T = s.streamLength();
        int uc = s.usedCols(fold);
        return List.of(new BufferPhase(stream.buffer(), T, s.usedRows(fold)),
                new BufferPhase(BufferPhase.Buffer.OUTPUT, T, (long) uc * (s.rowTile(fold) > 0 ? 2 : 1)),
                new BufferPhase(stationary.buffer(), s.array().rows(), uc));
    }
}
