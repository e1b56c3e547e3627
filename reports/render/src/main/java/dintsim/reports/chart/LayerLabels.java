package dintsim.reports.chart;

/**
 * Short axis labels for transformer layer names, e.g. {@code encoder.layer.3.attention.self.query}
 * becomes {@code L3.query}; the tables keep the full names.
 */
public final class LayerLabels {
    private LayerLabels() {
    }

    public static String shorten(String layer) {
        String s = layer.replaceFirst("^(?:.*\\.)?layer\\.(\\d+)\\.", "L$1.")
                .replace("attention.self.", "")
                .replace("attention.output.dense", "attn_out")
                .replace("intermediate.dense", "ffn_up")
                .replace("output.dense", "ffn_down");
        return s;
    }
}
