package dintsim.sim.kernel;

/**
 * A synchronous component: on each clock edge every component first evaluates (reads register
 * state as it was at the start of the cycle, computes next values) and then all commit (the next
 * values become the state). No component may observe another's next value.
 */
public interface Clocked {
    /** Computes next-state values from current state; must not change visible state. */
    void evaluate(long cycle);

    /** Makes the next-state values current. */
    void commit(long cycle);
}
