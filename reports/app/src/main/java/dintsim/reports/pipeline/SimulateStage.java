package dintsim.reports.pipeline;

import dintsim.models.mac.MacKind;
import dintsim.sim.cost.CostTable;
import dintsim.sim.replay.ArchConfig;
import dintsim.sim.replay.Fidelity;
import dintsim.sim.replay.SimResult;
import dintsim.sim.replay.Simulator;
import dintsim.traces.LayerTrace;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 4: replays every trace of a setting on each of the setting's arrays with the simulator
 * (fast fidelity: event-driven folds, outputs from the golden GEMM; the cycle-accurate array is
 * what co-simulation checks). Runs on the energy array are charged with the report's cost table
 * and keep the simulator's energy: the report's one energy model is the simulator's. Runs are
 * independent, so they go to the parallel sweep; each is cached by (setting key, layer, array,
 * sim code, and for charged runs the cost table's content).
 */
public final class SimulateStage {
    public static final String NAME = "simulate";

    private final ResultCache cache;
    private final String codeVersion;

    public SimulateStage(ResultCache cache, CodeVersion code) {
        this.cache = cache;
        this.codeVersion = code.of("models", "traces", "sim");
    }

    /**
     * One setting's traces and the arrays to run them on; runs on {@code energyArray} are charged
     * with {@code costs} (null: no run is charged).
     */
    public record Job(QuantizeStage.Quantized setting, List<LayerTrace> traces, List<ArraySpec> arrays,
                      ArraySpec energyArray, CostTable costs) {
    }

    /** {@code costs} is what the simulator charges; only a charged run keeps (and is keyed by) the energy. */
    private record Run(QuantizeStage.Quantized setting, LayerTrace trace, ArraySpec array, CostTable costs,
                       boolean charged, String costsKey) {
    }

    /** Number of layer runs {@link #run} will do, for the progress bar. */
    public static long count(List<Job> jobs) {
        return jobs.stream().mapToLong(j -> (long) j.traces().size() * j.arrays().size()).sum();
    }

    /** All runs, in job order, then array order, then layer order. */
    public List<LayerRun> run(List<Job> jobs, ParallelSweep sweep, StageProgress progress) {
        List<Run> runs = new ArrayList<>();
        for (Job j : jobs) {
            String costsKey = j.costs() == null ? "" : CacheKey.of("costs").add(j.costs().toJson()).hex();
            for (ArraySpec a : j.arrays()) {
                boolean charged = j.costs() != null && a.equals(j.energyArray());
                CostTable costs = j.costs() != null ? j.costs() : CostTable.defaults();
                for (LayerTrace t : j.traces()) {
                    runs.add(new Run(j.setting(), t, a, costs, charged, charged ? costsKey : "uncharged"));
                }
            }
        }
        return sweep.map(runs, this::simulate, progress::step);
    }

    private LayerRun simulate(Run r) {
        String key = CacheKey.of(NAME).add(codeVersion).add(r.setting().key()).add(r.trace().layer())
                .add(r.array().label()).add(r.costsKey()).hex();
        return cache.get(NAME, key, LayerRun.class, () -> {
            ArchConfig arch = ArchConfig.defaults().withArray(r.array().shape());
            SimResult s = Simulator.run(r.trace(), arch, Fidelity.FAST, r.costs());
            return new LayerRun(r.trace().layer(), r.setting().setting(), s.design().name(), r.array().dataflow().label(),
                    r.array().side(), r.array().side(), s.arrayCycles(), s.macs(), s.utilization(),
                    s.array().ops(MacKind.ZERO), s.array().ops(MacKind.SPECIAL), s.array().ops(MacKind.NORMAL),
                    r.charged() ? s.energyPj() : null);
        });
    }
}
