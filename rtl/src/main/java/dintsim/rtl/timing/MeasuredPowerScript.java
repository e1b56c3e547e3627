package dintsim.rtl.timing;

import dintsim.rtl.power.CellInstance;
import dintsim.rtl.power.GateNetlist;
import dintsim.rtl.power.NetActivity;
import dintsim.rtl.power.NetEnergies;
import dintsim.rtl.power.NetlistPort;
import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.LibraryCell;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Verilog wrapper and Tcl that make OpenSTA 2.0.17 (Debian {@code opensta}) report power at a
 * measured activity of every net.
 *
 * <p>That OpenSTA propagates activity itself: before each {@code report_power} it walks forward from
 * the primary inputs and overwrites the activity of every cell output it reaches with one computed
 * from the cell's function ({@code Power::ensureActivities}), whatever {@code sta::set_power_pin_activity}
 * set there; register outputs are reached only across a register whose data pin has no activity yet.
 * So the netlist is instantiated as {@code dut} in a wrapper whose every input bit goes through a
 * flip-flop of the library ({@code dintsim_in_<port>_<bit>}): nothing of the MAC is reachable from
 * an input, and with an activity on every pin (outputs, the pins they drive, the wrapper flip-flops'
 * D) nothing is re-propagated. The wrapper flip-flops' outputs switch with the measured activity of
 * their input bit and the input transition time ({@code set_assigned_transition}); their own power
 * is left out by summing {@code sta::instance_power} over the cells of {@code dut} only. The clock
 * pins are OpenSTA's clock network: 2 transitions per cycle.
 */
final class MeasuredPowerScript {
    /** The wrapper module and the netlist's instance in it. */
    static final String WRAPPER = "dintsim_sta_top";
    static final String INSTANCE = "dut";
    /** Printed by the script: internal, switching and leakage power of the dut's cells (W), and their count. */
    static final String RESULT = "dintsim_power";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TCL_SAFE = Pattern.compile("[^\\s{}\\\\\"\\[\\]$;]+");

    private MeasuredPowerScript() {
    }

    /** The wrapper module's Verilog: every non-clock input bit through {@code flop}, the outputs straight out. */
    static String wrapper(GateNetlist netlist, String clock, LibraryCell flop) {
        String d = dataPin(flop);
        StringBuilder v = new StringBuilder();
        List<String> ports = new ArrayList<>();
        List<String> connections = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (NetlistPort p : netlist.ports()) {
            if (!IDENTIFIER.matcher(p.name()).matches()) {
                throw new IllegalArgumentException(netlist.source() + ": port '" + p.name()
                        + "' is not a plain Verilog identifier; the OpenSTA wrapper cannot name it");
            }
            ports.add(p.name());
            String range = p.width() == 1 ? "" : "[" + (p.width() - 1) + ":0] ";
            body.append("  ").append(p.input() ? "input " : "output ").append(range).append(p.name()).append(";\n");
            if (!p.input() || p.name().equals(clock)) {
                connections.add("." + p.name() + "(" + p.name() + ")");
                continue;
            }
            String q = "dintsim_q_" + p.name();
            body.append("  wire ").append(range).append(q).append(";\n");
            for (int b = 0; b < p.width(); b++) {
                String bit = p.width() == 1 ? "" : "[" + b + "]";
                body.append(String.format(Locale.ROOT, "  %s %s (.%s(%s), .%s(%s%s), .%s(%s%s));%n", flop.name(),
                        flopName(p, b), flop.clock(), clock, d, p.name(), bit, flop.output(), q, bit));
            }
            connections.add("." + p.name() + "(" + q + ")");
        }
        v.append("module ").append(WRAPPER).append('(').append(String.join(", ", ports)).append(");\n").append(body);
        v.append("  ").append(netlist.top()).append(' ').append(INSTANCE).append(" (").append(String.join(", ", connections))
                .append(");\nendmodule\n");
        return v.toString();
    }

    /** The Tcl: read, link the wrapper, set every pin's activity, sum the dut's cells' power. */
    static String tcl(String liberty, String netlistFile, String wrapperFile, GateNetlist netlist, CellLibrary library,
                      String clock, double periodNs, NetActivity activity, LibraryCell flop) {
        StringBuilder t = new StringBuilder();
        t.append("read_liberty ").append(brace(liberty)).append('\n');
        t.append("read_verilog ").append(brace(netlistFile)).append('\n');
        t.append("read_verilog ").append(brace(wrapperFile)).append('\n');
        t.append("link_design ").append(WRAPPER).append('\n');
        t.append(String.format(Locale.ROOT, "create_clock -name clk -period %.4f [get_ports %s]%n", periodNs, clock));
        t.append(String.format(Locale.ROOT, "set_input_transition %.4f [all_inputs]%n", NetEnergies.INPUT_SLEW_NS));
        t.append(String.format(Locale.ROOT, "set_assigned_transition %.4f [get_pins dintsim_in_*/%s]%n",
                NetEnergies.INPUT_SLEW_NS, flop.output()));
        // A pin left without an activity counts nothing (OpenSTA's default is 0.1 per cycle).
        t.append("set_power_activity -input -activity 0 -duty 0.5\n");
        t.append("""
                proc dintsim_activity {pin activity} {
                  set p [sta::find_pin $pin]
                  if {$p == "NULL" || $p == ""} { error "dintsim: no pin $pin in the linked design" }
                  sta::set_power_pin_activity $p $activity 0.5
                }
                foreach {pin activity} {
                """);
        for (String[] pa : pinActivities(netlist, library, clock, activity, flop)) {
            t.append("  ").append(pa[0]).append(' ').append(pa[1]).append('\n');
        }
        t.append("""
                } { dintsim_activity $pin $activity }
                set corner [sta::cmd_corner]
                set internal 0.0
                set switching 0.0
                set leakage 0.0
                set count 0
                foreach inst [get_cells %s/*] {
                  lassign [sta::instance_power $inst $corner] i s l total
                  set internal [expr {$internal + $i}]
                  set switching [expr {$switching + $s}]
                  set leakage [expr {$leakage + $l}]
                  incr count
                }
                puts [format "%s %%.9e %%.9e %%.9e %%d" $internal $switching $leakage $count]
                exit
                """.formatted(INSTANCE, RESULT));
        return t.toString();
    }

    /**
     * {pin path, activity} of every pin OpenSTA needs one on: each cell's output and the cell input
     * pins it drives (the driver's activity), each wrapper flip-flop's Q and D (the input bit's), and
     * the cell inputs those drive. Pins on the clock net are left to OpenSTA's clock.
     */
    static List<String[]> pinActivities(GateNetlist netlist, CellLibrary library, String clock, NetActivity activity,
                                        LibraryCell flop) {
        activity.checkCovers(netlist, clock);
        Map<String, String> aliases = netlist.aliases();
        Map<String, Double> byNet = new HashMap<>();
        List<String[]> out = new ArrayList<>();
        for (CellInstance c : netlist.cells()) {
            double a = activity.cellOutputs().get(c.name());
            byNet.put(NetEnergies.canonical(c.outputNet(), aliases), a);
            out.add(new String[] {pin(INSTANCE + "/" + instance(c), library.cell(c.type()).output()), number(a)});
        }
        for (NetlistPort p : netlist.stimulusInputs(clock)) {
            for (int b = 0; b < p.width(); b++) {
                double a = activity.inputBits().get(p.bitName(b));
                byNet.put(NetEnergies.canonical(p.bitName(b), aliases), a);
                out.add(new String[] {pin(flopName(p, b), flop.output()), number(a)});
                out.add(new String[] {pin(flopName(p, b), dataPin(flop)), number(a)});
            }
        }
        String clockNet = NetEnergies.canonical(clock, aliases);
        for (CellInstance c : netlist.cells()) {
            for (Map.Entry<String, String> in : c.inputNets().entrySet()) {
                String net = NetEnergies.canonical(in.getValue(), aliases);
                if (!net.equals(clockNet)) {
                    // An undriven or constant net does not switch.
                    out.add(new String[] {pin(INSTANCE + "/" + instance(c), in.getKey()), number(byNet.getOrDefault(net, 0.0))});
                }
            }
        }
        return out;
    }

    /** The smallest flip-flop with one data pin (D and clock only) of the library. */
    static LibraryCell wrapperFlop(CellLibrary library) {
        return library.cells().values().stream().filter(c -> c.sequential() && c.inputs().size() == 2)
                .min(Comparator.comparingDouble(LibraryCell::areaUm2).thenComparing(LibraryCell::name))
                .orElseThrow(() -> new IllegalArgumentException(library.name()
                        + ": no flip-flop with only a data and a clock pin to register the inputs for OpenSTA"));
    }

    private static String dataPin(LibraryCell flop) {
        return flop.inputs().stream().filter(p -> !p.equals(flop.clock())).findFirst().orElseThrow();
    }

    private static String flopName(NetlistPort p, int b) {
        return "dintsim_in_" + p.name() + "_" + (p.lsb() + b);
    }

    /** OpenSTA's name of an instance: Yosys's escaped name without the backslash. */
    private static String instance(CellInstance c) {
        return GateNetlist.plain(c.name());
    }

    private static String pin(String instance, String pin) {
        String path = instance + "/" + pin;
        if (!TCL_SAFE.matcher(path).matches()) {
            throw new IllegalArgumentException("pin '" + path + "' has characters the OpenSTA script cannot quote");
        }
        return path;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.9g", v);
    }

    private static String brace(String path) {
        return "{" + path + "}";
    }
}
