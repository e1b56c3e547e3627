package dintsim.reports.model;

/** Argument checks shared by the report records; messages name the record and field. */
final class Checks {
    private Checks() {
    }

    static void name(String what, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + ": field '" + field + "' is empty");
        }
    }

    static void finite(String what, String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + ": field '" + field + "' is " + value + ", must be finite");
        }
    }

    static void nonNegative(String what, String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + ": field '" + field + "' is " + value
                    + ", must be finite and >= 0");
        }
    }

    static void positive(String what, String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + ": field '" + field + "' is " + value
                    + ", must be finite and > 0");
        }
    }
}
