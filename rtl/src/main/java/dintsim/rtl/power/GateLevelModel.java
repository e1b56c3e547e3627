package dintsim.rtl.power;

import java.util.List;

/**
 * A gate-level netlist ready to run stimuli: the Verilated zero-delay testbench
 * ({@link GateLevelSimulator.Compiled}) or the Java event-driven simulator
 * ({@code dintsim.rtl.gatesim.EventGateSimulator}). Both count every cell's output transitions and
 * charge them {@link #energies()}.
 */
public interface GateLevelModel {
    GateNetlist netlist();

    /** Energy per transition of every cell's output net, and the clock energy per cycle. */
    NetEnergies energies();

    /** Input ports in stimulus order (the clock excluded). */
    List<NetlistPort> inputs();

    /** Output ports in result order. */
    List<NetlistPort> outputs();

    /** Runs {@code stimulus[cycle][input]} (inputs with the clock low, then a rising edge, per cycle). */
    ActivityRun run(long[][] stimulus);

    /** Index of an input port (its lane 0, {@link NetlistPort#lanes}) in the stimulus rows. */
    default int inputIndex(String name) {
        for (int i = 0; i < inputs().size(); i++) {
            if (inputs().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(netlist().source() + ": no input port '" + name + "' (inputs: "
                + inputs().stream().map(NetlistPort::name).distinct().toList() + ")");
    }

    /** Index of an output port (its lane 0) in the result rows. */
    default int outputIndex(String name) {
        for (int i = 0; i < outputs().size(); i++) {
            if (outputs().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(netlist().source() + ": no output port '" + name + "' (outputs: "
                + outputs().stream().map(NetlistPort::name).distinct().toList() + ")");
    }
}
