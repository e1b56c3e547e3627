package dintsim.models.quant;

import java.util.Locale;

/** How the per-input-channel scaling between activations and weights is chosen before quantizing. */
public enum QuantMethod {
    /** No scaling: round-to-nearest of the original weights and activations. */
    RTN,
    /** Activation-quantization-aware scaling (the dINT paper): alpha searched on the joint W+A output error. */
    AQAS,
    /** SmoothQuant: fixed migration strength alpha = 0.5, no search. */
    SMOOTHQUANT,
    /** AWQ-style: scale salient (large-activation) channels, alpha searched on the weight-only output error. */
    AWQ;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuantMethod parse(String text) {
        for (QuantMethod m : values()) {
            if (m.label().equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + text + "' (known: rtn, aqas, smoothquant, awq)");
    }
}
