package dintsim.sim.cost;

/**
 * One number of a {@link CostTable} with what produced it.
 *
 * @param value  the number (pJ or um^2, per the field)
 * @param source what produced the number: a measurement flow and its command, or a citation
 */
public record Cost(double value, String source) {
    public Cost {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("cost value must be a finite number >= 0, got " + value);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("cost of " + value + " has no source: every number needs its source");
        }
    }
}
