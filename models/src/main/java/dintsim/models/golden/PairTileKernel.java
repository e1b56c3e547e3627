package dintsim.models.golden;

import static dintsim.models.golden.PairLayout.INTS;
import static dintsim.models.golden.PairLayout.SHORTS;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;

/**
 * One register tile of the pair kernel: TILE_ROWS (4) rows of A times one weight panel
 * (TILE_VECTORS (2) vectors of output columns), over the whole K.
 *
 * <p>Exactness: products are accumulated in 16-bit lanes for at most {@code chunk} pair steps,
 * then each lane pair is sign-extended and added into a 32-bit lane. The caller picks
 * {@code chunk} so that chunk * max|a| * max|w| <= 32767; since |a|, |w| <= 128, one product
 * (at most 16384) always fits, so chunk >= 1 exists for every byte input. 32-bit sums wrap
 * modulo 2^32 and are therefore exact whenever the final sum fits in an int (the caller's
 * guarantee), whatever the order.
 *
 * <p>The tile is written out as scalar variables, not arrays, so that the JIT keeps all 16
 * accumulators in vector registers.
 */
final class PairTileKernel {
    private static final int SL = SHORTS.length();
    private static final int STEP = 2 * PairLayout.PANEL_COLS;

    private PairTileKernel() {
    }

    /**
     * Computes out tile rows [row, row+4) x panel columns into {@code tile} (4 x PANEL_COLS ints,
     * row-major): ap holds the packed A, aStride its pairs per row; wp the packed weights with the
     * panel starting at wBase; pairs the number of k pairs.
     */
    static void compute(int[] ap, int aStride, int row, short[] wp, int wBase, int pairs, int chunk, int[] tile) {
        IntVector i00 = IntVector.zero(INTS);
        IntVector i01 = i00;
        IntVector i10 = i00;
        IntVector i11 = i00;
        IntVector i20 = i00;
        IntVector i21 = i00;
        IntVector i30 = i00;
        IntVector i31 = i00;
        int a0 = row * aStride;
        int a1 = a0 + aStride;
        int a2 = a1 + aStride;
        int a3 = a2 + aStride;
        ShortVector zero = ShortVector.zero(SHORTS);
        for (int p0 = 0; p0 < pairs; p0 += chunk) {
            int p1 = Math.min(pairs, p0 + chunk);
            ShortVector s00 = zero;
            ShortVector s01 = zero;
            ShortVector s10 = zero;
            ShortVector s11 = zero;
            ShortVector s20 = zero;
            ShortVector s21 = zero;
            ShortVector s30 = zero;
            ShortVector s31 = zero;
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
            i00 = i00.add(widenPairs(s00));
            i01 = i01.add(widenPairs(s01));
            i10 = i10.add(widenPairs(s10));
            i11 = i11.add(widenPairs(s11));
            i20 = i20.add(widenPairs(s20));
            i21 = i21.add(widenPairs(s21));
            i30 = i30.add(widenPairs(s30));
            i31 = i31.add(widenPairs(s31));
        }
        int il = INTS.length();
        int cols = PairLayout.PANEL_COLS;
        i00.intoArray(tile, 0);
        i01.intoArray(tile, il);
        i10.intoArray(tile, cols);
        i11.intoArray(tile, cols + il);
        i20.intoArray(tile, 2 * cols);
        i21.intoArray(tile, 2 * cols + il);
        i30.intoArray(tile, 3 * cols);
        i31.intoArray(tile, 3 * cols + il);
    }

    /** Sign-extends both 16-bit halves of every 32-bit lane and adds them. */
    static IntVector widenPairs(ShortVector s) {
        IntVector v = s.reinterpretAsInts();
        return v.lanewise(VectorOperators.LSHL, 16).lanewise(VectorOperators.ASHR, 16)
                .add(v.lanewise(VectorOperators.ASHR, 16));
    }
}
