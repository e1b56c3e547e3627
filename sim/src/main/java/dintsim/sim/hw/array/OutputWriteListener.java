package dintsim.sim.hw.array;

/**
 * Observes every write to the output buffer of the cycle-accurate array, for co-simulation
 * against the RTL: the cycle at whose end the value is written, the output index, and the value
 * (ws writes a partial sum after every k-tile; os writes each output once).
 */
@FunctionalInterface
public interface OutputWriteListener {
    void written(long cycle, int m, int n, int value);
}
