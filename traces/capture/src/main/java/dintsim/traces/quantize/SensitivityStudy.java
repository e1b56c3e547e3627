package dintsim.traces.quantize;

import dintsim.models.quant.LayerQuantizer;
import dintsim.models.quant.MatMul;
import dintsim.models.quant.QuantConfig;
import dintsim.models.quant.QuantizedLayer;
import dintsim.traces.LayerTrace;
import dintsim.traces.capture.LinearLayer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-layer sensitivity: every layer quantized in every setting, measured alone (its own output
 * SQNR, and the whole model run with only that layer quantized, the rest FP32). Keeps the
 * quantized layers, so that any per-layer allocation of settings can then be measured by running
 * the model with exactly that mix ({@link #measure}).
 */
public final class SensitivityStudy {
    private final LayerSource source;
    private final List<Setting> settings;
    private final List<LayerInput> layers;
    private final QuantizedLayer[][] quantized; // [layer][setting]
    private final LayerSensitivity[][] sensitivity;

    private SensitivityStudy(LayerSource source, List<Setting> settings, List<LayerInput> layers,
                             QuantizedLayer[][] quantized, LayerSensitivity[][] sensitivity) {
        this.source = source;
        this.settings = settings;
        this.layers = layers;
        this.quantized = quantized;
        this.sensitivity = sensitivity;
    }

    /** Quantizes every layer in every setting and measures each alone. */
    public static SensitivityStudy run(LayerSource source, List<Setting> settings, QuantConfig base, Progress progress) {
        List<LayerInput> layers = source.layers();
        if (layers.isEmpty()) {
            throw new IllegalArgumentException(source.model() + ": no layers to quantize");
        }
        if (settings.isEmpty()) {
            throw new IllegalArgumentException("sensitivity: no settings (give at least one format)");
        }
        Progress p = progress == null ? Progress.NONE : progress;
        int n = layers.size();
        QuantizedLayer[][] q = new QuantizedLayer[n][settings.size()];
        LayerSensitivity[][] s = new LayerSensitivity[n][settings.size()];
        Map<String, LinearLayer> fp32 = fp32(layers);
        for (int j = 0; j < settings.size(); j++) {
            Setting setting = settings.get(j);
            LayerQuantizer quantizer = new LayerQuantizer(base.withFormat(setting.format()).withMethod(setting.method()));
            p.begin("sensitivity " + setting.label(), n);
            try {
                for (int i = 0; i < n; i++) {
                    LayerInput in = layers.get(i);
                    q[i][j] = quantizer.quantize(in.name(), in.weights(), in.calibration(), in.activations());
                    Map<String, LinearLayer> alone = new LinkedHashMap<>(fp32);
                    alone.put(in.name(), new FakeQuantLinear(q[i][j], in.bias()));
                    s[i][j] = new LayerSensitivity(in.name(), setting, q[i][j].metrics(), source.embeddingQuality(alone));
                    p.advance();
                }
            } finally {
                p.end();
            }
        }
        return new SensitivityStudy(source, List.copyOf(settings), layers, q, s);
    }

    /** Each layer as its FP32 implementation (weights and bias of the source). */
    private static Map<String, LinearLayer> fp32(List<LayerInput> layers) {
        Map<String, LinearLayer> out = new LinkedHashMap<>();
        for (LayerInput in : layers) {
            float[] w = in.weights().data();
            int n = in.weights().rows();
            int k = in.weights().cols();
            out.put(in.name(), (name, x, t) -> MatMul.linear(x, t, k, w, in.bias(), n));
        }
        return out;
    }

    public LayerSource source() {
        return source;
    }

    public List<Setting> settings() {
        return settings;
    }

    /** Layer names, in model order. */
    public List<String> layerNames() {
        return layers.stream().map(LayerInput::name).toList();
    }

    /** The sensitivity of layer {@code layer} in setting {@code setting} (indices into the lists). */
    public LayerSensitivity sensitivity(int layer, int setting) {
        return sensitivity[layer][setting];
    }

    /** The trace of layer {@code layer} quantized in setting {@code setting}, for the simulator. */
    public LayerTrace trace(int layer, int setting) {
        return TraceConversion.toTrace(quantized[layer][setting], null);
    }

    /**
     * The model's embedding quality with layer i quantized in setting {@code choice[i]} (null when
     * the source is not a whole model).
     */
    public EmbeddingQuality measure(int[] choice) {
        if (choice.length != layers.size()) {
            throw new IllegalArgumentException("allocation has " + choice.length + " settings for " + layers.size() + " layers");
        }
        Map<String, LinearLayer> mix = new LinkedHashMap<>();
        for (int i = 0; i < choice.length; i++) {
            mix.put(layers.get(i).name(), new FakeQuantLinear(quantized[i][choice[i]], layers.get(i).bias()));
        }
        return source.embeddingQuality(mix);
    }

    /** The per-layer rows, layer-major. */
    public List<LayerSensitivity> rows() {
        List<LayerSensitivity> out = new ArrayList<>();
        for (LayerSensitivity[] r : sensitivity) {
            out.addAll(List.of(r));
        }
        return out;
    }
}
