package dintsim.rtl.verilator;

import dintsim.models.golden.CodeMatrix;
import dintsim.rtl.emit.ArrayConfig;
import dintsim.rtl.emit.ArrayEdges;
import dintsim.rtl.gen.MacPlan;
import dintsim.sim.hw.array.FoldSchedule;
import dintsim.sim.hw.array.GemmShape;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The stimulus file array_tb.cpp replays. The fold schedule is {@link FoldSchedule}'s (TIMING.md),
 * written here once; the testbench replays it and derives no timing of its own. The operands come
 * oriented for the array's edges ({@link ArrayEdges}): L enters the left edge, P the top edge.
 * Little-endian:
 * <ul>
 * <li>magic {@code "DARRST2\0"};</li>
 * <li>int32 header: structure (1 stationary: P is preloaded and held, partial sums flow down;
 *     0 output-stationary: P streams down), doubleBuffered (0/1), R, C, M, N (the output is
 *     M x N, row-major), K, rowsL, rowsP, bitsL, bitsP, activationBits, weightBits,
 *     accumulatorWidth, productWidth, strideL, strideP, T (cycles each fold streams), F (folds);</li>
 * <li>F fold records: int64 base (the cycle the fold's first stream slot enters PE(0,0), unskewed),
 *     int64 preloadStart (first preload cycle; stationary only, R cycles long), int32 rowTile,
 *     int32 colTile, int32 flags (bit 0: the fold continues the partial sums of an earlier fold, read
 *     back at the top; bit 1: the fold completes its outputs);</li>
 * <li>L codes (rowsL x K) then P codes (rowsP x K), one byte each, row-major.</li>
 * </ul>
 * The output combining row i of L with row j of P is O[i * strideL + j * strideP]. Stationary:
 * stream slot t of a fold carries row t of L (row r gets column rowTile * R + r) and column c holds
 * row colTile * C + c of P; output-stationary: PE row r streams row rowTile * R + r of L and PE
 * column c row colTile * C + c of P, K in time.
 */
public final class ArrayStimulus {
    static final int CONTINUES = 1;
    static final int COMPLETES = 2;
    private static final int HEADER_FIELDS = 19;
    private static final int FOLD_BYTES = 8 + 8 + 4 + 4 + 4;

    private ArrayStimulus() {
    }

    public static void write(Path file, MacPlan plan, ArrayConfig config, CodeMatrix activations, CodeMatrix weights)
            throws IOException {
        if (activations.cols() != weights.cols()) {
            throw new IllegalArgumentException("stimulus " + file + ": activations have K = " + activations.cols()
                    + " but weights have K = " + weights.cols());
        }
        int n = weights.rows();
        FoldSchedule s = new FoldSchedule(config.shape(), new GemmShape(activations.rows(), activations.cols(), n));
        ArrayEdges edges = ArrayEdges.of(config.dataflow());
        CodeMatrix left = ArrayEdges.matrix(edges.left(), activations, weights);
        CodeMatrix top = ArrayEdges.matrix(edges.top(), activations, weights);
        int folds = s.folds();
        ByteBuffer head = ByteBuffer.allocate(8 + HEADER_FIELDS * 4 + folds * FOLD_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        head.put(new byte[] {'D', 'A', 'R', 'R', 'S', 'T', '2', 0});
        int[] fields = {edges.stationary() ? 1 : 0, config.doubleBuffered() ? 1 : 0, config.rows(), config.cols(),
            activations.rows(), n, activations.cols(), left.rows(), top.rows(), ArrayEdges.bits(edges.left(), plan),
            ArrayEdges.bits(edges.top(), plan), plan.activationBits(), plan.weightBits(), plan.accumulator().width(),
            plan.productWidth(), ArrayEdges.outputStride(edges.left(), n), ArrayEdges.outputStride(edges.top(), n),
            s.streamLength(), folds};
        for (int f : fields) {
            head.putInt(f);
        }
        for (int f = 0; f < folds; f++) {
            head.putLong(s.base(f));
            head.putLong(s.preloadStart(f));
            head.putInt(s.rowTile(f));
            head.putInt(s.colTile(f));
            head.putInt((config.dataflow().startsOutputTile(s, f) ? 0 : CONTINUES)
                    | (config.dataflow().completesOutputTile(s, f) ? COMPLETES : 0));
        }
        head.flip();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(head);
            ch.write(ByteBuffer.wrap(left.codes()));
            ch.write(ByteBuffer.wrap(top.codes()));
        }
    }
}
