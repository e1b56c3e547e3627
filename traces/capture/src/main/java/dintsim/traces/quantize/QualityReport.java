package dintsim.traces.quantize;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dintsim.models.quant.LayerMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-layer quality table of a study as text (for the terminal), CSV and JSON. Columns:
 * underflow fraction (non-zero weights quantized to zero), the underflow and rounding parts of
 * the weight-only output error (shares of the total, Eq. 4 of the dINT paper), and the output
 * SQNR with weights and activations quantized.
 */
public final class QualityReport {
    public static final String CSV_FILE = "quality.csv";
    public static final String SUMMARY_CSV_FILE = "summary.csv";
    public static final String JSON_FILE = "quality.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private QualityReport() {
    }

    /** Per-layer tables, one per setting, then the summary. */
    public static String table(StudyResult result) {
        StringBuilder b = new StringBuilder();
        b.append("model: ").append(result.model()).append('\n').append(result.description()).append("\n\n");
        for (SettingResult s : result.settings()) {
            b.append(s.setting().label()).append('\n');
            b.append(String.format(Locale.ROOT, "  %-28s %6s %6s %10s %10s %10s %9s %6s%n", "layer", "N", "K", "underflow",
                    "err:under", "err:round", "SQNR dB", "alpha"));
            for (int i = 0; i < s.layers().size(); i++) {
                LayerMetrics m = s.layers().get(i);
                b.append(String.format(Locale.ROOT, "  %-28s %6d %6d %9.2f%% %9.1f%% %9.1f%% %9.2f %6s%n", m.layer(), m.n(), m.k(),
                        100 * m.underflowFraction(), 100 * share(m.underflowError(), m.totalError()),
                        100 * share(m.roundingError(), m.totalError()), m.sqnrDb(), alpha(s.alphas().get(i))));
            }
            b.append('\n');
        }
        b.append(summary(result));
        return b.toString();
    }

    /** One line per setting: overall underflow, SQNR and embedding similarity. */
    public static String summary(StudyResult result) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-32s %10s %10s %14s %9s %8s %12s %12s%n", "setting", "underflow", "err:under",
                "mean SQNR dB", "min dB", "scaled", "cos mean", "cos min"));
        for (SettingResult s : result.settings()) {
            EmbeddingQuality e = s.embedding();
            b.append(String.format(Locale.ROOT, "%-32s %9.2f%% %9.1f%% %14.2f %9.2f %8s %12s %12s%n", s.setting().label(),
                    100 * s.underflowFraction(), 100 * s.meanUnderflowShare(), s.meanSqnrDb(), s.minSqnrDb(),
                    s.scaledLayers() + "/" + s.layers().size(),
                    e == null ? "-" : String.format(Locale.ROOT, "%.6f", e.meanCosine()),
                    e == null ? "-" : String.format(Locale.ROOT, "%.6f", e.minCosine())));
        }
        return b.toString();
    }

    /** "-" for the identity scaling, else the alpha. */
    static String alpha(double a) {
        return Double.isNaN(a) ? "-" : String.format(Locale.ROOT, "%.3f", a);
    }

    private static double share(double part, double total) {
        return total == 0 ? 0 : part / total;
    }

    /** Writes quality.csv (per layer), summary.csv (per setting) and quality.json into {@code dir}. */
    public static void write(StudyResult result, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(CSV_FILE), csv(result));
            Files.writeString(dir.resolve(SUMMARY_CSV_FILE), summaryCsv(result));
            Files.writeString(dir.resolve(JSON_FILE), JSON.writeValueAsString(Json.of(result)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot write quality report: " + dintsim.models.io.IoErrors.reason(e), e);
        }
    }

    public static String csv(StudyResult result) {
        StringBuilder b = new StringBuilder("format,method,layer,n,k,nonzero_weights,underflow_weights,underflow_fraction,"
                + "underflow_error,rounding_error,total_error,underflow_only_error,rounding_only_error,output_mse,"
                + "signal_power,sqnr_db,metric_rows,metric_channels,alpha\n");
        for (SettingResult s : result.settings()) {
            for (int i = 0; i < s.layers().size(); i++) {
                LayerMetrics m = s.layers().get(i);
                double a = s.alphas().get(i);
                b.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%d,%d,%.8g,%.8g,%.8g,%.8g,%.8g,%.8g,%.8g,%.8g,%.6f,%d,%d,%s%n",
                        quote(s.setting().format().name()), s.setting().method().label(), quote(m.layer()), m.n(), m.k(),
                        m.nonzeroWeights(), m.underflowWeights(), m.underflowFraction(), m.underflowError(), m.roundingError(),
                        m.totalError(), m.underflowOnlyError(), m.roundingOnlyError(), m.outputMse(), m.signalPower(),
                        m.sqnrDb(), m.metricRows(), m.metricChannels(), Double.isNaN(a) ? "" : String.format(Locale.ROOT, "%.4f", a)));
            }
        }
        return b.toString();
    }

    public static String summaryCsv(StudyResult result) {
        StringBuilder b = new StringBuilder("format,method,underflow_fraction,mean_underflow_share,mean_sqnr_db,min_sqnr_db,"
                + "scaled_layers,embedding_sentences,embedding_cosine_mean,embedding_cosine_min\n");
        for (SettingResult s : result.settings()) {
            EmbeddingQuality e = s.embedding();
            b.append(String.format(Locale.ROOT, "%s,%s,%.8g,%.8g,%.6f,%.6f,%d,%s,%s,%s%n", quote(s.setting().format().name()),
                    s.setting().method().label(), s.underflowFraction(), s.meanUnderflowShare(), s.meanSqnrDb(),
                    s.minSqnrDb(), s.scaledLayers(), e == null ? "" : e.sentences(), e == null ? "" : String.format(Locale.ROOT, "%.8f", e.meanCosine()),
                    e == null ? "" : String.format(Locale.ROOT, "%.8f", e.minCosine())));
        }
        return b.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** JSON shape of a study (formats by name, derived figures included). */
    @JsonPropertyOrder({"model", "description", "settings"})
    record Json(String model, String description, List<SettingJson> settings) {
        static Json of(StudyResult r) {
            List<SettingJson> s = new ArrayList<>();
            for (SettingResult x : r.settings()) {
                s.add(new SettingJson(x.setting().format().name(), x.setting().method().label(), x.underflowFraction(),
                        x.meanUnderflowShare(), x.meanSqnrDb(), x.minSqnrDb(), x.embedding(),
                        // Relative to quality.json (the sets sit beside it): no machine's absolute paths in outputs.
                        x.traceSet() == null ? null : x.traceSet().getFileName().toString(), x.layers(),
                        x.alphas().stream().map(a -> a.isNaN() ? null : a).toList()));
            }
            return new Json(r.model(), r.description(), s);
        }
    }

    @JsonPropertyOrder({"format", "method", "underflowFraction", "meanUnderflowShare", "meanSqnrDb", "minSqnrDb",
            "embedding", "traceSet", "layers", "alphas"})
    record SettingJson(String format, String method, double underflowFraction, double meanUnderflowShare,
                       double meanSqnrDb, double minSqnrDb, EmbeddingQuality embedding, String traceSet,
                       List<LayerMetrics> layers, List<Double> alphas) {
        // alphas: null where the chosen scaling is the identity
    }
}
