package dintsim.rtl.power;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a gate-level run measured per net, in transitions per clock cycle: the output net of every
 * cell (by instance name as Yosys writes it, {@code \mul.cell12}) and every bit of every input port
 * but the clock ({@code w[3]}, {@code valid}). It is what OpenSTA's per-pin activities are set from.
 *
 * @param cellOutputs instance name -> transitions per cycle of its output net, netlist order
 * @param inputBits   input port bit -> transitions per cycle, port order then bit 0 up
 * @param cycles      clock cycles of the run the figures are means over
 */
public record NetActivity(Map<String, Double> cellOutputs, Map<String, Double> inputBits, long cycles) {
    public NetActivity {
        if (cycles < 1) {
            throw new IllegalArgumentException("activity over " + cycles + " cycles: need at least one cycle");
        }
        cellOutputs = Collections.unmodifiableMap(new LinkedHashMap<>(cellOutputs));
        inputBits = Collections.unmodifiableMap(new LinkedHashMap<>(inputBits));
        cellOutputs.forEach((name, a) -> check("cell " + name, a));
        inputBits.forEach((bit, a) -> check("input " + bit, a));
    }

    private static void check(String what, Double activity) {
        if (activity == null || !Double.isFinite(activity) || activity < 0) {
            throw new IllegalArgumentException("activity of " + what + " is " + activity
                    + ": must be a finite number of transitions per cycle >= 0");
        }
    }

    /**
     * The activity of one run: each cell's toggles over the run's cycles (one per stimulus row), and
     * each input bit's changes between consecutive rows (from all zeros before the first).
     */
    public static NetActivity of(GateLevelModel model, long[][] stimulus, ActivityRun run) {
        List<CellInstance> cells = model.netlist().cells();
        if (run.cellToggles().length != cells.size()) {
            throw new IllegalArgumentException(model.netlist().source() + ": run has " + run.cellToggles().length
                    + " cell toggle counts for " + cells.size() + " cells");
        }
        int cycles = stimulus.length;
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            out.put(cells.get(i).name(), (double) run.cellToggles()[i] / cycles);
        }
        Map<String, Double> in = new LinkedHashMap<>();
        List<NetlistPort> ports = model.inputs();
        for (int p = 0; p < ports.size(); p++) {
            NetlistPort port = ports.get(p);
            long[] flips = new long[port.width()];
            long previous = 0;
            for (long[] row : stimulus) {
                long changed = row[p] ^ previous;
                for (int b = 0; b < port.width(); b++) {
                    flips[b] += (changed >>> b) & 1;
                }
                previous = row[p];
            }
            for (int b = 0; b < port.width(); b++) {
                in.put(port.bitName(b), (double) flips[b] / cycles);
            }
        }
        return new NetActivity(out, in, cycles);
    }

    /** The mean of two runs of one netlist, weighted by their cycles. */
    public static NetActivity pooled(NetActivity a, NetActivity b) {
        if (!a.cellOutputs.keySet().equals(b.cellOutputs.keySet()) || !a.inputBits.keySet().equals(b.inputBits.keySet())) {
            throw new IllegalArgumentException("cannot pool activities of different netlists");
        }
        long cycles = a.cycles + b.cycles;
        return new NetActivity(weighted(a.cellOutputs, a.cycles, b.cellOutputs, b.cycles),
                weighted(a.inputBits, a.cycles, b.inputBits, b.cycles), cycles);
    }

    private static Map<String, Double> weighted(Map<String, Double> a, long na, Map<String, Double> b, long nb) {
        Map<String, Double> out = new LinkedHashMap<>();
        a.forEach((k, v) -> out.put(k, (v * na + b.get(k) * nb) / (na + nb)));
        return out;
    }

    /** Every figure times {@code factor} (>= 0). */
    public NetActivity scaled(double factor) {
        Map<String, Double> out = new LinkedHashMap<>();
        cellOutputs.forEach((k, v) -> out.put(k, v * factor));
        Map<String, Double> in = new LinkedHashMap<>();
        inputBits.forEach((k, v) -> in.put(k, v * factor));
        return new NetActivity(out, in, cycles);
    }

    /**
     * Checks this activity names exactly the netlist's cells and the bits of its inputs other than
     * {@code clock}: an unknown name or a missing one is an error naming them.
     */
    public void checkCovers(GateNetlist netlist, String clock) {
        List<String> cells = netlist.cells().stream().map(CellInstance::name).toList();
        List<String> bits = new ArrayList<>();
        for (NetlistPort p : netlist.stimulusInputs(clock)) {
            for (int b = 0; b < p.width(); b++) {
                bits.add(p.bitName(b));
            }
        }
        mismatch(netlist, "cell", cells, cellOutputs.keySet());
        mismatch(netlist, "input bit", bits, inputBits.keySet());
    }

    private static void mismatch(GateNetlist netlist, String what, List<String> names, Set<String> given) {
        Set<String> expected = new java.util.LinkedHashSet<>(names);
        List<String> unknown = given.stream().filter(n -> !expected.contains(n)).limit(5).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: activity given for unknown %s(s) %s "
                    + "(module %s has %d)", netlist.source(), what, unknown, netlist.top(), expected.size()));
        }
        List<String> missing = expected.stream().filter(n -> !given.contains(n)).limit(5).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: no activity for %s(s) %s of module %s",
                    netlist.source(), what, missing, netlist.top()));
        }
    }
}
