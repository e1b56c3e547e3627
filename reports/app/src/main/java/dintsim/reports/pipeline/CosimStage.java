package dintsim.reports.pipeline;

import dintsim.reports.model.CosimCheck;
import dintsim.rtl.cosim.ArrayCosim;
import dintsim.rtl.cosim.CosimReport;
import dintsim.rtl.emit.ArrayConfig;
import dintsim.rtl.synth.RequiredTool;
import dintsim.traces.LayerTrace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 3: replays traces on the Verilated Chisel array and on the Java cycle-accurate
 * simulator, demanding equal outputs (bit for bit, also against the golden GEMM) and equal
 * cycle counts (also against TIMING.md's closed form), through the rtl module's
 * {@link ArrayCosim}. One group per (design, array) runs sequentially in its own work directory
 * so the Verilator model is built once; groups run in parallel. Each check is cached by
 * (setting key, layer, array, code of models/traces/sim/rtl).
 */
public final class CosimStage {
    public static final String NAME = "cosim";

    private final ResultCache cache;
    private final String codeVersion;

    public CosimStage(ResultCache cache, CodeVersion code) {
        this.cache = cache;
        this.codeVersion = code.of("models", "traces", "sim", "rtl");
    }

    /** One design's traces to check on one array. */
    public record Job(QuantizeStage.Quantized setting, List<LayerTrace> traces, ArraySpec array) {
    }

    public static void requireTools() {
        RequiredTool.VERILATOR.require();
        RequiredTool.GXX.require();
        RequiredTool.MAKE.require();
    }

    public static long count(List<Job> jobs) {
        return jobs.stream().mapToLong(j -> j.traces().size()).sum();
    }

    /** Checks in job order, then trace order. */
    public List<CosimCheck> run(List<Job> jobs, ParallelSweep sweep, StageProgress progress) {
        List<List<CosimCheck>> groups = sweep.map(jobs, job -> {
            List<CosimCheck> out = new ArrayList<>();
            for (LayerTrace t : job.traces()) {
                out.add(check(job, t));
                progress.step();
            }
            return out;
        }, () -> { });
        return groups.stream().flatMap(List::stream).toList();
    }

    private CosimCheck check(Job job, LayerTrace trace) {
        String key = CacheKey.of(NAME).add(codeVersion).add(job.setting().key()).add(trace.layer())
                .add(job.array().label()).hex();
        return cache.get(NAME, key, CosimCheck.class, () -> {
            ArrayConfig config = ArrayConfig.of(job.array().shape(), false);
            Path work = cache.dir().resolve(NAME + "-work").resolve(
                    (job.setting().design() + "-" + config.tag()).replaceAll("[^A-Za-z0-9._-]+", "_"));
            CosimReport r = ArrayCosim.run(trace.design(), config, trace.activations(), trace.weights(), work, null);
            return new CosimCheck(trace.layer(), job.setting().design(), job.array().label(), r.simCycles(),
                    r.rtlCycles(), r.outputs(), r.valueMismatches(), String.join("; ", r.divergences()));
        });
    }
}
