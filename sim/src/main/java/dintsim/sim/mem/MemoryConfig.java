package dintsim.sim.mem;

/**
 * The memory system around the array: three SRAM buffers and a DRAM channel.
 *
 * @param input             activations
 * @param weight            weights
 * @param output            partial sums / outputs (accumulator width per element)
 * @param dramBytesPerCycle DRAM bandwidth in bytes per array cycle (> 0), shared by reads and writes
 */
public record MemoryConfig(BufferConfig input, BufferConfig weight, BufferConfig output, double dramBytesPerCycle) {
    public MemoryConfig {
        if (input == null || weight == null || output == null) {
            throw new IllegalArgumentException("memory: buffers 'input', 'weight' and 'output' are required");
        }
        if (!(dramBytesPerCycle > 0) || Double.isInfinite(dramBytesPerCycle)) {
            throw new IllegalArgumentException("memory: field 'dram.bytesPerCycle' must be positive and finite, got " + dramBytesPerCycle);
        }
    }
}
