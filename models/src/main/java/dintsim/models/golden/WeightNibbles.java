package dintsim.models.golden;

import java.util.stream.IntStream;

/**
 * Byte weights split into nibbles for the narrow 16-bit pair kernel: w = 16 * high + low with
 * high = w >> 4 in [-8, 7] and low = w & 15 in [0, 15]. An int8 weight times an int8 activation
 * (up to 128 * 128 = 16384) leaves room for only one product in a 16-bit lane; a nibble's
 * product (at most 128 * 15 = 1920) leaves room for 17, so the kernel widens once per 17 pair
 * steps instead of after every step.
 */
final class WeightNibbles {
    private final byte[] high;
    private final byte[] low;

    WeightNibbles(byte[] w) {
        high = new byte[w.length];
        low = new byte[w.length];
        for (int i = 0; i < w.length; i++) {
            high[i] = (byte) (w[i] >> 4);
            low[i] = (byte) (w[i] & 15);
        }
    }

    byte[] high() {
        return high;
    }

    byte[] low() {
        return low;
    }

    /**
     * True when activations up to {@code maxAbsA} times either nibble take the narrow path (the low
     * nibble's 15 is the larger factor); never for fewer pairs than a narrow chunk.
     */
    static boolean narrowEnough(int maxAbsA, int pairs) {
        return VectorIntGemm.chunkPairs(maxAbsA, 15, pairs) >= PairTileKernel.MIN_NARROW_CHUNK;
    }

    /** highOut = 16 * highOut + lowOut, lane for lane (wrapping, as the kernel's sums do). */
    static void combine(int[] highOut, int[] lowOut) {
        IntStream.range(0, (highOut.length + 4095) / 4096).parallel().forEach(b -> {
            int end = Math.min(highOut.length, (b + 1) * 4096);
            for (int i = b * 4096; i < end; i++) {
                highOut[i] = (highOut[i] << 4) + lowOut[i];
            }
        });
    }
}
