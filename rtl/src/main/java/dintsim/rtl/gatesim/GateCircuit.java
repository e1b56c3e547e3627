package dintsim.rtl.gatesim;

import dintsim.rtl.power.CellInstance;
import dintsim.rtl.power.GateNetlist;
import dintsim.rtl.power.NetEnergies;
import dintsim.rtl.power.NetlistPort;
import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.LibraryCell;
import dintsim.rtl.synth.liberty.LibertyFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A flat netlist as integer-indexed nets and cells, for simulation. Net i < cells is cell i's output
 * (the order of {@link GateNetlist#cells()}, the Verilator probe's order); then one net per bit of
 * every stimulus input, the clock, and the constants 0 and 1. Each cell's logic is a truth table
 * from its Liberty function over its data pins (a flip-flop's: its next_state, the clock pin apart).
 */
final class GateCircuit {
    final GateNetlist netlist;
    final int cells;
    final int nets;
    final int clockNet;
    final int zeroNet;
    final int oneNet;
    final long[] truth;
    final int[][] pins;        // per cell: the nets on its data pins, in the table's input order
    final boolean[] flop;
    final int[][] fanoutCell;  // per net: cells it drives (flip-flops only on data pins)
    final int[][] fanoutPin;   // ... and which data pin
    final int[] clocked;       // flip-flops on the clock
    final int[] order;         // combinational cells, every cell after its combinational fan-in
    final int[][] inputNets;   // per stimulus input lane: net of bit b
    final int[][] outputNets;  // per output lane: net of bit b
    final List<NetlistPort> inputs;
    final List<NetlistPort> outputs;
    final LibraryCell[] types;
    final String[] instanceNames; // plain instance names ({@link GateNetlist#plain})
    final String[][] dataPins;    // per cell: names of its data pins, in the table's input order

    GateCircuit(GateNetlist netlist, CellLibrary library, String clock) {
        this.netlist = netlist;
        this.inputs = netlist.stimulusInputs(clock);
        this.outputs = netlist.outputPorts();
        List<CellInstance> list = netlist.cells();
        cells = list.size();
        Map<String, String> aliases = netlist.aliases();
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < cells; i++) {
            byName.put(NetEnergies.canonical(list.get(i).outputNet(), aliases), i);
        }
        int next = cells;
        inputNets = new int[inputs.size()][];
        for (int p = 0; p < inputs.size(); p++) {
            NetlistPort port = inputs.get(p);
            inputNets[p] = new int[port.width()];
            for (int b = 0; b < port.width(); b++) {
                inputNets[p][b] = next;
                byName.put(port.bitName(b), next++);
            }
        }
        clockNet = next++;
        byName.put(clock, clockNet);
        zeroNet = next++;
        oneNet = next++;
        nets = next;
        truth = new long[cells];
        pins = new int[cells][];
        flop = new boolean[cells];
        types = new LibraryCell[cells];
        instanceNames = new String[cells];
        dataPins = new String[cells][];
        List<List<int[]>> fanout = new ArrayList<>();
        for (int i = 0; i < nets; i++) {
            fanout.add(new ArrayList<>());
        }
        List<Integer> clockedList = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            CellInstance inst = list.get(c);
            LibraryCell type = library.cell(inst.type());
            String where = netlist.source() + ": cell " + inst.name().strip() + " (" + inst.type() + ")";
            List<String> data = new ArrayList<>(type.inputs());
            flop[c] = type.sequential();
            if (flop[c]) {
                data.remove(type.clock());
                int clk = resolve(inst.inputNets().get(type.clock()), byName, aliases, where + " pin " + type.clock());
                if (clk != clockNet) {
                    throw new IllegalArgumentException(where + ": its clock pin is not on the clock '" + clock + "'");
                }
                clockedList.add(c);
            }
            truth[c] = LibertyFunction.truthTable(type.function(), data, where);
            pins[c] = new int[data.size()];
            for (int j = 0; j < data.size(); j++) {
                pins[c][j] = resolve(inst.inputNets().get(data.get(j)), byName, aliases, where + " pin " + data.get(j));
                fanout.get(pins[c][j]).add(new int[] {c, j});
            }
            types[c] = type;
            instanceNames[c] = GateNetlist.plain(inst.name());
            dataPins[c] = data.toArray(String[]::new);
        }
        fanoutCell = new int[nets][];
        fanoutPin = new int[nets][];
        for (int n = 0; n < nets; n++) {
            fanoutCell[n] = fanout.get(n).stream().mapToInt(e -> e[0]).toArray();
            fanoutPin[n] = fanout.get(n).stream().mapToInt(e -> e[1]).toArray();
        }
        clocked = clockedList.stream().mapToInt(Integer::intValue).toArray();
        order = levelise();
        outputNets = new int[outputs.size()][];
        for (int p = 0; p < outputs.size(); p++) {
            NetlistPort port = outputs.get(p);
            outputNets[p] = new int[port.width()];
            for (int b = 0; b < port.width(); b++) {
                outputNets[p][b] = resolve(port.bitName(b), byName, aliases, netlist.source() + ": output " + port.name());
            }
        }
    }

    private int resolve(String expr, Map<String, Integer> byName, Map<String, String> aliases, String where) {
        if (expr == null) {
            throw new IllegalArgumentException(where + " is not connected");
        }
        String s = GateNetlist.plain(expr);
        if (s.matches("1'[hb]0")) {
            return zeroNet;
        }
        if (s.matches("1'[hb]1")) {
            return oneNet;
        }
        Integer n = byName.get(NetEnergies.canonical(s, aliases));
        if (n == null) {
            throw new IllegalArgumentException(where + ": net '" + s + "' is driven by no cell and no input");
        }
        return n;
    }

    /** Kahn's order over the combinational cells; a combinational loop is an error. */
    private int[] levelise() {
        int[] waiting = new int[cells];
        for (int c = 0; c < cells; c++) {
            if (!flop[c]) {
                for (int n : pins[c]) {
                    if (n < cells && !flop[n]) {
                        waiting[c]++;
                    }
                }
            }
        }
        int[] out = new int[cells - clocked.length];
        int head = 0;
        int tail = 0;
        for (int c = 0; c < cells; c++) {
            if (!flop[c] && waiting[c] == 0) {
                out[tail++] = c;
            }
        }
        while (head < tail) {
            int c = out[head++];
            for (int f : fanoutCell[c]) {
                if (!flop[f] && --waiting[f] == 0) {
                    out[tail++] = f;
                }
            }
        }
        if (tail != out.length) {
            throw new IllegalArgumentException(netlist.source() + ": combinational loop through "
                    + (out.length - tail) + " cells");
        }
        return out;
    }

    /** Value of cell c's function on the current net values. */
    int evaluate(int c, byte[] value) {
        int[] p = pins[c];
        int k = 0;
        for (int j = 0; j < p.length; j++) {
            k |= value[p[j]] << j;
        }
        return (int) (truth[c] >>> k) & 1;
    }
}
