package dintsim.reports.pipeline;

import dintsim.models.quant.QuantConfig;
import dintsim.models.quant.QuantMethod;
import dintsim.traces.LayerTrace;
import dintsim.traces.io.TraceSet;
import dintsim.traces.quantize.EmbeddingQuality;
import dintsim.traces.quantize.LayerInput;
import dintsim.traces.quantize.LayerSource;
import dintsim.traces.quantize.QuantizationStudy;
import dintsim.traces.quantize.Setting;
import dintsim.traces.quantize.SettingResult;
import dintsim.traces.quantize.StudyConfig;
import dintsim.traces.quantize.StudyResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Stage 1: quantizes every layer of the source under each setting (in parallel, one study per
 * setting), writes one trace set per setting into the cache, and keeps the quality figures. A
 * setting is recomputed only when the source, the base config, the setting or the models/traces
 * code changed.
 */
public final class QuantizeStage {
    public static final String NAME = "quantize";

    private final ResultCache cache;
    private final String codeVersion;
    private final LayerSource source;
    private final String sourceKey;
    private final QuantConfig base;

    /**
     * @param sourceKey content key of the source (model bytes or jar version, layers, sentences)
     */
    public QuantizeStage(ResultCache cache, CodeVersion code, LayerSource source, String sourceKey, QuantConfig base) {
        this.cache = cache;
        this.codeVersion = code.of("models", "traces");
        this.source = new MemoizedSource(source);
        this.sourceKey = sourceKey;
        this.base = base;
    }

    /** One quantized setting: its quality and where its traces are. */
    public record Quantized(String setting, String design, String weightFormat, double specialValue,
                            double meanSqnrDb, Double embeddingCosine, double underflowFraction, String traceSetDir,
                            long[] weightErrorCounts, String key, int inferences) {
        public SettingQuality quality() {
            return new SettingQuality(setting, design, specialValue, meanSqnrDb, embeddingCosine, underflowFraction,
                    inferences);
        }

        public List<LayerTrace> loadTraces(ResultCache cache) {
            return TraceSet.read(cache.dir().resolve(traceSetDir)).loadAll();
        }
    }

    public List<Quantized> run(List<Setting> settings, ParallelSweep sweep, StageProgress progress) {
        return sweep.map(settings, this::quantize, progress::step);
    }

    private Quantized quantize(Setting setting) {
        String key = CacheKey.of(NAME).add(codeVersion).add(sourceKey).add(setting.label()).add(base.toString()).hex();
        // An entry written before a field existed, or whose traces were deleted or damaged, is
        // recomputed (same inputs, same key, so what depends on the key stays valid).
        return cache.get(NAME, key, Quantized.class, () -> compute(setting, key), q -> q.inferences() >= 1 && intact(q));
    }

    /** True when the entry's trace set reads back whole (manifest, every trace, every checksum). */
    private boolean intact(Quantized q) {
        try {
            q.loadTraces(cache);
            return true;
        } catch (RuntimeException e) { // TraceFormatException, a missing file, ...: not usable, so recompute
            return false;
        }
    }

    private Quantized compute(Setting setting, String key) {
        Path dir = cache.dir().resolve(NAME + "-traces").resolve(key);
        StudyResult study = QuantizationStudy.run(new StudyConfig(source, List.of(setting), base, dir, false, null));
        SettingResult r = study.settings().get(0);
        Path traceSet = r.traceSet();
        long[] errors = null;
        if (setting.method() == QuantMethod.RTN) { // the traces hold the original weights, unscaled
            errors = new long[WeightErrorHistogram.BINS];
            List<LayerTrace> traces = TraceSet.read(traceSet).loadAll();
            List<LayerInput> inputs = source.layers();
            for (int i = 0; i < traces.size(); i++) {
                WeightErrorHistogram.add(inputs.get(i).weights(), traces.get(i), errors);
            }
        }
        EmbeddingQuality e = r.embedding();
        String format = setting.format().name();
        // The design is what the traces hold (their formats), not a name built here.
        TraceSet written = TraceSet.read(traceSet);
        String design = written.load(written.entries().get(0)).design().name();
        return new Quantized(setting.label(), design, format, SpecialValues.of(setting.format()),
                r.meanSqnrDb(), e == null ? null : e.meanCosine(), r.underflowFraction(),
                cache.dir().relativize(traceSet).toString(), errors, key, e == null ? 1 : e.sentences());
    }
}
