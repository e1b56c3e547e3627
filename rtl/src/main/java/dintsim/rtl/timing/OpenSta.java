package dintsim.rtl.timing;

import dintsim.rtl.power.GateNetlist;
import dintsim.rtl.power.NetActivity;
import dintsim.rtl.power.NetEnergies;
import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.ExternalToolException;
import dintsim.rtl.synth.LibraryCell;
import dintsim.rtl.synth.RequiredTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static timing of a Yosys gate-level netlist with OpenSTA (Debian {@code opensta}): reads the
 * Liberty file and the netlist, defines the clock on the clock port, lets every other input arrive
 * at the clock edge with {@link #INPUT_SLEW_NS} transitions, and reports the worst setup path into
 * a flip-flop ({@code report_checks -to [all_registers -data_pins]}). Paths from inputs straight
 * to outputs (a MAC top's debug product port) are not register paths and are not timed.
 * No wire load (no placement): loads are the pins' capacitances.
 */
public final class OpenSta {
    /** Transition time of the primary inputs and the clock, ns: the same the energy model uses. */
    public static final double INPUT_SLEW_NS = NetEnergies.INPUT_SLEW_NS;

    private static final Pattern SLACK = Pattern.compile("(?m)^dintsim_worst_slack\\s+(\\S+)");
    private static final Pattern START = Pattern.compile("(?m)^Startpoint:\\s+(\\S+)");
    private static final Pattern END = Pattern.compile("(?m)^Endpoint:\\s+(\\S+)");

    private final RequiredTool sta;
    private final Duration timeout;

    public OpenSta(RequiredTool sta, Duration timeout) {
        this.sta = sta;
        this.timeout = timeout;
    }

    /** {@code sta} from $DINTSIM_STA or the PATH, 5 min timeout. */
    public static OpenSta standard() {
        return new OpenSta(RequiredTool.STA.overriddenBy("DINTSIM_STA"), Duration.ofMinutes(5));
    }

    /**
     * Times {@code netlist} (top {@code top}, clock port {@code clock}) at {@code periodNs}; the
     * script, report and log go to {@code dir}. With {@code sdf} non-null it also writes the
     * netlist's delays for the real loads there ({@code write_sdf}).
     */
    public StaTiming time(CellLibrary library, Path netlist, String top, String clock, double periodNs, Path dir, Path sdf) {
        if (!(periodNs > 0)) {
            throw new IllegalArgumentException("clock period is " + periodNs + " ns, must be > 0");
        }
        dir = dir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Path lib = library.writeTo(dir);
            String tcl = String.join("\n",
                    "read_liberty " + quote(lib.toAbsolutePath()),
                    "read_verilog " + quote(netlist.toAbsolutePath()),
                    "link_design " + top,
                    String.format(Locale.ROOT, "create_clock -name clk -period %.4f [get_ports %s]", periodNs, clock),
                    "set_input_delay 0 -clock clk [delete_from_list [all_inputs] [get_ports " + clock + "]]",
                    String.format(Locale.ROOT, "set_input_transition %.4f [all_inputs]", INPUT_SLEW_NS),
                    "report_checks -path_delay max -to [all_registers -data_pins] -digits 4",
                    "puts \"dintsim_worst_slack [worst_slack -max]\"",
                    sdf == null ? "" : "write_sdf -digits 4 " + quote(sdf.toAbsolutePath()),
                    "exit", "");
            Path script = dir.resolve("timing.tcl");
            Files.writeString(script, tcl, StandardCharsets.UTF_8);
            String log = sta.run(List.of("-no_init", "-exit", script.toString()), dir, dir.resolve("sta.log"), timeout);
            return parse(log, periodNs, dir.resolve("sta.log").toString());
        } catch (IOException e) {
            throw new UncheckedIOException("timing " + top + " in " + dir, e);
        }
    }

    private static final Pattern VERSION = Pattern.compile("(?m)^OpenSTA (\\d[\\w.]*)");
    private static final Pattern POWER = Pattern.compile("(?m)^" + MeasuredPowerScript.RESULT
            + "\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\d+)");

    /**
     * OpenSTA's power of {@code netlist} (clock port {@code clock}) at {@code periodNs} with the
     * measured transitions per cycle of every cell output and input bit ({@code activity}, which
     * must name exactly the netlist's cells and non-clock input bits); the flip-flops' clock pins
     * switch twice a cycle. OpenSTA 2.0.17 ignores per-pin activities on logic it can reach from a
     * primary input, so the netlist runs inside a wrapper that registers the inputs
     * ({@link MeasuredPowerScript}); the figures are the netlist's cells only. Wrapper, script and
     * log go to {@code dir}.
     */
    public StaPower power(CellLibrary library, Path netlist, String clock, double periodNs, NetActivity activity, Path dir) {
        if (!(periodNs > 0)) {
            throw new IllegalArgumentException("clock period is " + periodNs + " ns, must be > 0");
        }
        GateNetlist parsed = GateNetlist.read(netlist, library);
        LibraryCell flop = MeasuredPowerScript.wrapperFlop(library);
        activity.checkCovers(parsed, clock);
        dir = dir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Path lib = library.writeTo(dir);
            Path wrapper = dir.resolve("sta_wrapper.v");
            Files.writeString(wrapper, MeasuredPowerScript.wrapper(parsed, clock, flop), StandardCharsets.UTF_8);
            Path script = dir.resolve("power.tcl");
            Files.writeString(script, MeasuredPowerScript.tcl(lib.toAbsolutePath().toString(),
                    netlist.toAbsolutePath().toString(), wrapper.toString(), parsed, library, clock, periodNs, activity, flop),
                    StandardCharsets.UTF_8);
            Path logFile = dir.resolve("power.log");
            String log = sta.run(List.of("-no_init", "-exit", script.toString()), dir, logFile, timeout);
            if (log.contains("Error:")) {
                throw new ExternalToolException(logFile + ": OpenSTA reported errors:\n" + RequiredTool.tail(log, 20));
            }
            Matcher m = POWER.matcher(log);
            if (!m.find()) {
                throw new ExternalToolException(logFile + ": no '" + MeasuredPowerScript.RESULT + "' line:\n"
                        + RequiredTool.tail(log, 20));
            }
            int cells = Integer.parseInt(m.group(4));
            if (cells < parsed.cells().size()) {
                throw new ExternalToolException(logFile + ": OpenSTA summed " + cells + " cells of " + MeasuredPowerScript.INSTANCE
                        + ", the netlist has " + parsed.cells().size());
            }
            double internal = Double.parseDouble(m.group(1));
            double switching = Double.parseDouble(m.group(2));
            double leakage = Double.parseDouble(m.group(3));
            Matcher v = VERSION.matcher(log);
            return new StaPower(periodNs, internal, switching, leakage, internal + switching + leakage,
                    v.find() ? v.group(1) : "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("power of " + netlist + " in " + dir, e);
        }
    }

    /** Reads the report; {@code source} names the log in errors. */
    static StaTiming parse(String log, double periodNs, String source) {
        Matcher slack = SLACK.matcher(log);
        Matcher start = START.matcher(log);
        Matcher end = END.matcher(log);
        if (!slack.find() || !start.find() || !end.find()) {
            throw new ExternalToolException(source + ": OpenSTA reported no register path (is the clock port right?):\n"
                    + RequiredTool.tail(log, 20));
        }
        double s;
        try {
            s = Double.parseDouble(slack.group(1));
        } catch (NumberFormatException e) {
            throw new ExternalToolException(source + ": worst slack '" + slack.group(1) + "' is not a number");
        }
        return new StaTiming(periodNs, s, start.group(1), end.group(1));
    }

    private static String quote(Path p) {
        return "{" + p + "}";
    }
}
