package dintsim.sim.kernel;

/**
 * Converts between ticks and cycles of one clock, so the two never mix by accident: a
 * {@code long} tick is kernel time, a cycle count is an {@code int}-free {@code long} that only
 * this class turns into ticks.
 *
 * @param periodTicks ticks per cycle (> 0)
 */
public record Clock(long periodTicks) {
    public Clock {
        if (periodTicks <= 0) {
            throw new IllegalArgumentException("clock: period must be positive, got " + periodTicks + " ticks");
        }
    }

    /** The tick at which cycle {@code cycle} begins. */
    public long tickOf(long cycle) {
        return Math.multiplyExact(cycle, periodTicks);
    }

    /** The cycle containing {@code tick}. */
    public long cycleOf(long tick) {
        return tick / periodTicks;
    }
}
