package dintsim.rtl.synth;

import dintsim.rtl.power.NetEnergies;
import java.util.Comparator;
import java.util.Locale;

/**
 * The cost of one register bit outside the MAC units (operand and partial-sum registers of a PE),
 * from the same library the MACs were synthesized on: the smallest positive-edge flip-flop, its
 * area, and the energy of one write. A write is one clock cycle of the cell plus, with random
 * data, half a transition of its output (at the load of the next register's D pin: registers in
 * an array forward to their neighbour) and of its D input.
 *
 * @param cell           the flip-flop cell
 * @param energyPerBitPj energy of one bit write, pJ, at the library's voltage
 * @param areaPerBitUm2  the cell's area, um^2
 */
public record RegisterCost(LibraryCell cell, double energyPerBitPj, double areaPerBitUm2) {
    /** Probability that a written bit changes, for uncorrelated data. */
    public static final double DATA_TOGGLE_PROBABILITY = 0.5;

    /** The register cost of a library; fails when it has no positive-edge flip-flop. */
    public static RegisterCost of(CellLibrary library) {
        LibraryCell ff = library.cells().values().stream()
                .filter(c -> c.sequential() && c.inputs().size() == 2 && c.function().replaceAll("[()\\s]", "")
                        .equals(dataPin(c)))
                .min(Comparator.comparingDouble(LibraryCell::areaUm2).thenComparing(LibraryCell::name))
                .orElseThrow(() -> new IllegalArgumentException(library.name()
                        + ": no flip-flop with one data pin (next_state = D); cannot cost the PE registers"));
        String d = dataPin(ff);
        double slew = NetEnergies.INPUT_SLEW_NS;
        double fj = ff.power().clockCycleFj(slew) + DATA_TOGGLE_PROBABILITY
                * (ff.power().outputTransitionFj(ff.pinPf(d), slew) + ff.power().inputTransitionFj(d, slew));
        return new RegisterCost(ff, fj / 1000, ff.areaUm2());
    }

    private static String dataPin(LibraryCell c) {
        return c.inputs().stream().filter(p -> !p.equals(c.clock())).findFirst().orElse("");
    }

    /** Where the energy comes from, for the cost table's source field. */
    public String energySource(LibraryLabel library) {
        return String.format(Locale.ROOT, "%s %s from %s: one clock cycle + %.1f x (an output transition at the load "
                        + "of one %s D pin + a D-pin transition), transitions at %.2f ns, at %.1f V",
                library.name(), cell.name(), library.provenance(), DATA_TOGGLE_PROBABILITY, cell.name(),
                NetEnergies.INPUT_SLEW_NS, library.voltage());
    }

    /** Where the area comes from. */
    public String areaSource(LibraryLabel library) {
        return library.name() + " " + cell.name() + " cell area (" + library.provenance() + ")";
    }
}
