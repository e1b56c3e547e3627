package dintsim.rtl.verilator;

import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.OverflowPolicy;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes MAC test vectors with the Java model's expected results (the golden is
 * {@link MacDesign#product} and {@link AccumulatorSpec#add}), in the stream format mac_tb.cpp
 * reads: header {@code "DMACV1\0\0"}, int32 productWidth, accWidth, weightBits, activationBits;
 * then per vector: u8 weight code, u8 activation code, u8 ctl (bit 0 clear, bit 1 load),
 * [int32 loadValue if load], int32 expected product, int32 expected accumulator after the step,
 * u8 expected flags (bit 0 this step overflowed, bit 1 sticky overflow). Little-endian.
 *
 * <p>Vectors, in order: every valid (weight, activation) pair from a cleared accumulator; every
 * weight code x activation extremes on loaded values at the accumulator's boundaries; then
 * random runs (uniform pairs, and same-sign runs of large products that drive the accumulator
 * into overflow) from the seed.
 */
public final class MacVectorStream {
    private final MacDesign design;
    private final AccumulatorSpec spec;
    private final int productWidth;
    private final int[] weightCodes;
    private final int[] activationCodes;
    private final DataOutputStream out;
    private final byte[] buf = new byte[19];
    private long acc;
    private boolean sticky;
    private long written;

    public MacVectorStream(MacDesign design, int productWidth, OutputStream sink) {
        this.design = design;
        this.spec = design.accumulator();
        this.productWidth = productWidth;
        this.weightCodes = validCodes(design.weightFormat());
        this.activationCodes = validCodes(design.activationFormat());
        this.out = new DataOutputStream(sink);
    }

    private static int[] validCodes(dintsim.models.format.NumberFormat f) {
        return f.codePoints().stream().mapToInt(dintsim.models.format.CodePoint::code).toArray();
    }

    /** Writes the header, the edge cases and {@code randomVectors} random vectors; returns the count. */
    public long writeAll(long randomVectors, long seed) throws IOException {
        header();
        exhaustivePairs();
        boundaries();
        random(randomVectors, seed);
        out.flush();
        return written;
    }

    private void header() throws IOException {
        out.write(new byte[] {'D', 'M', 'A', 'C', 'V', '1', 0, 0});
        for (int v : new int[] {productWidth, spec.width(), design.weightFormat().bits(), design.activationFormat().bits()}) {
            out.writeInt(Integer.reverseBytes(v));
        }
    }

    private void exhaustivePairs() throws IOException {
        for (int w : weightCodes) {
            for (int a : activationCodes) {
                step(w, a, 1, 0);
            }
        }
    }

    /** Activation codes with the extreme, smallest and zero fixed values. */
    private List<Integer> extremeActivations() {
        var f = design.activationFormat();
        List<Integer> picks = new ArrayList<>();
        int lo = activationCodes[0];
        int hi = activationCodes[0];
        int small = activationCodes[0];
        for (int a : activationCodes) {
            lo = f.fixedValue(a) < f.fixedValue(lo) ? a : lo;
            hi = f.fixedValue(a) > f.fixedValue(hi) ? a : hi;
            small = Math.abs(f.fixedValue(a)) < Math.abs(f.fixedValue(small)) && f.fixedValue(a) != 0 ? a : small;
        }
        for (int a : activationCodes) {
            int v = f.fixedValue(a);
            if (a == lo || a == hi || a == small || v == 0 || v == -f.fixedValue(small)) {
                picks.add(a);
            }
        }
        return picks;
    }

    private void boundaries() throws IOException {
        long[] bases = {spec.max(), spec.max() - 1, spec.min(), spec.min() + 1, 0, -1, 1};
        for (int w : weightCodes) {
            for (int a : extremeActivations()) {
                long p = design.product(w, a);
                List<Long> loads = new ArrayList<>();
                for (long b : bases) {
                    loads.add(b);
                }
                // Just inside and just outside the range after adding p.
                loads.add(spec.max() - p);
                loads.add(spec.max() - p + 1);
                loads.add(spec.min() - p);
                loads.add(spec.min() - p - 1);
                for (long b : loads) {
                    if (spec.fits(b)) {
                        step(w, a, 2, b);
                    }
                }
            }
        }
    }

    private void random(long count, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] bigPositive = largeProductPairs(true);
        int[] bigNegative = largeProductPairs(false);
        long done = 0;
        while (done < count) {
            int run = 1 + rnd.nextInt(rnd.nextBoolean() ? 16 : 1 << Math.min(20, spec.width()));
            int mode = rnd.nextInt(4); // 0,1: uniform; 2: large positive; 3: large negative
            for (int i = 0; i < run && done < count; i++, done++) {
                int w;
                int a;
                int[] pool = mode == 2 ? bigPositive : mode == 3 ? bigNegative : null;
                if (pool != null && pool.length > 0 && rnd.nextInt(8) != 0) {
                    int pick = pool[rnd.nextInt(pool.length)];
                    w = pick >>> 16;
                    a = pick & 0xFFFF;
                } else {
                    w = weightCodes[rnd.nextInt(weightCodes.length)];
                    a = activationCodes[rnd.nextInt(activationCodes.length)];
                }
                int ctl = i == 0 ? 1 : 0;
                if (i == 0 && rnd.nextInt(4) == 0) {
                    step(w, a, 2, spec.min() + (long) (rnd.nextDouble() * ((double) spec.max() - spec.min())));
                } else {
                    step(w, a, ctl, 0);
                }
            }
        }
    }

    /** (w << 16 | a) pairs whose product is at least a quarter of the largest of that sign. */
    private int[] largeProductPairs(boolean positive) {
        long best = 0;
        for (int w : weightCodes) {
            for (int a : activationCodes) {
                long p = design.product(w, a);
                best = positive ? Math.max(best, p) : Math.min(best, p);
            }
        }
        List<Integer> pairs = new ArrayList<>();
        for (int w : weightCodes) {
            for (int a : activationCodes) {
                long p = design.product(w, a);
                if (best != 0 && (positive ? p * 4 >= best : p * 4 <= best) && (positive ? p > 0 : p < 0)) {
                    pairs.add(w << 16 | a);
                }
            }
        }
        return pairs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One vector: ctl 1 = clear, 2 = load {@code loadValue}; computes the expected results. */
    private void step(int w, int a, int ctl, long loadValue) throws IOException {
        long product = design.product(w, a);
        boolean restart = ctl != 0;
        long base = ctl == 2 ? loadValue : ctl == 1 ? 0 : acc;
        long exact = base + product;
        boolean overflow = !spec.fits(exact);
        // ERROR designs: the RTL wraps and raises the sticky flag; the Java model would stop here.
        acc = spec.overflow() == OverflowPolicy.ERROR ? (overflow ? spec.wrap(exact) : exact)
                : spec.add(base, product, () -> "MAC vector");
        sticky = (!restart && sticky) || overflow;
        int n = 0;
        buf[n++] = (byte) w;
        buf[n++] = (byte) a;
        buf[n++] = (byte) ctl;
        if (ctl == 2) {
            n = putInt(n, (int) loadValue);
        }
        n = putInt(n, (int) product);
        n = putInt(n, (int) acc);
        buf[n++] = (byte) ((overflow ? 1 : 0) | (sticky ? 2 : 0));
        out.write(buf, 0, n);
        written++;
    }

    private int putInt(int at, int v) {
        buf[at] = (byte) v;
        buf[at + 1] = (byte) (v >>> 8);
        buf[at + 2] = (byte) (v >>> 16);
        buf[at + 3] = (byte) (v >>> 24);
        return at + 4;
    }
}
