package dintsim.reports.pipeline;

import dintsim.models.mac.MacDesign;
import dintsim.reports.model.AreaBreakdown;
import dintsim.rtl.synth.AreaEnergyStudy;
import dintsim.rtl.synth.AreaReport;
import dintsim.rtl.synth.CellLibraries;
import dintsim.rtl.synth.RequiredTool;
import dintsim.rtl.synth.StudyReport;
import dintsim.rtl.synth.StudyRow;
import dintsim.rtl.synth.YosysSynthesizer;
import dintsim.sim.cost.CostTable;
import dintsim.sim.cost.MacCost;
import dintsim.traces.LayerTrace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stage 3: per MAC design, Yosys synthesis onto the project's cell library (area split) and
 * gate-level switching activity on operand streams from the design's own traces (energy per MAC
 * by kind), through the rtl module's {@link AreaEnergyStudy}, converted to the simulator's cost
 * entry exactly as {@code dintsim synth --out} does ({@link StudyReport#macCost}). The entries
 * make one {@link CostTable} ({@link #costTable}) that the simulate stage charges. Designs run in
 * parallel, each in its own work directory; each is cached by (design, its setting's key, stream
 * length, base cost table, code of models/traces/rtl).
 */
public final class SynthStage {
    public static final String NAME = "synth";
    /**
     * Version of {@link #toResult}, part of every key: the cached result is this class's conversion
     * of the rtl study, and the code version only covers the modules below reports.
     */
    static final int RESULT_VERSION = 3;

    private final ResultCache cache;
    private final String codeVersion;
    private final long macsPerTrace;
    private final CostTable base;
    private final String command;

    /**
     * @param base    table whose SRAM and DRAM entries the synthesized table keeps (moved to the library's node)
     * @param command the report command, quoted in every measured entry's source
     */
    public SynthStage(ResultCache cache, CodeVersion code, long macsPerTrace, CostTable base, String command) {
        this.cache = cache;
        this.codeVersion = code.of("models", "traces", "rtl");
        this.macsPerTrace = macsPerTrace;
        // Registers, node and supply from the library the MACs are synthesized on: one technology.
        this.base = StudyReport.onLibrary(base, CellLibraries.standard());
        this.command = command;
    }

    /** A design and the traces whose operands drive its activity. */
    public record Job(QuantizeStage.Quantized setting, List<LayerTrace> traces) {
        MacDesign design() {
            return traces.get(0).design();
        }
    }

    public static void requireTools() {
        RequiredTool.YOSYS.require();
        RequiredTool.VERILATOR.require();
        RequiredTool.GXX.require();
        RequiredTool.MAKE.require();
    }

    public List<SynthesizedMac> run(List<Job> jobs, ParallelSweep sweep, StageProgress progress) {
        return sweep.map(jobs, this::synthesize, progress::step);
    }

    /**
     * The simulator cost table of the synthesized designs: {@code base} with exactly these MAC
     * entries, keyed by each job's design (formats and the traces' accumulator).
     */
    public CostTable costTable(List<Job> jobs, List<SynthesizedMac> results) {
        Map<MacDesign, MacCost> macs = new LinkedHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            macs.put(jobs.get(i).design(), results.get(i).cost());
        }
        return base.withMacs(macs, "MAC entries measured by the report's synthesize stage (" + command
                + "); registers from the library's flip-flop; SRAM and DRAM from " + base.source(), "dintsim report synthesize stage");
    }

    private SynthesizedMac synthesize(Job job) {
        CacheKey k = CacheKey.of(NAME).add(RESULT_VERSION).add(codeVersion).add(job.setting().key()).add(macsPerTrace)
                .add(base.toJson()).add(command);
        job.traces().forEach(t -> k.add(t.layer()));
        String key = k.hex();
        return cache.get(NAME, key, SynthesizedMac.class, () -> {
            Path work = cache.dir().resolve(NAME + "-work").resolve(key);
            StudyRow row = AreaEnergyStudy.standard(work, macsPerTrace).run(List.of(job.design()), job.traces()).get(0);
            return toResult(row, base.supplyVolts(), YosysSynthesizer.version(work.resolve("yosys-version")), command);
        });
    }

    static SynthesizedMac toResult(StudyRow row, double supplyVolts, String yosys, String command) {
        String design = row.design().name();
        AreaReport a = row.area();
        // The rtl flow's three parts add up to the total; anything left over is reported as "other".
        double rest = a.areaUm2() - a.multiplierAreaUm2() - a.accumulatorAreaUm2() - a.registerAreaUm2();
        double other = rest > 1e-9 * a.areaUm2() ? rest : 0; // below that it is rounding in the sums
        AreaBreakdown area = new AreaBreakdown(design, a.multiplierAreaUm2(), a.accumulatorAreaUm2(),
                a.registerAreaUm2(), other);
        String basis = String.format(Locale.ROOT, "Yosys + gate-level toggles, %d MACs from %s", row.energy().macs(),
                row.energy().source());
        return new SynthesizedMac(design, StudyReport.macCost(row, supplyVolts, yosys, command), area, basis);
    }
}
