package dintsim.models.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.Formats;
import org.junit.jupiter.api.Test;

class ScalingSearchTest {
    @Test
    void aqasNeverEndsWorseThanItsStartOnItsOwnObjective() {
        String[] formats = {"int4", "dint4", "dint4(s=0.25)", "fp4"};
        boolean improvedSomewhere = false;
        for (int seed = 1; seed <= 4; seed++) {
            SyntheticLayer layer = new SyntheticLayer(192, 128 + 32 * seed, 48, seed, seed % 2 == 0, 0);
            FloatMatrix w = layer.weights();
            FloatMatrix x = layer.activations();
            QuantConfig config = QuantConfig.of(Formats.builtIn(formats[seed - 1])).withMethod(QuantMethod.AQAS);
            CalibrationStats stats = new CalibrationStats(x);
            ChannelScaling s = ScalingSearch.choose(config, w, stats);
            // Re-evaluate independently of the search's own bookkeeping.
            OutputObjective objective = new OutputObjective(w, stats, config);
            double start = objective.joint(null);
            double end = objective.joint(s.factors());
            assertTrue(end <= start, "seed " + seed + ": AQAS " + end + " > identity " + start);
            assertEquals(start, s.startObjective(), 1e-12 * start);
            assertEquals(end, s.objective(), 1e-12 * end);
            improvedSomewhere |= end < 0.9 * start;
        }
        assertTrue(improvedSomewhere, "outlier channels should let AQAS beat RTN clearly on some layer");
    }

    @Test
    void perChannelRefinementOnlyKeepsImprovements() {
        SyntheticLayer layer = new SyntheticLayer(160, 160, 40, 8, true, 0);
        FloatMatrix w = layer.weights();
        CalibrationStats stats = new CalibrationStats(layer.activations());
        QuantConfig config = QuantConfig.of(Formats.builtIn("int4")).withMethod(QuantMethod.AQAS);
        ChannelScaling plain = ScalingSearch.choose(config, w, stats);
        ChannelScaling refined = ScalingSearch.choose(config.withRefineChannels(4), w, stats);
        OutputObjective objective = new OutputObjective(w, stats, config);
        double plainValue = objective.joint(plain.factors());
        double refinedValue = objective.joint(refined.factors());
        assertTrue(refinedValue <= plainValue, refinedValue + " > " + plainValue);
        assertTrue(refinedValue <= objective.joint(null));
        assertEquals(plain.trials().size() + 8, refined.trials().size());
        int changedFactors = 0;
        for (int j = 0; j < plain.factors().length; j++) {
            changedFactors += plain.factors()[j] != refined.factors()[j] ? 1 : 0;
        }
        assertEquals(refined.refined(), changedFactors);
        assertEquals(refined.refined() == 0, refinedValue == plainValue);
    }

    @Test
    void awqNeverEndsWorseThanItsStartOnItsOwnObjective() {
        SyntheticLayer layer = new SyntheticLayer(128, 192, 32, 9, true, 0);
        FloatMatrix w = layer.weights();
        QuantConfig config = QuantConfig.of(Formats.builtIn("int4")).withMethod(QuantMethod.AWQ);
        CalibrationStats stats = new CalibrationStats(layer.activations());
        ChannelScaling s = ScalingSearch.choose(config, w, stats);
        OutputObjective objective = new OutputObjective(w, stats, config);
        assertTrue(objective.weightOnly(s.factors()) <= objective.weightOnly(null));
    }

    @Test
    void smoothQuantBalancesChannelMaxima() {
        float[] s = ScalingSearch.smooth(new float[] {100f, 1f, 0f}, new float[] {1f, 4f, 2f}, 0.5);
        assertEquals(10f, s[0], 1e-5);
        assertEquals(0.5f, s[1], 1e-6);
        assertEquals(1f, s[2]); // no activation statistic: left alone
    }

    @Test
    void aqasFoldsScalingExactlyIntoBothOperands() {
        SyntheticLayer layer = new SyntheticLayer(64, 96, 16, 5, false, 0);
        FloatMatrix x = layer.activations();
        QuantizedLayer q = new LayerQuantizer(QuantConfig.of(Formats.builtIn("dint4")).withMethod(QuantMethod.AQAS))
                .quantize("l", layer.weights(), x, x);
        LayerMetrics rtn = new LayerQuantizer(QuantConfig.of(Formats.builtIn("dint4"))).quantize("l", layer.weights(), x, x)
                .metrics();
        assertTrue(q.metrics().sqnrDb() > rtn.sqnrDb(), q.metrics().sqnrDb() + " vs " + rtn.sqnrDb());
    }
}
