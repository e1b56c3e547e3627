package dintsim.models.quant;

import java.util.List;

/**
 * The chosen per-input-channel scaling s (weights multiplied by s_j, activations divided by it)
 * and how it was found.
 *
 * @param method         the method that chose it
 * @param factors        s, one per input channel (all 1 for RTN)
 * @param alpha          the migration strength used, or NaN for the identity
 * @param startObjective the method's objective at the identity (null for methods without search)
 * @param objective      the method's objective at the chosen s (null for methods without search)
 * @param trials         every candidate the search evaluated, in order
 * @param refined        channels whose factor the per-channel refinement changed (AQAS only)
 */
public record ChannelScaling(QuantMethod method, float[] factors, double alpha, Double startObjective,
                             Double objective, List<Trial> trials, int refined) {

    /**
     * One evaluated candidate: alpha (NaN = identity), the refined channel and its factor
     * multiplier (-1 and 1 for plain alpha candidates), and its objective value.
     */
    public record Trial(double alpha, int channel, double multiplier, double objective) {
        public Trial(double alpha, double objective) {
            this(alpha, -1, 1, objective);
        }
    }

    public boolean isIdentity() {
        for (float f : factors) {
            if (f != 1f) {
                return false;
            }
        }
        return true;
    }
}
