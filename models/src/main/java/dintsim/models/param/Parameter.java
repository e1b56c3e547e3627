package dintsim.models.param;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/**
 * One configurable value, declared once: its name, meaning, unit, default and bounds. Files are
 * validated with {@link #read}, command-line values with {@link #check}, help texts come from
 * {@link #help()}, and {@code dintsim info} lists every declaration; so a default or a bound is
 * written in exactly one place.
 *
 * @param <T> Integer, Double, Boolean or String
 */
public final class Parameter<T> {
    /** How the value is written. */
    public enum Type {
        INTEGER, NUMBER, BOOLEAN, CHOICE, TEXT
    }

    private final String name;
    private final String meaning;
    private final String unit;
    private final Type type;
    private final T defaultValue;
    private final double min;
    private final double max;
    private final boolean minExclusive;
    private final List<String> choices;

    private Parameter(String name, String meaning, String unit, Type type, T defaultValue, double min, double max,
                      boolean minExclusive, List<String> choices) {
        this.name = name;
        this.meaning = meaning;
        this.unit = unit;
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.minExclusive = minExclusive;
        this.choices = choices;
    }

    /** An integer in [min, max]. */
    public static Parameter<Integer> integer(String name, String meaning, String unit, int defaultValue, int min, int max) {
        return new Parameter<>(name, meaning, unit, Type.INTEGER, defaultValue, min, max, false, List.of());
    }

    /** A number in (0, max]. */
    public static Parameter<Double> positive(String name, String meaning, String unit, double defaultValue, double max) {
        return new Parameter<>(name, meaning, unit, Type.NUMBER, defaultValue, 0, max, true, List.of());
    }

    public static Parameter<Boolean> bool(String name, String meaning, boolean defaultValue) {
        return new Parameter<>(name, meaning, "", Type.BOOLEAN, defaultValue, 0, 0, false, List.of());
    }

    /** One of {@code choices} (compared without case). */
    public static Parameter<String> choice(String name, String meaning, String defaultValue, List<String> choices) {
        return new Parameter<>(name, meaning, "", Type.CHOICE, defaultValue, 0, 0, false, List.copyOf(choices));
    }

    /** Free text checked by its user (e.g. a design name); {@code defaultValue} may be null (optional). */
    public static Parameter<String> text(String name, String meaning, String defaultValue) {
        return new Parameter<>(name, meaning, "", Type.TEXT, defaultValue, 0, 0, false, List.of());
    }

    /** The same parameter with another default (e.g. each buffer's own size). */
    public Parameter<T> withDefault(T value) {
        return new Parameter<>(name, meaning, unit, type, check(value, "default of '" + name + "'"), min, max, minExclusive,
                choices);
    }

    public String name() {
        return name;
    }

    public String meaning() {
        return meaning;
    }

    public String unit() {
        return unit;
    }

    public Type type() {
        return type;
    }

    /** The default, or null when the parameter is optional and has none. */
    public T defaultValue() {
        return defaultValue;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public List<String> choices() {
        return choices;
    }

    /** The accepted values as text: "1..1024", "> 0 and <= 1e+05", "ws, os, is", "true or false". */
    public String bounds() {
        return switch (type) {
            case INTEGER -> (long) min + ".." + (long) max;
            case NUMBER -> (minExclusive ? "> " : ">= ") + format(min) + " and <= " + format(max);
            case BOOLEAN -> "true or false";
            case CHOICE -> String.join(", ", choices);
            case TEXT -> "text";
        };
    }

    /** The default as text ("-" when there is none). */
    public String defaultText() {
        return defaultValue == null ? "-" : format(defaultValue);
    }

    /** One line for help texts: meaning, unit, default and bounds. */
    public String help() {
        String unitText = unit.isEmpty() ? "" : ", " + unit;
        if (type == Type.TEXT) {
            return meaning + unitText + (defaultValue == null ? "" : " (default " + defaultText() + ")");
        }
        return meaning + unitText + " (default " + defaultText() + "; " + bounds() + ")";
    }

    private static String format(Object v) {
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : String.format(Locale.ROOT, "%.6g", d);
        }
        return String.valueOf(v);
    }

    /**
     * Checks a value against the bounds; {@code where} names the file and field (or option) for the
     * error. A choice is returned in its declared spelling.
     */
    @SuppressWarnings("unchecked")
    public T check(T value, String where) {
        switch (type) {
            case INTEGER -> {
                long v = ((Number) value).longValue();
                if (v < min || v > max) {
                    throw new IllegalArgumentException(where + " is " + v + ", must be " + bounds());
                }
            }
            case NUMBER -> {
                double v = ((Number) value).doubleValue();
                if (!(minExclusive ? v > min : v >= min) || !(v <= max)) {
                    throw new IllegalArgumentException(where + " is " + format(v) + ", must be " + bounds());
                }
            }
            case CHOICE -> {
                for (String c : choices) {
                    if (c.equalsIgnoreCase(String.valueOf(value).trim())) {
                        return (T) c;
                    }
                }
                throw new IllegalArgumentException(where + " is '" + value + "', must be one of " + bounds());
            }
            default -> {
            }
        }
        return value;
    }

    /**
     * Reads the field {@code name} of a JSON/YAML object: its default when absent, else the value
     * checked for type and bounds. {@code where} is the prefix of errors, e.g. {@code "arch.yaml: field 'array.rows'"}.
     */
    @SuppressWarnings("unchecked")
    public T read(JsonNode parent, String where) {
        JsonNode v = parent == null ? null : parent.get(name);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        Object value = switch (type) {
            case INTEGER -> {
                if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                    throw new IllegalArgumentException(where + " must be an integer, got " + v);
                }
                yield v.asInt();
            }
            case NUMBER -> {
                if (!v.isNumber()) {
                    throw new IllegalArgumentException(where + " must be a number, got " + v);
                }
                yield v.asDouble();
            }
            case BOOLEAN -> {
                if (!v.isBoolean()) {
                    throw new IllegalArgumentException(where + " must be true or false, got " + v);
                }
                yield v.asBoolean();
            }
            case CHOICE, TEXT -> {
                if (!v.isTextual()) {
                    throw new IllegalArgumentException(where + " must be text, got " + v);
                }
                yield v.asText();
            }
        };
        return check((T) value, where);
    }
}
