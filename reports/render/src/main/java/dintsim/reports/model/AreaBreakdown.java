package dintsim.reports.model;

/**
 * Synthesized area of one MAC design split by what the cells implement.
 *
 * @param design        design name, e.g. {@code dint4xint8}
 * @param multiplierUm2 cells of the product datapath (multiplier, shifter, sign handling), um^2
 * @param adderUm2      cells of the accumulator adder, um^2
 * @param registerUm2   flip-flops, um^2
 * @param otherUm2      everything the flow could not attribute (muxes, glue), um^2
 */
public record AreaBreakdown(String design, double multiplierUm2, double adderUm2, double registerUm2, double otherUm2) {
    public AreaBreakdown {
        Checks.name("area", "design", design);
        Checks.nonNegative("area of " + design, "multiplierUm2", multiplierUm2);
        Checks.nonNegative("area of " + design, "adderUm2", adderUm2);
        Checks.nonNegative("area of " + design, "registerUm2", registerUm2);
        Checks.nonNegative("area of " + design, "otherUm2", otherUm2);
    }

    public double totalUm2() {
        return multiplierUm2 + adderUm2 + registerUm2 + otherUm2;
    }
}
