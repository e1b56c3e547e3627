package dintsim.traces.quantize;

import dintsim.models.quant.ActivationCalibration;
import dintsim.models.quant.FloatMatrix;
import dintsim.models.quant.SequenceLengthCalibration;
import dintsim.models.quant.SequenceLengthCalibration.RangeAtLength;
import dintsim.traces.capture.LayerCapture;
import dintsim.traces.capture.MiniLm;
import dintsim.traces.capture.ModelCapture;
import dintsim.traces.capture.TextCorpus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * SLAC report on MiniLM: for each linear layer, how its input activation range (max|x|,
 * percentiles, the calibrated INT8 range) moves when the same corpus is cut into sequences of
 * different lengths.
 *
 * @param lengths sequence lengths, ascending
 * @param byLayer layer name -> one row per length, in model order
 */
public record SlacReport(List<Integer> lengths, Map<String, List<RangeAtLength>> byLayer) {

    public static SlacReport measure(MiniLm model, TextCorpus corpus, List<Integer> lengths, ActivationCalibration calibration,
                                     Progress progress) {
        if (lengths.isEmpty()) {
            throw new IllegalArgumentException("SLAC report: no sequence lengths given");
        }
        List<Integer> sorted = lengths.stream().distinct().sorted().toList();
        Map<String, SortedMap<Integer, FloatMatrix>> data = new LinkedHashMap<>();
        progress.begin("SLAC capture", sorted.size());
        try {
            for (int len : sorted) {
                ModelCapture c = model.captureFixedLength(corpus, len, 0);
                for (LayerCapture lc : c.layers()) {
                    data.computeIfAbsent(lc.name(), n -> new TreeMap<>())
                            .put(len, FloatMatrix.of(lc.name() + ".input(L=" + len + ")", lc.m(), lc.k(), lc.activations()));
                }
                progress.advance();
            }
        } finally {
            progress.end();
        }
        Map<String, List<RangeAtLength>> out = new LinkedHashMap<>();
        for (Map.Entry<String, SortedMap<Integer, FloatMatrix>> e : data.entrySet()) {
            out.put(e.getKey(), SequenceLengthCalibration.ranges(e.getValue(), calibration));
        }
        return new SlacReport(sorted, out);
    }

    /** max|x| per layer and length, then the calibrated range relative to the shortest length. */
    public String table() {
        StringBuilder b = new StringBuilder("SLAC: input activation max|x| by calibration sequence length\n");
        b.append(String.format(Locale.ROOT, "  %-28s", "layer"));
        for (int l : lengths) {
            b.append(String.format(Locale.ROOT, " %9s", "L=" + l));
        }
        b.append(String.format(Locale.ROOT, " %12s%n", "range ratio"));
        for (Map.Entry<String, List<RangeAtLength>> e : byLayer.entrySet()) {
            b.append(String.format(Locale.ROOT, "  %-28s", e.getKey()));
            for (RangeAtLength r : e.getValue()) {
                b.append(String.format(Locale.ROOT, " %9.3f", r.absMax()));
            }
            List<RangeAtLength> rows = e.getValue();
            b.append(String.format(Locale.ROOT, " %12.3f%n", rows.get(rows.size() - 1).calibratedRange() / rows.get(0).calibratedRange()));
        }
        return b.toString();
    }

    public String csv() {
        StringBuilder b = new StringBuilder("layer,length,tokens,abs_max,p99_9,p99,calibrated_range\n");
        for (Map.Entry<String, List<RangeAtLength>> e : byLayer.entrySet()) {
            for (RangeAtLength r : e.getValue()) {
                b.append(String.format(Locale.ROOT, "%s,%d,%d,%.8g,%.8g,%.8g,%.8g%n", e.getKey(), r.length(), r.tokens(),
                        r.absMax(), r.p999(), r.p99(), r.calibratedRange()));
            }
        }
        return b.toString();
    }

    /** Layers in model order (for tests and reports). */
    public List<String> layers() {
        return new ArrayList<>(byLayer.keySet());
    }
}
