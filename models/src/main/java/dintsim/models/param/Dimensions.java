package dintsim.models.param;

import java.util.Locale;

/**
 * Parses sizes written as {@code RxC} (an array) or {@code MxKxN} (a layer): positive whole
 * numbers separated by 'x'. Every command and benchmark reads such text here, so the accepted
 * syntax and the error message are the same everywhere.
 */
public final class Dimensions {
    private Dimensions() {
    }

    /**
     * @param text    what the user wrote, e.g. {@code 8x8} or {@code 33x70x17}
     * @param pattern the expected form, e.g. {@code RxC} or {@code MxKxN}; its 'x's give the count
     * @param where   what the text is, for the message, e.g. {@code option --array}
     * @return the sizes, in the order written
     */
    public static int[] parse(String text, String pattern, String where) {
        int count = pattern.split("x", -1).length;
        String[] parts = text == null ? new String[0] : text.trim().toLowerCase(Locale.ROOT).split("x", -1);
        int[] sizes = new int[count];
        boolean ok = parts.length == count;
        for (int i = 0; ok && i < count; i++) {
            try {
                sizes[i] = Integer.parseInt(parts[i].trim());
                ok = sizes[i] > 0;
            } catch (NumberFormatException e) {
                ok = false;
            }
        }
        if (!ok) {
            throw new IllegalArgumentException(where + ": '" + text + "' is not " + pattern
                    + " (positive whole numbers separated by 'x', e.g. " + "16x".repeat(count - 1) + "16)");
        }
        return sizes;
    }
}
