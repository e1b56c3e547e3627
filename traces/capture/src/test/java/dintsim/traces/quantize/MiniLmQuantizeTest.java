package dintsim.traces.quantize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.Formats;
import dintsim.models.quant.ActivationCalibration;
import dintsim.models.quant.ActivationQuantizer;
import dintsim.models.quant.ClipGrid;
import dintsim.models.quant.LayerQuantizer;
import dintsim.models.quant.QuantConfig;
import dintsim.models.quant.QuantMethod;
import dintsim.traces.capture.MiniLm;
import dintsim.traces.capture.TextCorpus;
import dintsim.traces.io.TraceSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quantizer on the real model: 36 layers, traces, embeddings, and SLAC on real captures. */
class MiniLmQuantizeTest {
    private static final TextCorpus TEXT = new TextCorpus("test", List.of(
            "The systolic array streams activations through a grid of multiply-accumulate units.",
            "A quiet harbour town wakes up to the sound of fishing boats and gulls.",
            "Quantization maps real numbers to a small set of integers with a shared scale.",
            "The committee postponed its decision until the budget figures were confirmed."));

    @TempDir
    Path dir;

    @Test
    void studyCoversAll36LayersAndMeasuresEmbeddings() {
        MiniLmSource source = new MiniLmSource(MiniLm.builtIn(), TEXT, 0);
        List<Setting> settings = List.of(new Setting(Formats.builtIn("int8"), QuantMethod.RTN),
                new Setting(Formats.builtIn("int4"), QuantMethod.RTN));
        // A coarse clip grid keeps the test quick; the command's default grid is 0.5..1.0 step 0.05.
        QuantConfig base = QuantConfig.of(Formats.builtIn("int8")).withClip(new ClipGrid(0.8, 0.1));
        StudyResult r = QuantizationStudy.run(new StudyConfig(source, settings, base, dir, false, Progress.NONE));
        assertEquals(2, r.settings().size());
        SettingResult w8 = r.settings().get(0);
        SettingResult w4 = r.settings().get(1);
        assertEquals(36, w8.layers().size());
        assertEquals(36, TraceSet.read(w4.traceSet()).entries().size());
        assertTrue(w8.embedding().meanCosine() <= 1 + 1e-9 && w8.embedding().meanCosine() > 0.9, w8.embedding().toString());
        assertTrue(w8.embedding().meanCosine() > w4.embedding().meanCosine(), w8.embedding() + " vs " + w4.embedding());
        assertTrue(w8.meanSqnrDb() > w4.meanSqnrDb());
        assertTrue(w4.underflowFraction() > w8.underflowFraction());
    }

    @Test
    void slacCalibratesOnTheRangeOfTheChosenLength() {
        MiniLm model = MiniLm.builtIn();
        TextCorpus corpus = TextCorpus.builtIn();
        SlacReport report = SlacReport.measure(model, TEXT, List.of(8, 16), ActivationCalibration.MAX, Progress.NONE);
        assertEquals(36, report.layers().size());
        assertEquals(List.of(8, 16), report.lengths());
        List<LayerInput> short16 = new MiniLmSource(model, corpus, 16).layers();
        List<LayerInput> long128 = new MiniLmSource(model, corpus, 128).layers();
        // Real MiniLM ranges move with the calibration length on some layers (measured: up to ~15%).
        int moving = -1;
        double biggest = 0;
        for (int i = 0; i < 36; i++) {
            double a = max(short16.get(i));
            double b = max(long128.get(i));
            if (Math.abs(b - a) / a > biggest) {
                biggest = Math.abs(b - a) / a;
                moving = i;
            }
        }
        assertTrue(biggest > 0.05, "no layer's range moves by more than 5% between L=16 and L=128: " + biggest);
        // The quantizer's static scale follows that movement: it is exactly the length-L range / 127.
        QuantConfig config = QuantConfig.of(Formats.builtIn("dint4"));
        LayerInput s = short16.get(moving);
        LayerInput l = long128.get(moving);
        float scaleShort = new LayerQuantizer(config).quantize(s.name(), s.weights(), s.calibration(), s.activations()).activationScale();
        float scaleLong = new LayerQuantizer(config).quantize(l.name(), l.weights(), l.calibration(), l.activations()).activationScale();
        assertEquals(ActivationQuantizer.scaleFor(max(s)), scaleShort);
        assertEquals(ActivationQuantizer.scaleFor(max(l)), scaleLong);
        assertEquals(Math.signum(max(l) - max(s)), Math.signum(scaleLong - scaleShort), s.name());
        assertTrue(report.table().contains(s.name()));
    }

    private static double max(LayerInput in) {
        double m = 0;
        for (float v : in.calibration().columnAbsMax()) {
            m = Math.max(m, v);
        }
        return m;
    }
}
