package dintsim.traces.cli;

import dintsim.models.format.CodeKind;
import dintsim.models.format.CodePoint;
import dintsim.models.format.NumberFormat;
import dintsim.traces.LayerTrace;
import dintsim.traces.io.SectionInfo;
import dintsim.traces.io.TraceFile;
import dintsim.traces.io.TraceReader;
import dintsim.traces.stats.CodeHistogram;
import dintsim.traces.stats.ScaleSummary;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dintsim trace inspect FILE}: what a trace holds, read with every check of the reader. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print a trace's header, shapes, formats, accumulator, scale statistics, weight code histogram, "
                + "activation code summary, zero/special weight counts and section checksums.")
public final class TraceInspectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A trace file (.dtrace).")
    Path file;

    @Spec
    CommandSpec spec;

    public TraceInspectCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TraceFile tf = TraceReader.readFile(file);
        print(out, tf);
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, TraceFile tf) {
        LayerTrace t = tf.trace();
        out.printf(Locale.ROOT, "file:        %s (%d bytes, format version %d)%n", tf.file(), tf.sizeBytes(), tf.version());
        out.printf(Locale.ROOT, "layer:       %s%n", t.layer());
        out.printf(Locale.ROOT, "shape:       M x K x N = %d x %d x %d (activations %d x %d, weights %d x %d, outputs %d x %d), "
                + "%d MACs%n", t.m(), t.k(), t.n(), t.m(), t.k(), t.n(), t.k(), t.m(), t.n(), (long) t.m() * t.k() * t.n());
        out.printf(Locale.ROOT, "design:      %s%n", t.design().name());
        out.printf(Locale.ROOT, "weights:     %s%n", describe(t.weights().format()));
        out.printf(Locale.ROOT, "activations: %s%n", describe(t.activations().format()));
        out.printf(Locale.ROOT, "accumulator: %s%n", t.accumulator());
        out.printf(Locale.ROOT, "reference:   %s%n", t.referenceOutput() == null ? "none" : "FP32 output, " + t.m() + " x " + t.n());
        out.printf(Locale.ROOT, "activation scale: %s%n", num(t.activationScale()));
        ScaleSummary s = ScaleSummary.of(t.weightScales());
        out.printf(Locale.ROOT, "weight scales (%d, per output channel): min %s, median %s, mean %s, max %s%n", s.count(),
                num(s.min()), num(s.median()), num(s.mean()), num(s.max()));
        weightHistogram(out, new CodeHistogram(t.weights()));
        activationSummary(out, new CodeHistogram(t.activations()));
        out.println("checksums: all " + tf.sections().size() + " sections OK (CRC32)");
        for (SectionInfo si : tf.sections()) {
            out.printf(Locale.ROOT, "  %s  at byte %d, %d payload bytes, CRC32 0x%08x%n", si.tag(), si.offset(),
                    si.payloadBytes(), si.crc32());
        }
    }

    private static String describe(NumberFormat f) {
        return String.format(Locale.ROOT, "%s (%d bits, %d values, %d fraction bits) - %s", f.name(), f.bits(),
                f.values().length, f.fractionBits(), f.description());
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String value(double v) {
        return v == 0 ? "0" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static void weightHistogram(PrintWriter out, CodeHistogram h) {
        NumberFormat f = h.format();
        out.printf(Locale.ROOT, "weight codes (%d weights):%n", h.total());
        out.printf(Locale.ROOT, "  %-8s  %8s  %-7s  %12s  %8s%n", "code", "value", "kind", "count", "%");
        for (CodePoint p : f.codePoints()) {
            long c = h.count(p.code());
            out.printf(Locale.ROOT, "  %-8s  %8s  %-7s  %12d  %7.3f%%%n", f.bitPattern(p.code()), value(p.value()),
                    p.kind().name().toLowerCase(Locale.ROOT), c, 100 * h.fraction(c));
        }
        long zero = h.countOfKind(CodeKind.ZERO);
        long special = h.countOfKind(CodeKind.SPECIAL);
        out.printf(Locale.ROOT, "zero weights: %d (%.3f%%) - in a trace only codes are kept, so this counts every weight that "
                + "quantized to 0, whether or not it was 0 before%n", zero, 100 * h.fraction(zero));
        out.printf(Locale.ROOT, "special weights (dINT +-s, shift path): %d (%.3f%%)%s%n", special, 100 * h.fraction(special),
                f.codePoints().stream().anyMatch(p -> p.kind() == CodeKind.SPECIAL) ? "" : " - this format has none");
        long extremes = h.countAtExtremes();
        out.printf(Locale.ROOT, "weights at the range ends (%s or %s): %d (%.3f%%)%n", value(f.minValue()),
                value(f.maxValue()), extremes, 100 * h.fraction(extremes));
    }

    private static void activationSummary(PrintWriter out, CodeHistogram h) {
        NumberFormat f = h.format();
        long zero = h.countOfKind(CodeKind.ZERO);
        long extremes = h.countAtExtremes();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (CodePoint p : f.codePoints()) {
            if (h.count(p.code()) > 0) {
                lo = Math.min(lo, p.value());
                hi = Math.max(hi, p.value());
            }
        }
        out.printf(Locale.ROOT, "activation codes (%d activations): %d distinct codes, values %s .. %s, mean |value| %.3f, "
                        + "zeros %d (%.3f%%), at the range ends (%s or %s) %d (%.3f%%)%n", h.total(), h.distinctCodes(),
                value(lo), value(hi), h.meanAbsValue(), zero, 100 * h.fraction(zero), value(f.minValue()),
                value(f.maxValue()), extremes, 100 * h.fraction(extremes));
    }
}
