package dintsim.rtl.power;

import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.LibraryCell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The energy of one transition of every cell's output net, from the library: the driver's
 * energy at the net's load (the input capacitances of the pins it drives) and at its inputs'
 * transition time, plus the internal energy of the driven pins that have their own (a
 * flip-flop's D); and the clock energy per cycle of all flip-flops.
 *
 * <p>Transition times are propagated once through the netlist in topological order from the
 * primary inputs and flip-flop outputs, by the library's transition tables; a cell's input
 * transition is the mean of its input nets'. Primary inputs and the clock switch with
 * {@link #INPUT_SLEW_NS} (the same figure the OpenSTA script sets with set_input_transition).
 * Wire capacitance is not modelled (no placement), nor are the loads outside the netlist.
 *
 * <p>Each figure splits as OpenSTA's {@code report_power} does: switching is the charge of the net
 * (1/2 C V^2 per transition of cell i's output net; C V^2 per cycle for the clock pins), internal
 * is the rest (the Liberty {@code internal_power} tables).
 *
 * @param perTransitionFj energy of one transition of cell i's output net, fJ
 * @param clockFjPerCycle clock energy of all flip-flops per cycle, fJ
 * @param loadPf          load of cell i's output net, pF
 * @param slewNs          transition time of cell i's output net, ns
 * @param switchingFj     the part of {@code perTransitionFj[i]} that charges the net's load, fJ
 * @param clockSwitchingFjPerCycle the part of {@code clockFjPerCycle} that charges the clock pins, fJ
 */
public record NetEnergies(double[] perTransitionFj, double clockFjPerCycle, double[] loadPf, double[] slewNs,
                          double[] switchingFj, double clockSwitchingFjPerCycle) {
    /** Transition time of primary inputs and of the clock, ns. */
    public static final double INPUT_SLEW_NS = 0.1;

    /** Computes the figures of a parsed netlist on the library its cells come from. */
    public static NetEnergies of(GateNetlist netlist, CellLibrary library) {
        List<CellInstance> cells = netlist.cells();
        int n = cells.size();
        Map<String, String> aliases = netlist.aliases();
        Map<String, Integer> driver = new HashMap<>();
        for (int i = 0; i < n; i++) {
            driver.put(canonical(cells.get(i).outputNet(), aliases), i);
        }
        double[] load = new double[n];
        List<List<String[]>> fanout = new ArrayList<>(); // per driver: {cell type, pin} it drives
        for (int i = 0; i < n; i++) {
            fanout.add(new ArrayList<>());
        }
        LibraryCell[] types = new LibraryCell[n];
        int[][] inputDrivers = new int[n][];
        for (int i = 0; i < n; i++) {
            CellInstance c = cells.get(i);
            types[i] = library.cell(c.type());
            inputDrivers[i] = new int[c.inputNets().size()];
            int k = 0;
            for (Map.Entry<String, String> pin : c.inputNets().entrySet()) {
                Integer d = driver.get(canonical(pin.getValue(), aliases));
                inputDrivers[i][k++] = d == null ? -1 : d;
                if (d != null) {
                    load[d] += types[i].pinPf(pin.getKey());
                    fanout.get(d).add(new String[] {c.type(), pin.getKey()});
                }
            }
        }
        double[] slew = new double[n];
        byte[] state = new byte[n]; // 0 new, 1 on the stack, 2 done
        for (int i = 0; i < n; i++) {
            slew(i, types, inputDrivers, load, slew, state);
        }
        double[] energy = new double[n];
        double[] switching = new double[n];
        double clock = 0;
        double clockSwitching = 0;
        for (int i = 0; i < n; i++) {
            energy[i] = types[i].power().outputTransitionFj(load[i], inputSlew(i, types, inputDrivers, slew));
            switching[i] = types[i].power().loadChargeFj(load[i]);
            for (String[] pin : fanout.get(i)) {
                energy[i] += library.cell(pin[0]).power().inputTransitionFj(pin[1], slew[i]);
            }
            if (types[i].sequential()) {
                clock += types[i].power().clockCycleFj(INPUT_SLEW_NS);
                clockSwitching += types[i].power().clockPinChargeFj();
            }
        }
        return new NetEnergies(energy, clock, load, slew, switching, clockSwitching);
    }

    /** Transition time of cell i's output, its fan-in first (iterative: netlists are deep). */
    private static void slew(int start, LibraryCell[] types, int[][] inputDrivers, double[] load, double[] slew,
                             byte[] state) {
        if (state[start] == 2) {
            return;
        }
        List<Integer> stack = new ArrayList<>();
        stack.add(start);
        while (!stack.isEmpty()) {
            int i = stack.get(stack.size() - 1);
            if (state[i] == 2) {
                stack.remove(stack.size() - 1);
                continue;
            }
            state[i] = 1;
            boolean ready = true;
            if (!types[i].sequential()) {
                for (int d : inputDrivers[i]) {
                    if (d >= 0 && state[d] == 0) {
                        stack.add(d);
                        ready = false;
                    }
                }
            }
            if (ready) {
                // A combinational loop (state 1 on a fan-in) falls back to the input slew there.
                slew[i] = types[i].power().outputSlewNs(load[i], inputSlew(i, types, inputDrivers, slew));
                state[i] = 2;
                stack.remove(stack.size() - 1);
            }
        }
    }

    private static double inputSlew(int i, LibraryCell[] types, int[][] inputDrivers, double[] slew) {
        if (types[i].sequential()) {
            return INPUT_SLEW_NS; // a flip-flop's output switches on the clock edge
        }
        double sum = 0;
        int count = 0;
        for (int d : inputDrivers[i]) {
            sum += d >= 0 && slew[d] > 0 ? slew[d] : INPUT_SLEW_NS;
            count++;
        }
        return count == 0 ? INPUT_SLEW_NS : sum / count;
    }

    /** The net a connection names, after whole-bus aliases ({@code acc[3]} -> {@code r[3]}). */
    public static String canonical(String net, Map<String, String> aliases) {
        String s = GateNetlist.plain(net);
        for (int hop = 0; hop < 16; hop++) {
            String bit = aliases.get(s); // a bit of a concatenation or range assignment
            if (bit != null) {
                s = bit;
                continue;
            }
            int bracket = s.indexOf('[');
            String base = bracket < 0 ? s : s.substring(0, bracket);
            String target = aliases.get(base);
            if (target == null) {
                return s;
            }
            s = target + (bracket < 0 ? "" : s.substring(bracket));
        }
        return s;
    }
}
