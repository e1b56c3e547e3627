package dintsim.models.mac;

import java.util.Locale;

/** What an accumulator does when a partial sum leaves its range. */
public enum OverflowPolicy {
    /** Clamp to the nearest end of the range at every addition. */
    SATURATE,
    /** Keep the low bits (two's complement wrap-around), as a plain adder does. */
    WRAP,
    /** Stop: the run fails with the output and step that overflowed. */
    ERROR;

    public static OverflowPolicy parse(String text, String where) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(where + ": overflow policy '" + text + "' is not one of saturate, wrap, error");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
