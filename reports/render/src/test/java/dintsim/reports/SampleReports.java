package dintsim.reports;

import dintsim.reports.model.AccuracyPoint;
import dintsim.reports.model.AreaBreakdown;
import dintsim.reports.model.ClockSweepPoint;
import dintsim.reports.model.CosimCheck;
import dintsim.reports.model.ErrorHistogram;
import dintsim.reports.model.GapStep;
import dintsim.reports.model.IsoPoint;
import dintsim.reports.model.LayerEnergy;
import dintsim.reports.model.LayerPerformance;
import dintsim.reports.model.MacEnergy;
import dintsim.reports.model.MacKindEnergy;
import dintsim.reports.model.PaperRatio;
import dintsim.reports.model.ReportData;
import dintsim.reports.model.RunInfo;
import dintsim.reports.model.SpecialValuePoint;
import dintsim.reports.model.SynthesisStudy;
import java.util.ArrayList;
import java.util.List;

/** Report data built by the tests themselves (test input, not results), for the rendering tests. */
public final class SampleReports {
    static final List<String> DESIGNS = List.of("int8xint8", "int4xint8", "dint4xint8", "fp4xint8");
    static final List<String> LAYERS = List.of("encoder.layer.0.attention.self.query",
            "encoder.layer.0.intermediate.dense", "encoder.layer.0.output.dense");

    private SampleReports() {
    }

    public static ReportData full() {
        List<AreaBreakdown> area = new ArrayList<>();
        List<MacEnergy> mac = new ArrayList<>();
        for (int i = 0; i < DESIGNS.size(); i++) {
            area.add(new AreaBreakdown(DESIGNS.get(i), 300.0 / (i + 1), 120.0 + i, 200.0 + 3 * i, 10.5 * i));
            mac.add(new MacEnergy(DESIGNS.get(i), 0.25 / (i + 1), "test data"));
        }
        List<LayerEnergy> layerEnergy = new ArrayList<>();
        List<LayerPerformance> perf = new ArrayList<>();
        for (int l = 0; l < LAYERS.size(); l++) {
            for (int i = 0; i < DESIGNS.size(); i++) {
                layerEnergy.add(new LayerEnergy(LAYERS.get(l), DESIGNS.get(i), 1000L * (l + 1), 12.5 * (l + 1) / (i + 1)));
            }
            for (int size : new int[] {8, 16}) {
                for (String df : List.of("ws", "os")) {
                    long macs = 4096L * (l + 1);
                    long cycles = macs / size + 3L * size + (df.equals("os") ? 7 : 0);
                    perf.add(new LayerPerformance(LAYERS.get(l), df, size, size, cycles, macs,
                            (double) macs / ((double) cycles * size * size)));
                }
            }
        }
        List<AccuracyPoint> acc = List.of(
                new AccuracyPoint("W8A8 int8", "int8xint8", 38.5, 0.9991, 900.0),
                new AccuracyPoint("W4A8 int4", "int4xint8", 17.2, 0.981, 410.0),
                new AccuracyPoint("W4A8 dint4(s=0.5)", "dint4xint8", 18.9, 0.986, 380.0),
                new AccuracyPoint("W4A8 fp4", "fp4xint8", 16.1, 0.978, 450.0));
        List<SpecialValuePoint> sweep = List.of(new SpecialValuePoint(0.25, 18.1, 0.984, 0.03),
                new SpecialValuePoint(0.5, 18.9, 0.986, 0.05), new SpecialValuePoint(0.75, 18.4, 0.985, 0.08));
        ErrorHistogram hist = new ErrorHistogram(-0.5, 0.125, List.of(
                new ErrorHistogram.Series("int4", new long[] {5, 40, 90, 300, 310, 95, 38, 4}),
                new ErrorHistogram.Series("dint4(s=0.5)", new long[] {2, 30, 120, 260, 270, 118, 33, 3})));
        List<PaperRatio> ratios = List.of(new PaperRatio("area int8xint8 / dint4xint8", 1.93, 1.61, "test data"),
                new PaperRatio("power int8xint8 / dint4xint8", 2.56, null, "test data"));
        List<CosimCheck> cosim = List.of(new CosimCheck(LAYERS.get(0), "dint4xint8", "8x8 ws", 1234, 1234, 4096, 0, ""));
        return ReportData.builder("dintsim test report")
                .notes(List.of("Test data, not measurements, with a comma, and \"quotes\"."))
                .area(area).macEnergy(mac).layerEnergy(layerEnergy).performance(perf).accuracy(acc)
                .specialValue(sweep).weightError(hist).paperRatios(ratios).cosim(cosim).synthesis(synthesis())
                .build();
    }

    /** Two designs swept over three targets, the iso choice, energies by kind, a gap chain. */
    public static SynthesisStudy synthesis() {
        List<ClockSweepPoint> sweep = List.of(
                new ClockSweepPoint("int8xint8", 0, 167, 26840, false), new ClockSweepPoint("int8xint8", 2, 217, 36647, false),
                new ClockSweepPoint("int8xint8", 1.5, 234, 36802, true),
                new ClockSweepPoint("dint4xint8", 0, 178, 16992, false), new ClockSweepPoint("dint4xint8", 2, 221, 18160, false),
                new ClockSweepPoint("dint4xint8", 1.5, 252, 21477, true));
        List<IsoPoint> iso = List.of(new IsoPoint("int8xint8", 1.5, 234, 234, 36802),
                new IsoPoint("dint4xint8", 1.5, 252, 252, 21477));
        List<MacKindEnergy> energy = List.of(
                new MacKindEnergy("int8xint8", "zero", 100, 22.5, 10, 20.0, 30.0),
                new MacKindEnergy("int8xint8", "normal", 900, 38.2, 90, 36.0, 60.0),
                new MacKindEnergy("int8xint8", "all", 1000, 36.6, 100, 34.4, 57.0),
                new MacKindEnergy("dint4xint8", "zero", 100, 14.2, 0, null, null),
                new MacKindEnergy("dint4xint8", "special", 300, 17.3, 30, 16.0, 24.0),
                new MacKindEnergy("dint4xint8", "all", 400, 16.5, 30, 16.0, 24.0));
        List<GapStep> gap = List.of(
                new GapStep("baseline", false, 234.0, 36802.0, 21477.0, 1.71, 1.79, "test data"),
                new GapStep("+ glitches", false, 234.0, 36802.0, 21477.0, 1.71, 1.93, "test data"),
                GapStep.notMeasured("+ library", "test: left out"),
                new GapStep("+ multiplier", false, 234.0, 30000.0, 20000.0, 1.5, 1.8, "test data"),
                GapStep.paper("paper", 1.93, 2.56, "test data"));
        return new SynthesisStudy("testlib", 234, sweep, iso, energy, gap);
    }

    /** Only the simulation part: what a run without synthesis or quantization study yields. */
    static ReportData simulationOnly() {
        return ReportData.builder("dintsim partial report").performance(full().performance()).build();
    }

    static RunInfo runInfo() {
        return new RunInfo("2026-11-24T09:00:00Z", 12.5, "test", 2, List.of("simulate: computed in 1.0 s"));
    }
}
