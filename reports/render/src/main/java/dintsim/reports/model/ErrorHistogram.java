package dintsim.reports.model;

import java.util.List;

/**
 * Histograms of weight quantization error (dequantized minus original, divided by the largest
 * |weight| of the channel) of several formats over the same bins.
 *
 * @param binStart left edge of the first bin
 * @param binWidth width of every bin
 * @param series   one count vector per format, all of the same length
 */
public record ErrorHistogram(double binStart, double binWidth, List<Series> series) {
    /** Counts of one format. */
    public record Series(String format, long[] counts) {
        public Series {
            Checks.name("error histogram", "format", format);
            counts = counts.clone();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] < 0) {
                    throw new IllegalArgumentException("error histogram " + format + ": bin " + i + " has negative count "
                            + counts[i]);
                }
            }
        }

        @Override
        public long[] counts() {
            return counts.clone();
        }
    }

    public ErrorHistogram {
        Checks.finite("error histogram", "binStart", binStart);
        Checks.positive("error histogram", "binWidth", binWidth);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("error histogram: field 'series' is empty");
        }
        int bins = series.get(0).counts.length;
        for (Series s : series) {
            if (s.counts.length != bins || bins == 0) {
                throw new IllegalArgumentException("error histogram: series '" + s.format() + "' has " + s.counts.length
                        + " bins, expected " + bins + " (and at least one)");
            }
        }
    }

    public int bins() {
        return series.get(0).counts.length;
    }

    /** Centre of bin i. */
    public double binCentre(int i) {
        return binStart + (i + 0.5) * binWidth;
    }
}
