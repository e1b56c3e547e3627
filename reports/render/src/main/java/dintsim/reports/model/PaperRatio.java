package dintsim.reports.model;

/**
 * A ratio the dINT paper states next to the one dintsim measured.
 *
 * @param metric   what is compared, e.g. {@code area int8xint8 / dint4xint8}
 * @param paper    the paper's figure
 * @param measured dintsim's figure, or null when the stage that measures it did not run
 * @param basis    how dintsim measured it
 */
public record PaperRatio(String metric, double paper, Double measured, String basis) {
    public PaperRatio {
        Checks.name("paper ratio", "metric", metric);
        Checks.positive("paper ratio " + metric, "paper", paper);
        if (measured != null) {
            Checks.nonNegative("paper ratio " + metric, "measured", measured);
        }
    }
}
