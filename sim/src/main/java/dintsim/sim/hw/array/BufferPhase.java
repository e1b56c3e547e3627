package dintsim.sim.hw.array;

/**
 * What one on-chip buffer must deliver during a phase of a fold: {@code elementsPerCycle}
 * elements (operand codes, or accumulator values for the output buffer) in each of {@code cycles}.
 */
public record BufferPhase(Buffer buffer, long cycles, long elementsPerCycle) {
    /** The three on-chip buffers. */
    public enum Buffer {
        INPUT, WEIGHT, OUTPUT
    }
}
