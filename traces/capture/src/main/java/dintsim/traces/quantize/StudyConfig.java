package dintsim.traces.quantize;

import dintsim.models.format.Formats;
import dintsim.models.quant.QuantConfig;
import dintsim.models.quant.QuantMethod;
import dintsim.traces.capture.MiniLm;
import dintsim.traces.capture.TextCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A quantization study: every setting applied to every layer of a source.
 *
 * @param source          the layers
 * @param settings        weight format x method pairs, in report order
 * @param base            group size, clip grid, calibration, sample sizes (its format and method are replaced per setting)
 * @param traceDirectory  where to write one trace set per setting ({@code <dir>/<format>-<method>/}), or null for none
 * @param referenceOutput whether traces carry the FP32 reference output (M x N floats each)
 * @param progress        progress of long steps
 */
public record StudyConfig(LayerSource source, List<Setting> settings, QuantConfig base, Path traceDirectory,
                          boolean referenceOutput, Progress progress) {
    public StudyConfig {
        if (source == null) {
            throw new IllegalArgumentException("study: no layer source");
        }
        if (settings == null || settings.isEmpty()) {
            throw new IllegalArgumentException("study: no settings (give at least one format and method)");
        }
        if (base == null) {
            throw new IllegalArgumentException("study: no base quantizer config");
        }
        settings = List.copyOf(settings);
        progress = progress == null ? Progress.NONE : progress;
    }

    /**
     * The embedded MiniLM on the built-in corpus with the command's defaults (per-channel weights,
     * clip 0.5..1.0, max calibration), every method x format pair in that order.
     *
     * @param formats        weight format names, e.g. int8, int4, dint4(s=0.25), fp4
     * @param methods        method names: rtn, aqas, smoothquant, awq
     * @param sequenceLength SLAC calibration length, or 0 for one sequence per passage
     * @param traceDirectory where to write trace sets, or null
     */
    public static StudyConfig miniLm(List<String> formats, List<String> methods, int sequenceLength, Path traceDirectory) {
        Formats registry = new Formats();
        List<Setting> settings = new ArrayList<>();
        for (String m : methods) {
            for (String f : formats) {
                settings.add(new Setting(registry.get(f), QuantMethod.parse(m)));
            }
        }
        if (settings.isEmpty()) {
            throw new IllegalArgumentException("study: no settings (give at least one format and method)");
        }
        return new StudyConfig(new MiniLmSource(MiniLm.builtIn(), TextCorpus.builtIn(), sequenceLength), settings,
                QuantConfig.of(settings.get(0).format()), traceDirectory, false, Progress.NONE);
    }
}
