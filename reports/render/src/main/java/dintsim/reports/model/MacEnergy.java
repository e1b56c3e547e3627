package dintsim.reports.model;

/**
 * Average energy of one MAC of a design, from switching activity on a replayed trace.
 *
 * @param design         design name
 * @param picojoulesPerMac energy per MAC, pJ (includes the PE's registers)
 * @param basis          how it was measured, e.g. {@code yosys+verilator toggles, layer X}
 */
public record MacEnergy(String design, double picojoulesPerMac, String basis) {
    public MacEnergy {
        Checks.name("MAC energy", "design", design);
        Checks.nonNegative("MAC energy of " + design, "picojoulesPerMac", picojoulesPerMac);
    }
}
