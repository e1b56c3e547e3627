package dintsim.sim.cli;

import dintsim.sim.replay.SimResult;
import java.util.List;
import java.util.Locale;

/** The plain-text table the simulate command prints: one line per layer and a total. */
final class SummaryTable {
    private SummaryTable() {
    }

    static String render(List<SimResult> results) {
        StringBuilder sb = new StringBuilder();
        String fmt = "%-40s %-16s %-11s %14s %14s %6s %9s %12s %8s %8s%n";
        sb.append(String.format(Locale.ROOT, fmt, "layer", "M x K x N", "design", "array cyc", "system cyc", "util",
                "MAC/cyc", "energy uJ", "TOPS", "TOPS/W"));
        long macs = 0;
        long arrayCycles = 0;
        long systemCycles = 0;
        double energy = 0;
        for (SimResult r : results) {
            sb.append(String.format(Locale.ROOT, fmt, shorten(r.layer()), r.gemm().m() + "x" + r.gemm().k() + "x" + r.gemm().n(),
                    r.design().name(), r.arrayCycles(), r.systemCycles(), pct(r.utilization()),
                    String.format(Locale.ROOT, "%.1f", r.macsPerCycle()), String.format(Locale.ROOT, "%.3f", r.totalEnergyPj() / 1e6),
                    String.format(Locale.ROOT, "%.3f", r.tops()), String.format(Locale.ROOT, "%.2f", r.topsPerWatt())));
            macs += r.macs();
            arrayCycles += r.arrayCycles();
            systemCycles += r.systemCycles();
            energy += r.totalEnergyPj();
        }
        if (results.size() > 1) {
            SimResult first = results.get(0);
            double tops = 2.0 * macs * first.arch().clockMhz() * 1e6 / systemCycles / 1e12;
            sb.append(String.format(Locale.ROOT, fmt, "total (" + results.size() + " layers)", "", "", arrayCycles, systemCycles, "",
                    String.format(Locale.ROOT, "%.1f", macs / (double) arrayCycles), String.format(Locale.ROOT, "%.3f", energy / 1e6),
                    String.format(Locale.ROOT, "%.3f", tops), String.format(Locale.ROOT, "%.2f", 2.0 * macs / energy)));
        }
        for (SimResult o : results) {
            if (o.overflowedOutputs() > 0) {
                sb.append(String.format(Locale.ROOT, "warning: layer %s: %d of %d outputs overflowed the %s accumulator "
                        + "(values %s, as the hardware would)%n", o.layer(), o.overflowedOutputs(),
                        (long) o.gemm().m() * o.gemm().n(), o.design().accumulator(),
                        o.design().accumulator().overflow() == dintsim.models.mac.OverflowPolicy.WRAP ? "wrapped" : "saturated"));
            }
        }
        SimResult r = results.get(0);
        sb.append(String.format(Locale.ROOT, "array %s, %s fidelity, %.0f MHz; area %.3f mm^2 (array %.3f, SRAM %.3f)%n",
                r.arch().array(), r.fidelity().label(), r.arch().clockMhz(), r.totalAreaUm2() / 1e6,
                (r.areaUm2().get("array.mac") + r.areaUm2().get("array.registers")) / 1e6,
                (r.areaUm2().get("sram.input") + r.areaUm2().get("sram.weight") + r.areaUm2().get("sram.output")) / 1e6));
        return sb.toString();
    }

    private static String pct(double f) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * f);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : "..." + s.substring(s.length() - 37);
    }
}
