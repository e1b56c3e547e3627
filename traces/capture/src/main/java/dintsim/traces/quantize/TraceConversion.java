package dintsim.traces.quantize;

import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.quant.QuantizedLayer;
import dintsim.traces.LayerTrace;

/** Turns a quantized layer into the trace the simulator replays. */
public final class TraceConversion {
    private TraceConversion() {
    }

    /**
     * The trace of a quantized layer: its weight and activation codes and scales, and the default
     * accumulator (exact, error on overflow), widened when K exceeds the depth the default is
     * sized for so that no K-long dot product can overflow.
     *
     * @param referenceOutput M x N FP32 outputs of the original layer (without bias), or null
     */
    public static LayerTrace toTrace(QuantizedLayer layer, float[] referenceOutput) {
        var weights = layer.weights().toCodeMatrix();
        AccumulatorSpec acc = accumulatorFor(layer, layer.activations().cols());
        return new LayerTrace(layer.name(), layer.activations(), weights, layer.weightScales(), layer.activationScale(),
                acc, referenceOutput);
    }

    static AccumulatorSpec accumulatorFor(QuantizedLayer layer, int k) {
        var wf = layer.weights().format();
        var af = layer.activations().format();
        AccumulatorSpec acc = MacDesigns.defaultAccumulator(wf, af);
        MacDesign design = new MacDesign(wf, af, acc);
        if (design.cannotOverflow(k)) {
            return acc;
        }
        int width = AccumulatorSpec.bitsFor(design.maxAbsProduct() * k);
        if (width > AccumulatorSpec.MAX_WIDTH) {
            throw new IllegalArgumentException("layer " + layer.name() + ": K = " + k + " products of " + design.name()
                    + " need a " + width + "-bit accumulator, more than " + AccumulatorSpec.MAX_WIDTH);
        }
        return new AccumulatorSpec(width, acc.fractionBits(), acc.overflow());
    }
}
