package dintsim.traces.io;

/**
 * Packs codes of b bits (1..8) into a little-endian bit stream: code i occupies bits
 * [i*b, (i+1)*b) counted from bit 0 of byte 0, low bits first. For b = 4 this is two codes per
 * byte, code 2j in the low nibble of byte j; for b = 8, one code per byte. Unused bits of the
 * last byte are zero.
 */
public final class CodePacking {
    private CodePacking() {
    }

    /** Bytes needed for {@code count} codes of {@code bits} bits. */
    public static long packedLength(long count, int bits) {
        return (count * bits + 7) / 8;
    }

    public static byte[] pack(byte[] codes, int bits) {
        byte[] out = new byte[Math.toIntExact(packedLength(codes.length, bits))];
        if (bits == 8) {
            System.arraycopy(codes, 0, out, 0, codes.length);
        } else if (bits == 4) {
            for (int i = 0; i < codes.length; i += 2) {
                int lo = codes[i] & 0x0F;
                int hi = i + 1 < codes.length ? codes[i + 1] & 0x0F : 0;
                out[i >> 1] = (byte) (lo | hi << 4);
            }
        } else {
            long bit = 0;
            for (byte c : codes) {
                int v = c & ((1 << bits) - 1);
                for (int j = 0; j < bits; j++, bit++) {
                    if ((v >> j & 1) != 0) {
                        out[(int) (bit >> 3)] |= (byte) (1 << (bit & 7));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Unpacks {@code count} codes from {@code src[offset ..]}. Returns -1-i if padding bit i (of
     * the last byte, counted from bit 0) is set, so the caller can report where; otherwise fills
     * {@code out} and returns 0.
     */
    public static int unpack(byte[] src, int offset, int count, int bits, byte[] out) {
        if (bits == 8) {
            System.arraycopy(src, offset, out, 0, count);
            return 0;
        }
        if (bits == 4) {
            int pairs = count >> 1;
            for (int j = 0; j < pairs; j++) {
                int b = src[offset + j];
                out[2 * j] = (byte) (b & 0x0F);
                out[2 * j + 1] = (byte) (b >> 4 & 0x0F);
            }
            if ((count & 1) != 0) {
                int b = src[offset + pairs];
                out[count - 1] = (byte) (b & 0x0F);
                if ((b & 0xF0) != 0) {
                    return -1 - Integer.numberOfTrailingZeros(b & 0xF0);
                }
            }
            return 0;
        }
        long bit = 0;
        for (int i = 0; i < count; i++) {
            int v = 0;
            for (int j = 0; j < bits; j++, bit++) {
                v |= (src[offset + (int) (bit >> 3)] >> (bit & 7) & 1) << j;
            }
            out[i] = (byte) v;
        }
        int usedInLast = (int) (bit & 7);
        if (usedInLast != 0) {
            int last = src[offset + (int) (bit >> 3)] & 0xFF;
            int padding = last >> usedInLast;
            if (padding != 0) {
                return -1 - (usedInLast + Integer.numberOfTrailingZeros(padding));
            }
        }
        return 0;
    }
}
