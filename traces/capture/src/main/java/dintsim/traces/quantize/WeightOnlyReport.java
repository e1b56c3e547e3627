package dintsim.traces.quantize;

import dintsim.models.format.NumberFormat;
import dintsim.models.quant.FloatMatrix;
import dintsim.models.quant.QuantConfig;
import dintsim.models.quant.WeightMetrics;
import dintsim.traces.checkpoint.HfCheckpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Weights-only analysis of a checkpoint, layer by layer (one layer's weights in memory at a
 * time): per weight format, the underflow/rounding split of the weight error and the weight SQNR
 * ({@link WeightMetrics}). Needs no activations.
 */
public final class WeightOnlyReport {
    public static final String CSV_FILE = "weights.csv";

    /** One layer in one format. */
    public record Row(String format, WeightMetrics metrics) {
    }

    private WeightOnlyReport() {
    }

    public static List<Row> measure(HfCheckpoint checkpoint, Pattern filter, List<NumberFormat> formats, QuantConfig base,
                                    Progress progress) {
        List<HfCheckpoint.Linear> layers = CheckpointSource.select(checkpoint, filter);
        List<Row> rows = new ArrayList<>();
        progress.begin("weights-only", layers.size());
        try {
            for (HfCheckpoint.Linear l : layers) {
                FloatMatrix w = checkpoint.weights(l);
                for (NumberFormat f : formats) {
                    rows.add(new Row(f.name(), WeightMetrics.measure(l.name(), w, base.withFormat(f).weightQuantizer().quantize(w))));
                }
                progress.advance();
            }
        } finally {
            progress.end();
        }
        return rows;
    }

    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-48s %-14s %6s %6s %10s %10s %11s%n", "layer", "format",
                "N", "K", "underflow", "err:under", "weight SQNR"));
        for (Row r : rows) {
            WeightMetrics m = r.metrics();
            sb.append(String.format(Locale.ROOT, "%-48s %-14s %6d %6d %9.2f%% %9.1f%% %8.2f dB%n", m.layer(), r.format(), m.n(), m.k(),
                    100 * m.underflowFraction(), 100 * m.underflowShare(), m.weightSqnrDb()));
        }
        return sb.toString();
    }

    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("layer,format,n,k,nonzero_weights,underflow_weights,underflow_fraction,"
                + "underflow_mse,rounding_mse,underflow_share,weight_sqnr_db\n");
        for (Row r : rows) {
            WeightMetrics m = r.metrics();
            sb.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%.6g,%.6g,%.6g,%.6g,%.4f%n", m.layer(), r.format(), m.n(), m.k(),
                    m.nonzeroWeights(), m.underflowWeights(), m.underflowFraction(), m.underflowError(), m.roundingError(),
                    m.underflowShare(), m.weightSqnrDb()));
        }
        return sb.toString();
    }

    public static Path write(List<Row> rows, Path dir) {
        Path file = dir.resolve(CSV_FILE);
        try {
            Files.createDirectories(dir);
            Files.writeString(file, csv(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
        return file;
    }
}
