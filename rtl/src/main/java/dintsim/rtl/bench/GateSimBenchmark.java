package dintsim.rtl.bench;

import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.rtl.gatesim.EventGateSimulator;
import dintsim.rtl.gatesim.IcarusToggleBench;
import dintsim.rtl.gatesim.SdfDelays;
import dintsim.rtl.power.ActivityRun;
import dintsim.rtl.power.GateLevelSimulator;
import dintsim.rtl.power.GateNetlist;
import dintsim.rtl.power.MacActivity;
import dintsim.rtl.power.MacStream;
import dintsim.rtl.power.SwitchingEnergy;
import dintsim.rtl.synth.AreaClassifier;
import dintsim.rtl.synth.AreaEnergyStudy;
import dintsim.rtl.synth.CellLibraries;
import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.GlitchAwareEnergy;
import dintsim.rtl.synth.SweepPoint;
import dintsim.rtl.timing.OpenSta;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * For every standard design: synthesizes the MAC (OSU018, untargeted), writes OpenSTA's SDF, runs
 * the sample trace's weight-stationary operands through the Java gate-level simulator at zero
 * delay and timed, and prints per-MAC energy both ways, how many nets' toggle counts equal
 * Verilator's (zero delay) and Icarus Verilog's with $sdf_annotate (timed), and the Java
 * simulator's gate-events per second. Args: [MACs] [designs,...]; defaults 12000 (whole output channels of the largest sample layer: 11550), all standard.
 * {@code ./dintsim bench gatesim}.
 */
public final class GateSimBenchmark {
    private GateSimBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int macs = args.length > 0 ? Integer.parseInt(args[0]) : 12_000;
        List<String> designs = args.length > 1 ? List.of(args[1].split(",")) : MacDesigns.STANDARD;
        Path work = Files.createTempDirectory("dintsim-gatesim-bench");
        AreaEnergyStudy study = AreaEnergyStudy.standard(work, macs);
        System.out.printf(Locale.ROOT, "up to %d MACs per design (sample-trace operands, weight-stationary order); work dir %s%n",
                macs, work);
        System.out.printf(Locale.ROOT, "%-11s %6s %6s %9s %10s %10s %7s %12s %12s %12s %14s%n", "design", "MACs", "cells", "crit ns",
                "zero pJ", "glitch pJ", "ratio", "=Verilator", "=Icarus", "Icarus diff", "gate-events/s");
        for (String name : designs) {
            MacDesign design = MacDesigns.standard(name);
            SweepPoint point = study.timed(design, 0);
            CellLibrary lib = CellLibraries.standard();
            Path netlist = point.synth().netlist();
            Path dir = work.resolve("gatesim-" + name);
            Path sdfFile = dir.resolve("netlist.sdf");
            var timing = OpenSta.standard().time(lib, netlist, point.synth().top(), "clock", point.timing().periodNs(),
                    dir.resolve("sta"), sdfFile);
            SdfDelays sdf = SdfDelays.read(sdfFile);
            long halfPs = GlitchAwareEnergy.phasePs(timing);
            MacStream stream = MacStream.weightStationary(largest(design), macs);
            EventGateSimulator zero = EventGateSimulator.zeroDelay(netlist, lib, "clock");
            EventGateSimulator timed = EventGateSimulator.timed(netlist, lib, "clock", sdf, halfPs);
            long[][] stimulus = MacActivity.stimulus(zero, stream);
            MacActivity activity = new MacActivity(lib, AreaClassifier.DEFAULT_MULTIPLIER_MODULES);
            SwitchingEnergy plain = activity.measure(zero, design, stream);
            SwitchingEnergy glitchy = activity.measure(timed, design, stream);
            double best = Double.MAX_VALUE;
            long events = 0;
            ActivityRun t = null;
            for (int rep = 0; rep < 3; rep++) {
                long start = System.nanoTime();
                t = timed.run(stimulus);
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
                events = timed.lastRunEvents();
            }
            ActivityRun z = zero.run(stimulus);
            long[] verilator = GateLevelSimulator.standard(lib, work.resolve("gate-sim")).compile(netlist, "clock")
                    .run(stimulus).cellToggles();
            long[] icarus = IcarusToggleBench.standard().toggles(GateNetlist.read(netlist, lib), lib, "clock", sdf, halfPs,
                    stimulus, dir.resolve("icarus"));
            int cells = icarus.length;
            System.out.printf(Locale.ROOT, "%-11s %6d %6d %9.3f %10.4f %10.4f %7.3f %12s %12s %12d %14.3g%n", name, stream.length(), cells,
                    timing.criticalPathNs(), plain.energyPerMacPj(), glitchy.energyPerMacPj(),
                    glitchy.energyPerMacPj() / plain.energyPerMacPj(), equal(verilator, z.cellToggles()) + "/" + cells,
                    equal(icarus, t.cellToggles()) + "/" + cells,
                    Arrays.stream(t.cellToggles()).sum() - Arrays.stream(icarus).sum(), events / best);
        }
        System.out.println("zero/glitch pJ: energy per MAC (clock included); =Verilator, =Icarus: nets whose toggle counts are"
                + " equal; Icarus diff: Java timed minus Icarus transitions; gate-events: the timed run's kernel events"
                + " (cell evaluations + output changes), best of 3, one thread");
        System.out.printf(Locale.ROOT, "host load average (1 min) %.2f: figures compare only on a quiet machine%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static LayerTrace largest(MacDesign design) {
        LayerTrace best = null;
        for (LayerTrace t : SampleTraces.standard()) {
            if (t.design().name().equals(design.name()) && (best == null || (long) t.m() * t.k() > (long) best.m() * best.k())) {
                best = t;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no sample trace for design " + design.name());
        }
        return best;
    }

    private static int equal(long[] a, long[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            n += a[i] == b[i] ? 1 : 0;
        }
        return n;
    }
}
