package dintsim.reports.model;

/**
 * Verilator co-simulation of one layer trace against the Java simulator.
 *
 * @param layer          layer name
 * @param design         design name
 * @param array          array label, e.g. {@code 8x8 ws}
 * @param simCycles      cycles the Java simulator reports
 * @param rtlCycles      cycles the RTL took
 * @param valuesCompared output values compared
 * @param mismatches     output values that differ
 */
public record CosimCheck(String layer, String design, String array, long simCycles, long rtlCycles,
                         long valuesCompared, long mismatches) {
    public CosimCheck {
        Checks.name("co-simulation", "layer", layer);
        Checks.name("co-simulation of " + layer, "design", design);
        Checks.name("co-simulation of " + layer, "array", array);
    }

    public boolean agrees() {
        return simCycles == rtlCycles && mismatches == 0;
    }
}
