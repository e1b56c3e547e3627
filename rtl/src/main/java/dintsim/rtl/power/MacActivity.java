package dintsim.rtl.power;

import dintsim.models.mac.MacKind;
import dintsim.models.mac.MacDesign;
import dintsim.rtl.synth.CellLibrary;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drives a gate-level MAC (ports of the emitted {@code Mac_*} tops, rtl/docs/RTL.md: clock, reset,
 * w, a, valid, clear, load, loadValue -> acc) with a {@link MacStream}, checks every accumulator
 * value against the golden {@link MacDesign#product} bit for bit, and turns the measured toggles
 * into energy per MAC and per MAC kind.
 *
 * <p>Each MAC is one cycle with {@code load = 1, loadValue = psumIn}: acc' = psumIn + w * a, the
 * weight-stationary PE's operation. One reset cycle comes first and is not counted. The energy of
 * cycle i (its input change, then its clock edge) is charged to MAC i.
 */
public final class MacActivity {
    private final CellLibrary library;
    private final Pattern multiplierInstances;

    /**
     * @param multiplierInstances cells whose instance path (the part of the flattened name before
     *                            the last '.') matches are counted as multiplier
     */
    public MacActivity(CellLibrary library, Pattern multiplierInstances) {
        this.library = library;
        this.multiplierInstances = multiplierInstances;
    }

    /** Energy per MAC, overall and per kind; throws when the netlist disagrees with the golden model. */
    public SwitchingEnergy measure(GateLevelModel mac, MacDesign design, MacStream stream) {
        return measureEachMac(mac, design, stream).energy();
    }

    /**
     * What one measurement gives.
     *
     * @param energy the summary
     * @param macPj  energy of each MAC, pJ (its cycle's switching plus the clock)
     * @param activity the run's transitions per cycle of every cell output and input bit
     */
    public record Measurement(SwitchingEnergy energy, double[] macPj, NetActivity activity) {
    }

    /** Like {@link #measure}, also returning the energy of every MAC. */
    public Measurement measureEachMac(GateLevelModel mac, MacDesign design, MacStream stream) {
        int n = stream.length();
        int oAcc = mac.outputIndex("acc");
        int accWidth = mac.outputs().get(oAcc).width();
        long[][] stimulus = stimulus(mac, stream);
        ActivityRun run = mac.run(stimulus);
        for (int i = 0; i < n; i++) {
            long expected = wrap(stream.psumIn()[i] + design.product(stream.weight()[i], stream.activation()[i]), accWidth);
            long actual = wrap(run.outputs()[i + 1][oAcc], accWidth);
            if (expected != actual) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "%s: gate-level netlist of %s disagrees with the golden model at MAC %d (%s): w code %d, "
                                + "a code %d, psum %d -> netlist acc %d, golden %d", mac.netlist().source(),
                        design.name(), i, stream.source(), stream.weight()[i], stream.activation()[i],
                        stream.psumIn()[i], actual, expected));
            }
        }
        return energy(mac, design, stream, run, NetActivity.of(mac, stimulus, run));
    }

    /**
     * The stimulus rows of a stream: one reset cycle, then per MAC {@code valid = load = 1},
     * {@code loadValue = psumIn} and the operands.
     */
    public static long[][] stimulus(GateLevelModel mac, MacStream stream) {
        int n = stream.length();
        int iw = mac.inputIndex("w");
        int ia = mac.inputIndex("a");
        int iValid = mac.inputIndex("valid");
        int iLoad = mac.inputIndex("load");
        int iValue = mac.inputIndex("loadValue");
        int iReset = mac.inputIndex("reset");
        long valueMask = mask(mac.inputs().get(iValue).width());
        long[][] stimulus = new long[n + 1][mac.inputs().size()];
        stimulus[0][iReset] = 1;
        for (int i = 0; i < n; i++) {
            long[] row = stimulus[i + 1];
            row[iw] = stream.weight()[i];
            row[ia] = stream.activation()[i];
            row[iValid] = 1;
            row[iLoad] = 1;
            row[iValue] = stream.psumIn()[i] & valueMask;
        }
        return stimulus;
    }

    private Measurement energy(GateLevelModel mac, MacDesign design, MacStream stream, ActivityRun run,
                               NetActivity activity) {
        int n = stream.length();
        double clockFj = mac.energies().clockFjPerCycle();
        EnergySplit split = EnergySplit.of(mac, library, multiplierInstances, run);
        double[] kindSum = new double[MacKind.values().length];
        long[] kindCount = new long[MacKind.values().length];
        double totalFj = 0;
        double[] macPj = new double[n];
        for (int i = 0; i < n; i++) {
            double e = run.cycleEnergyFj()[i + 1] + clockFj;
            macPj[i] = e / 1000;
            int k = design.kind(stream.weight()[i]).ordinal();
            kindSum[k] += e;
            kindCount[k]++;
            totalFj += e;
        }
        Map<MacKind, KindEnergy> byKind = new EnumMap<>(MacKind.class);
        for (MacKind k : MacKind.values()) {
            if (kindCount[k.ordinal()] > 0) {
                byKind.put(k, new KindEnergy(kindCount[k.ordinal()], kindSum[k.ordinal()] / kindCount[k.ordinal()] / 1000));
            }
        }
        // The reset cycle's toggles are in the per-cell counts; it is one cycle of many.
        return new Measurement(new SwitchingEnergy(design.name(), stream.source(), n, totalFj / n / 1000, byKind, clockFj / 1000,
                split.registersFj() / n / 1000, split.multiplierFj() / n / 1000, split.otherFj() / n / 1000,
                (double) split.toggles() / n,
                totalFj / 1000), macPj, activity);
    }

    private static long mask(int width) {
        return width >= 64 ? -1L : (1L << width) - 1;
    }

    private static long wrap(long v, int width) {
        int shift = 64 - width;
        return (v << shift) >> shift;
    }
}
