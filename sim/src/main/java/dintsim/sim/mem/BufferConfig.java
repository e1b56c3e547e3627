package dintsim.sim.mem;

/**
 * One on-chip SRAM buffer.
 *
 * @param sizeBytes     capacity in bytes (> 0)
 * @param banks         independent banks (> 0); each serves one access per cycle
 * @param bankWidthBits bits per bank access (> 0); bandwidth = banks x bankWidthBits per cycle
 */
public record BufferConfig(long sizeBytes, int banks, int bankWidthBits) {
    public BufferConfig {
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("buffer: field 'sizeKiB' must be positive, got " + sizeBytes + " bytes");
        }
        if (banks <= 0) {
            throw new IllegalArgumentException("buffer: field 'banks' must be positive, got " + banks);
        }
        if (bankWidthBits <= 0) {
            throw new IllegalArgumentException("buffer: field 'bankWidthBits' must be positive, got " + bankWidthBits);
        }
    }

    /** Bits the buffer can deliver (or accept) per cycle. */
    public long bitsPerCycle() {
        return (long) banks * bankWidthBits;
    }

    /** Capacity of one bank (what sets the energy per access). */
    public long bankBytes() {
        return Math.max(1, sizeBytes / banks);
    }
}
