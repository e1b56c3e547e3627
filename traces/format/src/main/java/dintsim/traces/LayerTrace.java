package dintsim.traces;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;

/**
 * One linear layer ready for replay: quantized activations (M x K) and weights (N x K, one row
 * per output channel), their scales, the accumulator the hardware uses, and optionally the FP32
 * output of the original layer. Real value of O[m][n] = acc * 2^-fractionBits * activationScale
 * * weightScales[n].
 *
 * @param layer           layer name, e.g. {@code encoder.layer.0.attention.self.query}
 * @param activations     M x K activation codes
 * @param weights         N x K weight codes
 * @param weightScales    N per-output-channel scales (positive, finite)
 * @param activationScale the per-tensor activation scale (positive, finite)
 * @param accumulator     accumulator of the MAC design
 * @param referenceOutput M x N FP32 outputs of the unquantized layer, or null
 */
public record LayerTrace(String layer, CodeMatrix activations, CodeMatrix weights, float[] weightScales,
                         float activationScale, AccumulatorSpec accumulator, float[] referenceOutput) {

    public LayerTrace {
        if (activations.cols() != weights.cols()) {
            throw new IllegalArgumentException("layer " + layer + ": activations have K = " + activations.cols()
                    + " but weights have K = " + weights.cols());
        }
        if (weightScales.length != weights.rows()) {
            throw new IllegalArgumentException("layer " + layer + ": " + weightScales.length
                    + " weight scales for N = " + weights.rows() + " output channels");
        }
        if (referenceOutput != null && referenceOutput.length != (long) activations.rows() * weights.rows()) {
            throw new IllegalArgumentException("layer " + layer + ": reference output has " + referenceOutput.length
                    + " values, expected M x N = " + (long) activations.rows() * weights.rows());
        }
    }

    public int m() {
        return activations.rows();
    }

    public int k() {
        return activations.cols();
    }

    public int n() {
        return weights.rows();
    }

    /**
     * True when both traces hold the same layer name, codes, format specs, scales, accumulator
     * and reference output (a record's own equals compares arrays by identity).
     */
    public boolean sameContent(LayerTrace o) {
        return layer.equals(o.layer) && sameCodes(activations, o.activations) && sameCodes(weights, o.weights)
                && java.util.Arrays.equals(weightScales, o.weightScales)
                && Float.compare(activationScale, o.activationScale) == 0 && accumulator.equals(o.accumulator)
                && java.util.Arrays.equals(referenceOutput, o.referenceOutput);
    }

    private static boolean sameCodes(CodeMatrix a, CodeMatrix b) {
        return a.rows() == b.rows() && a.cols() == b.cols() && a.format().spec().equals(b.format().spec())
                && java.util.Arrays.equals(a.codes(), b.codes());
    }

    /** The MAC design this trace is for: its formats and accumulator. */
    public MacDesign design() {
        return new MacDesign(weights.format(), activations.format(), accumulator);
    }
}
