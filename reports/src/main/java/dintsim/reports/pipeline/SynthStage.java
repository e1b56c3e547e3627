package dintsim.reports.pipeline;

import dintsim.models.mac.MacKind;
import dintsim.models.mac.MacDesign;
import dintsim.reports.model.AreaBreakdown;
import dintsim.rtl.power.KindEnergy;
import dintsim.rtl.synth.AreaEnergyStudy;
import dintsim.rtl.synth.AreaReport;
import dintsim.rtl.synth.StudyRow;
import dintsim.traces.LayerTrace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Stage 4: per MAC design, Yosys synthesis onto the project's cell library (area split) and
 * gate-level switching activity on operand streams from the design's own traces (energy per MAC
 * by weight kind), through the rtl module's {@link AreaEnergyStudy}. Designs run in parallel,
 * each in its own work directory; each is cached by (design, its setting's key, stream length,
 * code of models/traces/rtl).
 */
public final class SynthStage {
    public static final String NAME = "synth";
    /**
     * Version of {@link #toCost}, part of every key: the cached result is this class's conversion
     * of the rtl study, and the code version only covers the modules below reports.
     */
    static final int RESULT_VERSION = 2;

    private final ResultCache cache;
    private final String codeVersion;
    private final long macsPerTrace;

    public SynthStage(ResultCache cache, CodeVersion code, long macsPerTrace) {
        this.cache = cache;
        this.codeVersion = code.of("models", "traces", "rtl");
        this.macsPerTrace = macsPerTrace;
    }

    /** A design and the traces whose operands drive its activity. */
    public record Job(QuantizeStage.Quantized setting, List<LayerTrace> traces) {
    }

    public static void requireTools() {
        RequiredTool.YOSYS.require();
        RequiredTool.VERILATOR.require();
        RequiredTool.GXX.require();
        RequiredTool.MAKE.require();
    }

    public List<MacCost> run(List<Job> jobs, ParallelSweep sweep, StageProgress progress) {
        return sweep.map(jobs, this::synthesize, progress::step);
    }

    private MacCost synthesize(Job job) {
        CacheKey k = CacheKey.of(NAME).add(RESULT_VERSION).add(codeVersion).add(job.setting().key()).add(macsPerTrace);
        job.traces().forEach(t -> k.add(t.layer()));
        String key = k.hex();
        return cache.get(NAME, key, MacCost.class, () -> {
            Path work = cache.dir().resolve(NAME + "-work").resolve(key);
            MacDesign design = job.traces().get(0).design();
            StudyRow row = AreaEnergyStudy.standard(work, macsPerTrace).run(List.of(design), job.traces()).get(0);
            return toCost(job.setting().design(), row);
        });
    }

    static MacCost toCost(String design, StudyRow row) {
        AreaReport a = row.area();
        // The rtl flow's three parts add up to the total; anything left over is reported as "other".
        double rest = a.areaUm2() - a.multiplierAreaUm2() - a.accumulatorAreaUm2() - a.registerAreaUm2();
        double other = rest > 1e-9 * a.areaUm2() ? rest : 0; // below that it is rounding in the sums
        AreaBreakdown area = new AreaBreakdown(design, a.multiplierAreaUm2(), a.accumulatorAreaUm2(),
                a.registerAreaUm2(), other);
        double mean = row.energy().energyPerMacPj();
        String basis = String.format(Locale.ROOT, "Yosys + gate-level toggles, %d MACs from %s", row.energy().macs(),
                row.energy().source());
        return new MacCost(design, area, kind(row, MacKind.ZERO, mean), kind(row, MacKind.SPECIAL, mean),
                kind(row, MacKind.NORMAL, mean), basis);
    }

    /** Mean energy of a kind; a kind the streams never exercised falls back to the overall mean. */
    private static double kind(StudyRow row, MacKind kind, double mean) {
        KindEnergy e = row.energy().byKind().get(kind);
        return e == null ? mean : e.meanPj();
    }
}
