package dintsim.traces.quantize;

import dintsim.models.quant.QuantConfig;
import java.nio.file.Path;
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
}
