package dintsim.models.golden;

import static dintsim.models.golden.PairLayout.INTS;
import static dintsim.models.golden.PairLayout.SHORTS;

import java.util.Arrays;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;

/**
 * One register tile of the pair kernel: TILE_ROWS (4) rows of A times one weight panel
 * (TILE_VECTORS (2) vectors of output columns), over the whole K, written to a 4 x PANEL_COLS
 * int tile.
 *
 * <p>Exactness: a lane holds products of one output and one k parity. In the narrow path they are
 * summed in 16-bit lanes for at most {@code chunk} pair steps, then each lane pair is
 * sign-extended and added into a 32-bit lane. The caller picks {@code chunk} so that
 * chunk * max|a| * max|w| <= 32767. The wide path (int8 weights) widens after every step; one
 * product of bytes (at most 128 * 128 = 16384) always fits in 16 bits. 32-bit sums wrap modulo
 * 2^32 and so are exact whenever the final sum fits in an int (the caller's guarantee).
 *
 * <p>JIT notes (JDK 17 C2, checked with -XX:+PrintInlining and allocation counts):
 * accumulators are scalar variables, not arrays, so that they stay in vector registers. Each
 * Vector API call expands to many IR nodes; in a larger method C2 stops inlining
 * (NodeCountInliningCutoff) and a vector handed to a call that is not inlined is boxed, an
 * allocation per call that made the kernel up to ten times slower, depending on which frames C2
 * happened to compile first. So no method here takes or returns a vector (results go through
 * arrays), and each does a small amount of vector work in one loop. The Vector API's own
 * methods are force-inlined and exempt from the cutoff.
 */
final class PairTileKernel {
    /** Below this many pair steps per 16-bit chunk, widening after every step is faster. */
    static final int MIN_NARROW_CHUNK = 4;

    private static final int SL = SHORTS.length();
    private static final int IL = INTS.length();
    private static final int COLS = PairLayout.PANEL_COLS;
    private static final int STEP = 2 * COLS;

    private PairTileKernel() {
    }

    /**
     * Computes rows [row, row+4) of A (packed in ap, aStride pairs per row) times the weight panel
     * starting at wBase in wp, over {@code pairs} k pairs, into {@code tile} (row-major 4 x
     * PANEL_COLS), summing {@code chunk} pair steps in 16 bits before widening.
     */
    static void compute(int[] ap, int aStride, int row, short[] wp, int wBase, int pairs, int chunk, Scratch scratch) {
        int aBase = row * aStride;
        int[] tile = scratch.tile;
        if (chunk < MIN_NARROW_CHUNK) {
            for (int v = 0; v < PairLayout.TILE_VECTORS; v++) {
                wide(ap, aBase, aStride, wp, wBase + v * SL, pairs, tile, v * IL);
            }
            return;
        }
        Arrays.fill(tile, 0);
        for (int p0 = 0; p0 < pairs; p0 += chunk) {
            narrowChunk(ap, aBase, aStride, wp, wBase, p0, Math.min(pairs, p0 + chunk), scratch.partial);
            widenInto(scratch.partial, tile);
        }
    }

    /** Per-thread buffers of one tile: the int results and one chunk's 16-bit partial sums. */
    static final class Scratch {
        final int[] tile = new int[PairLayout.TILE_ROWS * COLS];
        final short[] partial = new short[PairLayout.TILE_ROWS * PairLayout.TILE_VECTORS * SL];
    }

    /**
     * partial = the sums over pair steps [p0, p1) in 16-bit lanes, vector r * TILE_VECTORS + c
     * for tile row r and column vector c.
     */
    private static void narrowChunk(int[] ap, int aBase, int aStride, short[] wp, int wBase, int p0, int p1,
            short[] partial) {
        int a0 = aBase;
        int a1 = a0 + aStride;
        int a2 = a1 + aStride;
        int a3 = a2 + aStride;
        ShortVector s00 = ShortVector.zero(SHORTS);
        ShortVector s01 = s00;
        ShortVector s10 = s00;
        ShortVector s11 = s00;
        ShortVector s20 = s00;
        ShortVector s21 = s00;
        ShortVector s30 = s00;
        ShortVector s31 = s00;
        int wi = wBase + p0 * STEP;
        for (int p = p0; p < p1; p++, wi += STEP) {
            ShortVector w0 = ShortVector.fromArray(SHORTS, wp, wi);
            ShortVector w1 = ShortVector.fromArray(SHORTS, wp, wi + SL);
            ShortVector x0 = IntVector.broadcast(INTS, ap[a0 + p]).reinterpretAsShorts();
            s00 = s00.add(x0.mul(w0));
            s01 = s01.add(x0.mul(w1));
            ShortVector x1 = IntVector.broadcast(INTS, ap[a1 + p]).reinterpretAsShorts();
            s10 = s10.add(x1.mul(w0));
            s11 = s11.add(x1.mul(w1));
            ShortVector x2 = IntVector.broadcast(INTS, ap[a2 + p]).reinterpretAsShorts();
            s20 = s20.add(x2.mul(w0));
            s21 = s21.add(x2.mul(w1));
            ShortVector x3 = IntVector.broadcast(INTS, ap[a3 + p]).reinterpretAsShorts();
            s30 = s30.add(x3.mul(w0));
            s31 = s31.add(x3.mul(w1));
        }
        s00.intoArray(partial, 0);
        s01.intoArray(partial, SL);
        s10.intoArray(partial, 2 * SL);
        s11.intoArray(partial, 3 * SL);
        s20.intoArray(partial, 4 * SL);
        s21.intoArray(partial, 5 * SL);
        s30.intoArray(partial, 6 * SL);
        s31.intoArray(partial, 7 * SL);
    }

    /**
     * tile += widened partial sums. Partial vector v holds 16-bit pairs of tile row v / 2, column
     * vector v % 2, which is exactly tile offset v * IL since a tile row is two vectors wide.
     */
    private static void widenInto(short[] partial, int[] tile) {
        for (int v = 0; v < partial.length / SL; v++) {
            int at = v * IL;
            IntVector pairs = ShortVector.fromArray(SHORTS, partial, v * SL).reinterpretAsInts();
            IntVector.fromArray(INTS, tile, at)
                    .add(pairs.lanewise(VectorOperators.LSHL, 16).lanewise(VectorOperators.ASHR, 16))
                    .add(pairs.lanewise(VectorOperators.ASHR, 16))
                    .intoArray(tile, at);
        }
    }

    /**
     * tile column vector at {@code at} = the sums over all pair steps of one weight vector column,
     * each step's products widened to 32 bits at once. One column vector per call keeps the
     * method small enough for C2 to inline every vector operation.
     */
    private static void wide(int[] ap, int aBase, int aStride, short[] wp, int wBase, int pairs, int[] tile, int at) {
        int a0 = aBase;
        int a1 = a0 + aStride;
        int a2 = a1 + aStride;
        int a3 = a2 + aStride;
        IntVector i0 = IntVector.zero(INTS);
        IntVector i1 = i0;
        IntVector i2 = i0;
        IntVector i3 = i0;
        int wi = wBase;
        for (int p = 0; p < pairs; p++, wi += STEP) {
            ShortVector w = ShortVector.fromArray(SHORTS, wp, wi);
            // Each product pair widened as in widenInto (written out: no vector crosses a call).
            IntVector q0 = IntVector.broadcast(INTS, ap[a0 + p]).reinterpretAsShorts().mul(w).reinterpretAsInts();
            i0 = i0.add(q0.lanewise(VectorOperators.LSHL, 16).lanewise(VectorOperators.ASHR, 16))
                    .add(q0.lanewise(VectorOperators.ASHR, 16));
            IntVector q1 = IntVector.broadcast(INTS, ap[a1 + p]).reinterpretAsShorts().mul(w).reinterpretAsInts();
            i1 = i1.add(q1.lanewise(VectorOperators.LSHL, 16).lanewise(VectorOperators.ASHR, 16))
                    .add(q1.lanewise(VectorOperators.ASHR, 16));
            IntVector q2 = IntVector.broadcast(INTS, ap[a2 + p]).reinterpretAsShorts().mul(w).reinterpretAsInts();
            i2 = i2.add(q2.lanewise(VectorOperators.LSHL, 16).lanewise(VectorOperators.ASHR, 16))
                    .add(q2.lanewise(VectorOperators.ASHR, 16));
            IntVector q3 = IntVector.broadcast(INTS, ap[a3 + p]).reinterpretAsShorts().mul(w).reinterpretAsInts();
            i3 = i3.add(q3.lanewise(VectorOperators.LSHL, 16).lanewise(VectorOperators.ASHR, 16))
                    .add(q3.lanewise(VectorOperators.ASHR, 16));
        }
        i0.intoArray(tile, at);
        i1.intoArray(tile, at + COLS);
        i2.intoArray(tile, at + 2 * COLS);
        i3.intoArray(tile, at + 3 * COLS);
    }
}
