package dintsim.reports.explore;

import dintsim.traces.quantize.EmbeddingQuality;
import dintsim.traces.quantize.SensitivityStudy;
import dintsim.traces.quantize.Setting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Chooses a setting per layer. The predicted loss of an allocation is the sum of its layers'
 * losses, each measured with that layer alone quantized (1 - embedding cosine); the predicted
 * cosine is 1 minus that sum. Losses are stated to the solver in units of 1e-9 and energies in fJ
 * (each layer's rounded, a budget rounded to the fJ), cycles exactly, so the integer program is exact at that resolution. Every point
 * returned is then measured by running the model with exactly its allocation.
 */
public final class Explorer {
    /** The solver's unit of predicted loss (embedding cosine). */
    public static final double LOSS_UNIT = 1e-9;
    /** The solver's unit of energy, pJ (1 fJ). */
    public static final double ENERGY_UNIT_PJ = 1e-3;

    private final SensitivityStudy study;
    private final LayerCosts costs;
    private final long[][] loss;
    private final long[][] energy;
    private final long[][] cycles;

    public Explorer(SensitivityStudy study, LayerCosts costs) {
        this.study = study;
        this.costs = costs;
        int n = costs.layers();
        int m = costs.settings();
        loss = new long[n][m];
        energy = new long[n][m];
        cycles = new long[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                loss[i][j] = Math.round(study.sensitivity(i, j).loss() / LOSS_UNIT);
                energy[i][j] = Math.round(costs.energyPj(i, j) / ENERGY_UNIT_PJ);
                cycles[i][j] = costs.cycles(i, j);
            }
        }
    }

    /** The most accurate allocation (least predicted loss) within the limits, measured; empty when none fits. */
    public Optional<ExplorePoint> maximiseAccuracy(Limits limits, String kind) {
        return CpSatAllocator.solve(new AllocationProblem(loss, budgets(limits)))
                .map(a -> measure(kind, limits.energyPj(), a.choice()));
    }

    /** The least-energy allocation whose predicted cosine is at least {@code floor}, measured; empty when none. */
    public Optional<ExplorePoint> minimiseEnergy(double floor, Limits limits) {
        List<AllocationProblem.Budget> b = new ArrayList<>(budgets(limits));
        b.add(new AllocationProblem.Budget("accuracy", loss, (long) Math.floor((1 - floor) / LOSS_UNIT)));
        return CpSatAllocator.solve(new AllocationProblem(energy, b)).map(a -> measure("floor", null, a.choice()));
    }

    /** Every layer in one setting, for each setting, measured. */
    public List<ExplorePoint> uniform() {
        List<ExplorePoint> out = new ArrayList<>();
        for (int j = 0; j < costs.settings(); j++) {
            int[] c = new int[costs.layers()];
            Arrays.fill(c, j);
            out.add(measure("uniform", null, c));
        }
        return out;
    }

    /**
     * The Pareto front of accuracy vs energy: the most accurate allocation at {@code points}
     * energy budgets evenly spaced from the cheapest to the dearest uniform setting (other limits
     * kept), each measured. Budgets no allocation fits (under the other limits) are left out.
     */
    public List<ExplorePoint> pareto(int points, Limits others) {
        if (points < 2) {
            throw new IllegalArgumentException("--points: " + points + " must be at least 2");
        }
        // Budgets in the solver's integer fJ, so that both ends are exactly the uniform settings' (rounded) energies.
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int j = 0; j < costs.settings(); j++) {
            long e = 0;
            for (long[] row : energy) {
                e += row[j];
            }
            lo = Math.min(lo, e);
            hi = Math.max(hi, e);
        }
        List<ExplorePoint> out = new ArrayList<>();
        for (int k = 0; k < points; k++) {
            long budget = lo + (hi - lo) * k / (points - 1);
            maximiseAccuracy(others.withEnergyPj(budget * ENERGY_UNIT_PJ), "pareto").ifPresent(out::add);
        }
        return out;
    }

    private List<AllocationProblem.Budget> budgets(Limits limits) {
        List<AllocationProblem.Budget> b = new ArrayList<>();
        if (limits.energyPj() != null) {
            b.add(new AllocationProblem.Budget("energy", energy, Math.round(limits.energyPj() / ENERGY_UNIT_PJ)));
        }
        if (limits.cycles() != null) {
            b.add(new AllocationProblem.Budget("latency", cycles, limits.cycles()));
        }
        if (limits.areaUm2() != null) {
            // Not additive: a setting whose hardware exceeds the area may be chosen by no layer.
            long[][] over = new long[costs.layers()][costs.settings()];
            for (long[] row : over) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = costs.areaUm2(j) > limits.areaUm2() ? 1 : 0;
                }
            }
            b.add(new AllocationProblem.Budget("area", over, 0));
        }
        return b;
    }

    /** Predicted and measured accuracy and the costs of an allocation. */
    public ExplorePoint measure(String kind, Double budget, int[] choice) {
        double predicted = 1;
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < choice.length; i++) {
            predicted -= study.sensitivity(i, choice[i]).loss();
            Setting s = study.settings().get(choice[i]);
            labels.add(s.format().name());
        }
        EmbeddingQuality q = study.measure(choice);
        return new ExplorePoint(kind, budget, labels, predicted, q.meanCosine(), q.minCosine(), costs.energyPj(choice),
                costs.cycles(choice), costs.areaUm2(choice));
    }
}
