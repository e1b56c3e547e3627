package dintsim.reports.model;

/**
 * One row of the INT8 / dINT4 gap decomposition: both designs measured with one change from the
 * row before, the paper's own figures, or a step this run did not measure (ratios null, the
 * basis says why).
 *
 * @param step        what changed, e.g. {@code + multiplier: radix-4 Booth in both}
 * @param paper       whether this row is the paper's figures (not a measurement)
 * @param clockMhz    the clock both netlists meet, MHz, or null (paper, not measured)
 * @param int8AreaUm2 INT8 MAC area, or null
 * @param dintAreaUm2 dINT4 MAC area, or null
 * @param areaRatio   INT8 / dINT4 area, or null when not measured
 * @param energyRatio INT8 / dINT4 energy per MAC as this step measures it (the paper's: power), or null
 * @param basis       how it was measured, or why it was not
 */
public record GapStep(String step, boolean paper, Double clockMhz, Double int8AreaUm2, Double dintAreaUm2, Double areaRatio,
                      Double energyRatio, String basis) {
    public GapStep {
        Checks.name("gap step", "step", step);
        Checks.name("gap step " + step, "basis", basis);
        if ((areaRatio == null) != (energyRatio == null)) {
            throw new IllegalArgumentException("gap step " + step + ": fields 'areaRatio' and 'energyRatio' must both be "
                    + "given or both be absent (not measured)");
        }
    }

    /** The paper's figures. */
    public static GapStep paper(String step, double areaRatio, double powerRatio, String basis) {
        return new GapStep(step, true, null, null, null, areaRatio, powerRatio, basis);
    }

    /** A step this run did not measure, saying why. */
    public static GapStep notMeasured(String step, String why) {
        return new GapStep(step, false, null, null, null, null, null, why);
    }

    /** Whether this run measured the step. */
    public boolean measured() {
        return !paper && areaRatio != null;
    }
}
