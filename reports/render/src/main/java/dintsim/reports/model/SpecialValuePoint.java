package dintsim.reports.model;

/**
 * One point of dINT's special-value sweep (the paper's appendix A.5).
 *
 * @param s                 the special value in units of the integer step
 * @param sqnrDb            mean layer-output SQNR, dB
 * @param embeddingCosine   mean sentence-embedding cosine to FP32, or null if not measured
 * @param underflowFraction fraction of non-zero weights that quantize to zero
 */
public record SpecialValuePoint(double s, double sqnrDb, Double embeddingCosine, double underflowFraction) {
    public SpecialValuePoint {
        Checks.positive("special-value point", "s", s);
        Checks.finite("special-value point s=" + s, "sqnrDb", sqnrDb);
        if (embeddingCosine != null) {
            Checks.finite("special-value point s=" + s, "embeddingCosine", embeddingCosine);
        }
        if (!(underflowFraction >= 0 && underflowFraction <= 1)) {
            throw new IllegalArgumentException("special-value point s=" + s + ": field 'underflowFraction' is "
                    + underflowFraction + ", must be in 0..1");
        }
    }
}
