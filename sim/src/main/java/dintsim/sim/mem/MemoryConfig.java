package dintsim.sim.mem;

import dintsim.models.param.Parameter;
import dintsim.models.param.ParameterGroup;
import java.util.List;

/**
 * The memory system around the array: three SRAM buffers and a DRAM channel.
 *
 * @param input             activations
 * @param weight            weights
 * @param output            partial sums / outputs (accumulator width per element)
 * @param dramBytesPerCycle DRAM bandwidth in bytes per array cycle (> 0), shared by reads and writes
 */
public record MemoryConfig(BufferConfig input, BufferConfig weight, BufferConfig output, double dramBytesPerCycle) {
    /** Defaults: buffers that hold 2048-token tiles of a 32 x 32 array, a 32-byte-per-cycle DRAM channel. */
    public static final ParameterGroup INPUT = BufferConfig.parameters("buffers.input", "activation (input) buffer", 256, 8, 64);
    public static final ParameterGroup WEIGHT = BufferConfig.parameters("buffers.weight", "weight buffer", 64, 4, 64);
    public static final ParameterGroup OUTPUT = BufferConfig.parameters("buffers.output",
            "output (accumulator) buffer", 1024, 16, 128);
    public static final Parameter<Double> DRAM_BYTES_PER_CYCLE = Parameter.positive("bytesPerCycle",
            "DRAM bandwidth, shared by reads and writes (10^6: effectively unlimited)", "bytes/cycle", 32.0, 1_000_000);
    public static final ParameterGroup BUFFERS = new ParameterGroup("buffers", "on-chip SRAM buffers", List.of(),
            List.of(INPUT, WEIGHT, OUTPUT));
    public static final ParameterGroup DRAM = new ParameterGroup("dram", "the DRAM channel", List.of(DRAM_BYTES_PER_CYCLE));

    public MemoryConfig {
        if (input == null || weight == null || output == null) {
            throw new IllegalArgumentException("memory: buffers 'input', 'weight' and 'output' are required");
        }
        DRAM_BYTES_PER_CYCLE.check(dramBytesPerCycle, "memory: field 'dram.bytesPerCycle'");
    }

    /** The memory system a file describes ({@code buffers} and {@code dram} objects, each may be null). */
    public static MemoryConfig read(com.fasterxml.jackson.databind.JsonNode buffers, com.fasterxml.jackson.databind.JsonNode dram,
                                    String source) {
        BUFFERS.checkFields(buffers, source);
        DRAM.checkFields(dram, source);
        com.fasterxml.jackson.databind.JsonNode none = null;
        return new MemoryConfig(BufferConfig.read(INPUT, buffers == null ? none : buffers.get("input"), source),
                BufferConfig.read(WEIGHT, buffers == null ? none : buffers.get("weight"), source),
                BufferConfig.read(OUTPUT, buffers == null ? none : buffers.get("output"), source),
                DRAM.read(DRAM_BYTES_PER_CYCLE, dram, source));
    }

    /** The default memory system, from the declarations. */
    public static MemoryConfig defaults() {
        return read(null, null, "defaults");
    }
}
