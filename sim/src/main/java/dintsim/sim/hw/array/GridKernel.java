package dintsim.sim.hw.array;

/**
 * How a cycle-accurate array steps its PE grid. Both kernels hold register for register the
 * same state after every cycle and stage the same output writes in the same order; tests compare
 * them write for write.
 */
public enum GridKernel {
    /** One PE at a time: the reference. */
    SCALAR,
    /**
     * A row of PEs per Vector API operation (jdk.incubator.vector), with PEs beyond the last full
     * vector and rare events (a stationary switch, an accumulator overflow) taken one PE at a
     * time. Used when the design's products are products of fixed values
     * ({@link dintsim.sim.hw.mac.ProductTable#separable()}); otherwise the scalar kernel runs.
     */
    VECTOR
}
