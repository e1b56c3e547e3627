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
 * @param problems       what diverged, first divergence first; empty when everything agreed
 */
public record CosimCheck(String layer, String design, String array, long simCycles, long rtlCycles,
                         long valuesCompared, long mismatches, String problems) {
    public CosimCheck {
        Checks.name("co-simulation", "layer", layer);
        Checks.name("co-simulation of " + layer, "design", design);
        Checks.name("co-simulation of " + layer, "array", array);
        problems = problems == null ? "" : problems;
    }

    public boolean agrees() {
        return simCycles == rtlCycles && mismatches == 0 && problems.isEmpty();
    }
}
