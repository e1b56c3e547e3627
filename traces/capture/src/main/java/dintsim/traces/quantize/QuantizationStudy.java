package dintsim.traces.quantize;

import dintsim.models.quant.LayerMetrics;
import dintsim.models.quant.LayerQuantizer;
import dintsim.models.quant.MatMul;
import dintsim.models.quant.QuantizedLayer;
import dintsim.traces.LayerTrace;
import dintsim.traces.capture.LinearLayer;
import dintsim.traces.io.TraceSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a quantization study: for every setting, quantizes every layer of the source, measures
 * it, optionally writes its trace set, and (for a whole model) measures the final embeddings
 * with all quantized layers substituted. The report (issue 6) and the {@code quantize} command
 * call {@link #run}.
 */
public final class QuantizationStudy {
    private QuantizationStudy() {
    }

    public static StudyResult run(StudyConfig config) {
        List<LayerInput> layers = config.source().layers();
        if (layers.isEmpty()) {
            throw new IllegalArgumentException(config.source().model() + ": no layers to quantize");
        }
        List<SettingResult> results = new ArrayList<>();
        for (Setting setting : config.settings()) {
            results.add(runSetting(config, setting, layers));
        }
        return new StudyResult(config.source().model(), config.source().description(), results);
    }

    private static SettingResult runSetting(StudyConfig config, Setting setting, List<LayerInput> layers) {
        LayerQuantizer quantizer = new LayerQuantizer(config.base().withFormat(setting.format()).withMethod(setting.method()));
        List<LayerMetrics> metrics = new ArrayList<>();
        List<Double> alphas = new ArrayList<>();
        List<LayerTrace> traces = new ArrayList<>();
        Map<String, LinearLayer> substituted = new LinkedHashMap<>();
        config.progress().begin(setting.label(), layers.size());
        try {
            for (LayerInput in : layers) {
                QuantizedLayer q = quantizer.quantize(in.name(), in.weights(), in.calibration(), in.activations());
                metrics.add(q.metrics());
                alphas.add(q.scaling().alpha());
                substituted.put(in.name(), new FakeQuantLinear(q, in.bias()));
                if (config.traceDirectory() != null) {
                    traces.add(TraceConversion.toTrace(q, config.referenceOutput() ? reference(in) : null));
                }
                config.progress().advance();
            }
        } finally {
            config.progress().end();
        }
        Path traceSet = null;
        if (config.traceDirectory() != null) {
            traceSet = config.traceDirectory().resolve(setting.directoryName());
            TraceSet.write(traceSet, config.source().model(), config.source().description() + "; " + setting.label()
                    + "; " + describe(quantizer), traces);
        }
        EmbeddingQuality embedding = config.source().embeddingQuality(substituted);
        return new SettingResult(setting, metrics, alphas, embedding, traceSet);
    }

    private static String describe(LayerQuantizer q) {
        var c = q.config();
        return "weights per " + (c.groupSize() == 0 ? "channel" : "group of " + c.groupSize()) + ", clip " + c.clip()
                + ", activations static per-tensor INT8 (" + c.calibration() + ")";
    }

    /** FP32 X W^T of the layer (no bias), the trace's reference output. */
    static float[] reference(LayerInput in) {
        return MatMul.timesTransposed(in.activations().data(), in.activations().rows(), in.weights().data(),
                in.weights().rows(), in.weights().cols());
    }
}
