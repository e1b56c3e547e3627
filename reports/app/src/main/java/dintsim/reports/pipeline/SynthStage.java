package dintsim.reports.pipeline;

import dintsim.models.mac.MacDesign;
import dintsim.reports.model.AreaBreakdown;
import dintsim.reports.model.GapStep;
import dintsim.reports.model.IsoPoint;
import dintsim.reports.model.MacKindEnergy;
import dintsim.reports.model.SynthesisStudy;
import dintsim.rtl.cli.SynthCommand;
import dintsim.rtl.gen.MultiplierArchitecture;
import dintsim.rtl.synth.AreaEnergyStudy;
import dintsim.rtl.synth.AreaReport;
import dintsim.rtl.synth.CellLibraries;
import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.IsoFrequency;
import dintsim.rtl.synth.RequiredTool;
import dintsim.rtl.synth.StudyReport;
import dintsim.rtl.synth.StudyRow;
import dintsim.rtl.synth.SweepPoint;
import dintsim.rtl.synth.YosysSynthesizer;
import dintsim.sim.cost.CostTable;
import dintsim.sim.cost.MacCost;
import dintsim.traces.LayerTrace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Stage 3: the iso-frequency synthesis study of every MAC design, through the rtl module's
 * {@link AreaEnergyStudy}: each design synthesized by Yosys at every delay target of
 * {@link #SWEEP_NS} and timed by OpenSTA (its area-vs-clock curve), the highest clock all designs
 * meet ({@link IsoFrequency}), and on each design's smallest netlist meeting it the area split and
 * gate-level switching energy per MAC kind on operand streams from its own traces, zero-delay and
 * glitch-aware. Each row is converted to the simulator's cost entry exactly as
 * {@code dintsim synth --sweep-ns ... --out} does ({@link StudyReport#macCost}, zero-delay); the
 * entries make one {@link CostTable} ({@link #costTable}) that the simulate stage charges. When
 * the INT8 and dINT4 designs are among the jobs, the stage also measures the gap decomposition's
 * later steps ({@link GapDecomposition}) at the same clock.
 *
 * <p>Sweeps and measurements run in parallel, each design variant in its own work directory. The
 * iso-frequency couples every design, so the stage's result is cached as one entry keyed by all
 * jobs (settings, layers, stream lengths, targets, base cost table, code of models/traces/rtl);
 * Yosys's results are cached by content in the work directories across runs.
 */
public final class SynthStage {
    public static final String NAME = "synth";
    /**
     * Version of {@link #toResult} and of the study's conversion, part of the key: the cached
     * result is this class's conversion of the rtl study, and the code version only covers the
     * modules below reports.
     */
    static final int RESULT_VERSION = 4;
    /** abc delay targets swept, ns (0: none): those of the built-in cost table's regeneration (rtl/docs/AREA_ENERGY.md). */
    public static final List<Double> SWEEP_NS = List.of(0.0, 4.0, 3.0, 2.5, 2.0, 1.5, 1.0);

    private final ResultCache cache;
    private final String codeVersion;
    private final long macsPerTrace;
    private final long glitchMacsPerTrace;
    private final boolean gapSteps;
    private final CostTable base;
    private final String command;
    private final CellLibrary library = CellLibraries.standard();

    /**
     * @param glitchMacsPerTrace MACs per trace of the glitch-aware runs (0: none)
     * @param gapSteps           also measure the gap's Booth and accumulator steps (needs the INT8 and dINT4 jobs)
     * @param base               table whose SRAM and DRAM entries the synthesized table keeps (moved to the library's node)
     * @param command            the report command, quoted in every measured entry's source
     */
    public SynthStage(ResultCache cache, CodeVersion code, long macsPerTrace, long glitchMacsPerTrace, boolean gapSteps,
                      CostTable base, String command) {
        this.cache = cache;
        this.codeVersion = code.of("models", "traces", "rtl");
        this.macsPerTrace = macsPerTrace;
        this.glitchMacsPerTrace = glitchMacsPerTrace;
        this.gapSteps = gapSteps;
        // Registers, node and supply from the library the MACs are synthesized on: one technology.
        this.base = StudyReport.onLibrary(base, library);
        this.command = command;
    }

    /** A design and the traces whose operands drive its activity. */
    public record Job(QuantizeStage.Quantized setting, List<LayerTrace> traces) {
        MacDesign design() {
            return traces.get(0).design();
        }
    }

    /**
     * What the stage measured.
     *
     * @param macs  per job, in job order: its cost entry and area split
     * @param study the sweeps, iso-frequency, energies by kind and gap decomposition
     */
    public record Result(List<SynthesizedMac> macs, SynthesisStudy study) {
    }

    public static void requireTools() {
        RequiredTool.YOSYS.require();
        RequiredTool.VERILATOR.require();
        RequiredTool.GXX.require();
        RequiredTool.MAKE.require();
    }

    /** One design as one study synthesizes it: a job's design, or a gap step's variant of one. */
    private record Variant(MacDesign design, MultiplierArchitecture multiplier, List<LayerTrace> traces) {
        String workKey() {
            return CacheKey.of("synth variant").add(design.key()).add(multiplier.label()).hex();
        }
    }

    /**
     * Progress steps of {@link #run}: one sweep and one measurement per design variant, and two
     * more measurements when the gap's later steps need a lower clock (counted: known only later).
     */
    public long steps(List<Job> jobs) {
        int v = variants(jobs).size();
        return 2L * v + (v > jobs.size() ? 2 : 0);
    }

    public Result run(List<Job> jobs, ParallelSweep sweep, StageProgress progress) {
        CacheKey k = CacheKey.of(NAME).add(RESULT_VERSION).add(codeVersion).add(macsPerTrace).add(glitchMacsPerTrace)
                .add(gapSteps ? 1 : 0).add(SWEEP_NS.toString()).add(base.toJson()).add(command);
        for (Job job : jobs) {
            k.add(job.setting().key());
            job.traces().forEach(t -> k.add(t.layer()));
        }
        return cache.get(NAME, k.hex(), Result.class, () -> measure(jobs, sweep, progress));
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

    /** The jobs' designs with the tool's multiplier, then the gap steps' variants (Booth; Booth with INT8's accumulator). */
    private List<Variant> variants(List<Job> jobs) {
        List<Variant> out = new ArrayList<>();
        jobs.forEach(j -> out.add(new Variant(j.design(), MultiplierArchitecture.TOOL, j.traces())));
        Job int8 = job(jobs, ReportFlow.INT8);
        Job dint = job(jobs, ReportFlow.DINT);
        if (gapSteps && int8 != null && dint != null) {
            out.add(new Variant(int8.design(), MultiplierArchitecture.BOOTH4, int8.traces()));
            out.add(new Variant(dint.design(), MultiplierArchitecture.BOOTH4, dint.traces()));
            int bits = int8.design().accumulator().width();
            if (bits > dint.design().accumulator().width()) { // equal widths: nothing to widen
                out.add(new Variant(SynthCommand.withAccumulatorBits(dint.design(), bits), MultiplierArchitecture.BOOTH4,
                        dint.traces()));
            }
        }
        return out;
    }

    /** One gate-level measurement: a variant on one of its swept netlists. */
    private record Task(int variant, SweepPoint point) {
    }

    private Result measure(List<Job> jobs, ParallelSweep sweep, StageProgress progress) {
        List<Variant> variants = variants(jobs);
        List<AreaEnergyStudy> studies = variants.stream().map(v -> AreaEnergyStudy.standard(
                cache.dir().resolve(NAME + "-work").resolve(v.workKey()), macsPerTrace, library, 0, v.multiplier())
                .withGlitchMacsPerTrace(glitchMacsPerTrace)).toList();
        List<List<SweepPoint>> sweeps = sweep.map(IntStream.range(0, variants.size()).boxed().toList(),
                i -> studies.get(i).sweep(variants.get(i).design(), SWEEP_NS), progress::step);

        Map<MacDesign, List<SweepPoint>> jobSweeps = new LinkedHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            jobSweeps.put(variants.get(i).design(), sweeps.get(i));
        }
        IsoFrequency iso = IsoFrequency.of(jobSweeps);
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            tasks.add(new Task(i, iso.chosen().get(variants.get(i).design())));
        }
        // The gap's later steps share one clock: the iso-frequency, or the highest every Booth variant reaches.
        double gapMhz = iso.mhz();
        for (int i = jobs.size(); i < variants.size(); i++) {
            gapMhz = Math.min(gapMhz, best(sweeps.get(i)));
        }
        int int8 = index(jobs, ReportFlow.INT8);
        int dint = index(jobs, ReportFlow.DINT);
        boolean lowerClock = variants.size() > jobs.size() && gapMhz < iso.mhz();
        if (lowerClock) { // INT8 and dINT4 with the tool's multiplier at that clock: the step before Booth
            tasks.add(new Task(int8, chosen(variants.get(int8), sweeps.get(int8), gapMhz)));
            tasks.add(new Task(dint, chosen(variants.get(dint), sweeps.get(dint), gapMhz)));
        }
        for (int i = jobs.size(); i < variants.size(); i++) {
            tasks.add(new Task(i, chosen(variants.get(i), sweeps.get(i), gapMhz)));
        }
        // A netlist chosen twice (e.g. at both clocks) is measured once.
        List<Task> unique = tasks.stream().distinct().toList();
        List<StudyRow> measured = sweep.map(unique, t -> studies.get(t.variant()).measure(variants.get(t.variant()).design(),
                variants.get(t.variant()).traces(), t.point()), progress::step);
        List<StudyRow> rows = tasks.stream().map(t -> measured.get(unique.indexOf(t))).toList();

        String yosys = YosysSynthesizer.version(cache.dir().resolve(NAME + "-work").resolve("yosys-version"));
        List<SynthesizedMac> macs = new ArrayList<>();
        List<IsoPoint> points = new ArrayList<>();
        List<MacKindEnergy> energies = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            macs.add(toResult(rows.get(i), base.supplyVolts(), yosys, command));
            points.add(IsoStudyResults.isoPoint(variants.get(i).design(), sweeps.get(i), tasks.get(i).point()));
            energies.addAll(IsoStudyResults.energyByKind(rows.get(i)));
        }
        List<GapStep> gap = List.of(); // no INT8 / dINT4 pair among the designs: nothing to compare
        if (int8 >= 0 && dint >= 0) {
            GapDecomposition.Pair baseline = GapDecomposition.Pair.of(iso.mhz(), rows.get(int8), rows.get(dint));
            if (!gapSteps) {
                GapDecomposition.Later out = GapDecomposition.Later.not("left out of this run (--no-gap-steps)");
                gap = GapDecomposition.steps(baseline, null, out, out);
            } else {
                int at = jobs.size();
                GapDecomposition.Later clock = null;
                if (lowerClock) {
                    clock = pair(gapMhz, rows.get(at), rows.get(at + 1));
                    at += 2;
                }
                GapDecomposition.Later booth = pair(gapMhz, rows.get(at), rows.get(at + 1));
                GapDecomposition.Later acc = variants.size() > jobs.size() + 2 ? pair(gapMhz, rows.get(at), rows.get(at + 2))
                        : GapDecomposition.Later.not("nothing to measure: dINT4's accumulator is not narrower than INT8's");
                gap = GapDecomposition.steps(baseline, clock, booth, acc);
            }
        }
        SynthesisStudy study = new SynthesisStudy(library.name(), iso.mhz(), IsoStudyResults.sweepPoints(jobSweeps, iso),
                points, energies, gap);
        return new Result(macs, study);
    }

    private static GapDecomposition.Later pair(double mhz, StudyRow int8, StudyRow dint) {
        return GapDecomposition.Later.measured(GapDecomposition.Pair.of(mhz, int8, dint));
    }

    private static double best(List<SweepPoint> sweep) {
        return sweep.stream().mapToDouble(p -> p.timing().fmaxMhz()).max().orElseThrow();
    }

    /** The variant's smallest netlist meeting {@code mhz}; every variant reaches it by construction of the clock. */
    private static SweepPoint chosen(Variant v, List<SweepPoint> sweep, double mhz) {
        return IsoFrequency.at(mhz, Map.of(v.design(), sweep)).chosen().get(v.design());
    }

    private static Job job(List<Job> jobs, String name) {
        int i = index(jobs, name);
        return i < 0 ? null : jobs.get(i);
    }

    private static int index(List<Job> jobs, String name) {
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i).design().name().equals(name)) {
                return i;
            }
        }
        return -1;
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
