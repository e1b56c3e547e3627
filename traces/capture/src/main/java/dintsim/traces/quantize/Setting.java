package dintsim.traces.quantize;

import dintsim.models.format.NumberFormat;
import dintsim.models.quant.QuantMethod;

/**
 * One quantization setting of a study: a weight format (activations are INT8) and a method.
 *
 * @param format weight format
 * @param method channel-scaling method
 */
public record Setting(NumberFormat format, QuantMethod method) {
    /** e.g. {@code W4A8 dint4(s=0.25) aqas}. */
    public String label() {
        return "W" + format.bits() + "A8 " + format.name() + " " + method.label();
    }

    /** A directory-safe name, e.g. {@code dint4_s0.25-aqas}. */
    public String directoryName() {
        String f = format.name().replace("(", "_").replace(")", "").replace("=", "").replace(",", "_");
        return f.replaceAll("[^A-Za-z0-9._]+", "_") + "-" + method.label();
    }
}
