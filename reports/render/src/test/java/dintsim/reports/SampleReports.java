package dintsim.reports;

import dintsim.reports.model.AccuracyPoint;
import dintsim.reports.model.AreaBreakdown;
import dintsim.reports.model.CosimCheck;
import dintsim.reports.model.ErrorHistogram;
import dintsim.reports.model.LayerEnergy;
import dintsim.reports.model.LayerPerformance;
import dintsim.reports.model.MacEnergy;
import dintsim.reports.model.PaperRatio;
import dintsim.reports.model.ReportData;
import dintsim.reports.model.RunInfo;
import dintsim.reports.model.SpecialValuePoint;
import java.util.ArrayList;
import java.util.List;

/** Report data built by the tests themselves (test input, not results), for the rendering tests. */
final class SampleReports {
    static final List<String> DESIGNS = List.of("int8xint8", "int4xint8", "dint4xint8", "fp4xint8");
    static final List<String> LAYERS = List.of("encoder.layer.0.attention.self.query",
            "encoder.layer.0.intermediate.dense", "encoder.layer.0.output.dense");

    private SampleReports() {
    }

    static ReportData full() {
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
                .specialValue(sweep).weightError(hist).paperRatios(ratios).cosim(cosim)
                .build();
    }

    /** Only the simulation part: what a run without synthesis or quantization study yields. */
    static ReportData simulationOnly() {
        return ReportData.builder("dintsim partial report").performance(full().performance()).build();
    }

    static RunInfo runInfo() {
        return new RunInfo("2026-11-24T09:00:00Z", 12.5, "test", 2, List.of("simulate: computed in 1.0 s"));
    }
}
