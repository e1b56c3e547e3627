package dintsim.traces.quantize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.Formats;
import dintsim.models.quant.ClipGrid;
import dintsim.models.quant.QuantConfig;
import dintsim.models.quant.QuantMethod;
import dintsim.traces.capture.MiniLm;
import dintsim.traces.capture.TextCorpus;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-layer sensitivity on the real model: each layer alone, and allocations measured by running the mix. */
class SensitivityStudyTest {
    private static final TextCorpus TEXT = new TextCorpus("test", List.of(
            "The systolic array streams activations through a grid of multiply-accumulate units.",
            "A quiet harbour town wakes up to the sound of fishing boats and gulls."));

    @Test
    void eachLayerAloneAndAnyMixIsMeasuredOnTheModel() {
        List<Setting> settings = List.of(new Setting(Formats.builtIn("int8"), QuantMethod.RTN),
                new Setting(Formats.builtIn("int4"), QuantMethod.RTN));
        QuantConfig base = QuantConfig.of(Formats.builtIn("int8")).withClip(new ClipGrid(0.9, 0.1));
        MiniLmSource source = new MiniLmSource(MiniLm.builtIn(), TEXT, 0);
        SensitivityStudy s = SensitivityStudy.run(source, settings, base, Progress.NONE);
        assertEquals(36, s.layerNames().size());
        assertEquals(72, s.rows().size());
        double sumInt8 = 0;
        double sumInt4 = 0;
        for (int i = 0; i < 36; i++) {
            LayerSensitivity w8 = s.sensitivity(i, 0);
            LayerSensitivity w4 = s.sensitivity(i, 1);
            assertEquals(s.layerNames().get(i), w8.layer());
            assertTrue(w8.metrics().sqnrDb() > w4.metrics().sqnrDb(), w8.layer());
            // One layer quantized alone costs at most what the whole INT8 model costs, and never nothing at INT4.
            assertTrue(w4.loss() > 0, w4.layer() + " int4 alone: " + w4.embedding());
            sumInt8 += w8.loss();
            sumInt4 += w4.loss();
        }
        assertTrue(sumInt4 > sumInt8);
        int[] allInt8 = new int[36];
        int[] allInt4 = new int[36];
        Arrays.fill(allInt4, 1);
        int[] mix = allInt8.clone();
        mix[0] = 1;
        double c8 = s.measure(allInt8).meanCosine();
        double c4 = s.measure(allInt4).meanCosine();
        double cMix = s.measure(mix).meanCosine();
        assertTrue(c8 > c4, c8 + " vs " + c4);
        assertTrue(cMix < 1 && c4 < cMix + 1e-12, cMix + " vs " + c4);
    }

}
