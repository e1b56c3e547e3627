package dintsim.sim.replay;

import java.util.Locale;

/** How the array is simulated: per-PE per-cycle (values move through registers) or per fold. */
public enum Fidelity {
    CYCLE,
    FAST;

    public static Fidelity parse(String text, String where) {
        if (text != null) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "cycle":
                case "cycle-accurate":
                    return CYCLE;
                case "fast":
                    return FAST;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(where + ": unknown fidelity '" + text + "' (expected fast or cycle)");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
