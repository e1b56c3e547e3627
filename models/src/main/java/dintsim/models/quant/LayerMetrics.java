package dintsim.models.quant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Quality of one quantized layer.
 *
 * <p>Weight error split (the dINT paper's Eq. 4): with dW = W_q - W = du + dr, where du holds the
 * underflowed weights (non-zero in W, zero after quantization: du = -W there) and dr the rest,
 * the weight-only output error e = dW X has mean square E[e^2] = {@link #totalError}. It is split
 * additively as underflow part E[e * du X] plus rounding part E[e * dr X] (each pure term plus
 * half of the cross term 2E[(du X)(dr X)]), so the two parts sum to the total exactly; the pure
 * terms E[(du X)^2] and E[(dr X)^2] are given too. SQNR is measured with weights AND activations
 * quantized: 10 log10(sum (WX)^2 / sum (W_q X_q - WX)^2).
 *
 * @param layer              layer name
 * @param n                  output channels
 * @param k                  input channels
 * @param nonzeroWeights     weights that are not zero before quantization
 * @param underflowWeights   of those, the ones quantized to zero
 * @param underflowError     underflow part of the weight-only output MSE
 * @param roundingError      rounding part of the weight-only output MSE
 * @param totalError         weight-only output MSE, E[(WX - W_q X)^2]
 * @param underflowOnlyError E[(du X)^2]
 * @param roundingOnlyError  E[(dr X)^2]
 * @param outputMse          joint output MSE, E[(WX - W_q X_q)^2]
 * @param signalPower        E[(WX)^2]
 * @param sqnrDb             10 log10(signalPower / outputMse); +Infinity when the error is zero
 * @param metricRows         tokens the output metrics averaged over
 * @param metricChannels     output channels the output metrics averaged over
 */
public record LayerMetrics(String layer, int n, int k, long nonzeroWeights, long underflowWeights,
                           double underflowError, double roundingError, double totalError,
                           double underflowOnlyError, double roundingOnlyError,
                           double outputMse, double signalPower, double sqnrDb, int metricRows, int metricChannels) {

    /** Non-zero weights quantized to zero / non-zero weights (0 when there is none). */
    @JsonProperty("underflowFraction")
    public double underflowFraction() {
        return nonzeroWeights == 0 ? 0 : (double) underflowWeights / nonzeroWeights;
    }

    /** Share of the weight-only output error due to underflow. */
    @JsonProperty("underflowShare")
    public double underflowShare() {
        return totalError == 0 ? 0 : underflowError / totalError;
    }
}
