package dintsim.sim.hw.array;

import java.util.Locale;

/** Which operand stays in the PEs: the weights (ws) or the outputs (os). See TIMING.md. */
public enum Dataflow {
    WS,
    OS;

    /** Parses "ws" / "os" (any case); {@code where} names the file and field for the error. */
    public static Dataflow parse(String text, String where) {
        if (text != null) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "ws":
                case "weight-stationary":
                    return WS;
                case "os":
                case "output-stationary":
                    return OS;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(where + ": unknown dataflow '" + text + "' (expected ws or os)");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
