package dintsim.rtl.emit;

import java.util.Locale;

/** The two dataflows of TIMING.md. */
public enum Dataflow {
    /** Weight-stationary. */
    WS,
    /** Output-stationary. */
    OS;

    public static Dataflow parse(String text, String where) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(where + ": dataflow '" + text + "' is not one of ws, os");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
