package dintsim.sim.mem;

import dintsim.models.param.Parameter;
import dintsim.models.param.ParameterGroup;
import java.util.List;

/**
 * One on-chip SRAM buffer.
 *
 * @param sizeBytes     capacity in bytes (> 0)
 * @param banks         independent banks (> 0); each serves one access per cycle
 * @param bankWidthBits bits per bank access (> 0); bandwidth = banks x bankWidthBits per cycle
 */
public record BufferConfig(long sizeBytes, int banks, int bankWidthBits) {
    /** Sanity bounds: 1 GiB of SRAM, 1024 banks, 4096-bit ports are beyond any array dintsim models. */
    public static final Parameter<Double> SIZE_KIB = Parameter.positive("sizeKiB", "capacity", "KiB", 256.0, 1024 * 1024);
    public static final Parameter<Integer> BANKS = Parameter.integer("banks",
            "independent banks, one access per cycle each", "banks", 8, 1, 1024);
    public static final Parameter<Integer> BANK_WIDTH_BITS = Parameter.integer("bankWidthBits", "bits per bank access",
            "bits", 64, 1, 4096);

    public BufferConfig {
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("buffer: field 'sizeKiB' must be positive, got " + sizeBytes + " bytes");
        }
        SIZE_KIB.check(sizeBytes / 1024.0, "buffer: field 'sizeKiB'");
        BANKS.check(banks, "buffer: field 'banks'");
        BANK_WIDTH_BITS.check(bankWidthBits, "buffer: field 'bankWidthBits'");
    }

    /**
     * The parameters of one named buffer with its own defaults, e.g. {@code buffers.input}.
     */
    public static ParameterGroup parameters(String path, String title, double sizeKiB, int banks, int bankWidthBits) {
        return new ParameterGroup(path, title, List.of(SIZE_KIB.withDefault(sizeKiB), BANKS.withDefault(banks),
                BANK_WIDTH_BITS.withDefault(bankWidthBits)));
    }

    /**
     * The buffer a file's object describes ({@code node}; null: the group's defaults), errors
     * naming {@code source} and the field.
     */
    public static BufferConfig read(ParameterGroup group, com.fasterxml.jackson.databind.JsonNode node, String source) {
        group.checkFields(node, source);
        double kib = group.read(SIZE_KIB, node, source);
        long bytes = (long) Math.floor(kib * 1024);
        if (bytes <= 0) {
            throw new IllegalArgumentException(source + ": field '" + group.qualified(SIZE_KIB) + "' is " + kib
                    + ", less than one byte");
        }
        return new BufferConfig(bytes, group.read(BANKS, node, source), group.read(BANK_WIDTH_BITS, node, source));
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
