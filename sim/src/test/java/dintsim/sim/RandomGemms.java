package dintsim.sim;

import dintsim.models.format.NumberFormat;
import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.mac.OverflowPolicy;
import dintsim.sim.cost.CostTable;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import java.util.Map;
import java.util.SplittableRandom;

/** Random code matrices and layer traces for tests (explicit seeds). */
public final class RandomGemms {
    private RandomGemms() {
    }

    /** Uniform over the valid codes of the format. */
    public static CodeMatrix matrix(NumberFormat format, int rows, int cols, SplittableRandom random) {
        return CodeMatrix.random(format, rows, cols, random);
    }

    /** See {@link SampleTraces#uniform}: uniform random codes, unit scales. */
    public static LayerTrace trace(MacDesign design, int m, int k, int n, long seed) {
        return SampleTraces.uniform(design, m, k, n, seed);
    }

    public static LayerTrace trace(String design, int m, int k, int n, long seed) {
        return trace(MacDesigns.standard(design), m, k, n, seed);
    }

    /**
     * The built-in table with the entry of {@code design}'s name re-keyed to its accumulator: for
     * tests of cycles and values on a non-default accumulator, whose energy they do not check (the
     * real table rightly refuses to charge one accumulator's measurement to another).
     */
    public static CostTable costsFor(MacDesign design) {
        CostTable defaults = CostTable.defaults();
        return defaults.withMacs(Map.of(design, defaults.macCost(MacDesigns.standard(design.name()))),
                "test: " + design.key() + " charged as the default accumulator", "test costs for " + design.key());
    }

    /** A design with a narrow accumulator of the given width and policy. */
    public static MacDesign narrow(String name, int width, OverflowPolicy policy) {
        MacDesign d = MacDesigns.standard(name);
        return new MacDesign(d.weightFormat(), d.activationFormat(),
                new AccumulatorSpec(width, d.accumulator().fractionBits(), policy));
    }
}
