package dintsim.reports.explore;

import java.util.List;

/**
 * One allocation with its predicted and measured accuracy and its costs.
 *
 * @param kind              "uniform", "pareto" or "budget" / "floor" (the command's own question)
 * @param energyBudgetPj    the energy limit it was solved under, or null
 * @param formats           the setting label chosen for each layer, in model order
 * @param predictedCosine   1 - the sum of the chosen settings' per-layer losses (each measured alone)
 * @param measuredCosine    mean embedding cosine to FP32 with the model run with exactly this allocation
 * @param measuredMinCosine lowest per-sentence cosine of that run
 * @param energyPj          energy per inference, pJ
 * @param cycles            system cycles per inference
 * @param areaUm2           area, um^2
 */
public record ExplorePoint(String kind, Double energyBudgetPj, List<String> formats, double predictedCosine,
                           double measuredCosine, double measuredMinCosine, double energyPj, long cycles, double areaUm2) {
    public ExplorePoint {
        formats = List.copyOf(formats);
    }

    /** How many layers use each setting, e.g. "int8 x12, dint4(s=0.5) x24", in first-use order. */
    public String mix() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        formats.forEach(f -> counts.merge(f, 1, Integer::sum));
        StringBuilder b = new StringBuilder();
        counts.forEach((f, c) -> b.append(b.length() == 0 ? "" : ", ").append(f).append(" x").append(c));
        return b.toString();
    }
}
