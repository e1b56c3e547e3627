package dintsim.rtl.synth;

import dintsim.models.mac.MacDesign;
import dintsim.rtl.gatesim.EventGateSimulator;
import dintsim.rtl.gatesim.SdfDelays;
import dintsim.rtl.power.MacActivity;
import dintsim.rtl.power.MacStream;
import dintsim.rtl.power.SwitchingEnergy;
import dintsim.rtl.timing.OpenSta;
import dintsim.rtl.timing.StaTiming;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Energy per MAC of one synthesized netlist with and without glitches, on the same operands: the
 * Java gate-level simulator at zero delay and timed with OpenSTA's SDF delays for the real loads
 * (every transition that reaches a net charged, glitches included). Timed simulation costs about
 * a thousand times a zero-delay one, so it runs on a shorter stream than the study's.
 */
public final class GlitchAwareEnergy {
    private final CellLibrary library;
    private final MacActivity activity;
    private final OpenSta sta;

    public GlitchAwareEnergy(CellLibrary library, MacActivity activity, OpenSta sta) {
        this.library = library;
        this.activity = activity;
        this.sta = sta;
    }

    /**
     * One clock phase of the timed run, ps: twice the critical path and at least 5 ns, so every
     * net settles before the next input change and no transition is cut off.
     */
    public static long phasePs(StaTiming timing) {
        return Math.max(5000, Math.round(timing.criticalPathNs() * 2000));
    }

    /** Both energies of {@code point}'s netlist on {@code stream}; OpenSTA writes the SDF under the netlist's directory. */
    public GlitchEnergy measure(SweepPoint point, MacDesign design, MacStream stream) {
        SynthResult synth = point.synth();
        double period = point.timing().periodNs();
        Path dir = synth.netlist().getParent().resolve(String.format(Locale.ROOT, "sdf-%.3fns", period));
        Path sdfFile = dir.resolve("netlist.sdf");
        StaTiming timing = sta.time(library, synth.netlist(), synth.top(), "clock", period, dir, sdfFile);
        EventGateSimulator zero = EventGateSimulator.zeroDelay(synth.netlist(), library, "clock");
        EventGateSimulator timed = EventGateSimulator.timed(synth.netlist(), library, "clock", SdfDelays.read(sdfFile),
                phasePs(timing));
        SwitchingEnergy plain = activity.measure(zero, design, stream);
        SwitchingEnergy glitchy = activity.measure(timed, design, stream);
        return new GlitchEnergy(stream.length(), plain.energyPerMacPj(), glitchy.energyPerMacPj(), plain.togglesPerMac(),
                glitchy.togglesPerMac(), plain.byKind(), glitchy.byKind());
    }
}
