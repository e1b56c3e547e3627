package dintsim.traces.quantize;

import dintsim.models.quant.FloatMatrix;

/**
 * One linear layer to quantize: FP32 weights (N x K) and bias, the calibration activations that
 * decide scaling and ranges, and the activations to quantize into the trace and to measure on.
 *
 * @param name        layer name
 * @param weights     N x K
 * @param bias        N biases, or null (only the end-to-end forward pass uses it)
 * @param calibration calibration tokens x K
 * @param activations evaluation/trace tokens x K
 */
public record LayerInput(String name, FloatMatrix weights, float[] bias, FloatMatrix calibration, FloatMatrix activations) {
    public LayerInput {
        if (weights.cols() != calibration.cols() || weights.cols() != activations.cols()) {
            throw new IllegalArgumentException("layer " + name + ": weights have K = " + weights.cols()
                    + ", calibration activations " + calibration.cols() + ", activations " + activations.cols());
        }
        if (bias != null && bias.length != weights.rows()) {
            throw new IllegalArgumentException("layer " + name + ": " + bias.length + " biases for N = " + weights.rows());
        }
    }
}
