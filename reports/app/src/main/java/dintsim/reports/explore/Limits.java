package dintsim.reports.explore;

/**
 * Hardware budgets of an exploration; a null field is no limit.
 *
 * @param energyPj energy per inference (one pass over the evaluation text), pJ
 * @param cycles   latency per inference, system cycles
 * @param areaUm2  area of the hardware, um^2 (that of the largest MAC design used)
 */
public record Limits(Double energyPj, Long cycles, Double areaUm2) {
    public static final Limits NONE = new Limits(null, null, null);

    public Limits withEnergyPj(Double e) {
        return new Limits(e, cycles, areaUm2);
    }
}
