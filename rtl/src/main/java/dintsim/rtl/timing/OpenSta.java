package dintsim.rtl.timing;

import dintsim.rtl.power.NetEnergies;
import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.ExternalToolException;
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

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)");

    /**
     * OpenSTA's power of {@code netlist} at {@code periodNs} with one activity on every pin and
     * input ({@code set_power_activity -global}, transitions per clock cycle). OpenSTA 2.0.17 (the
     * Debian package) ignores per-pin activities ({@code -pins}: measured, the report does not
     * change, and its Tcl calls an undefined get_pins_error), so a uniform activity is what can be
     * compared: it checks the energy per transition (tables, loads, slews), not the activity.
     */
    public StaPower power(CellLibrary library, Path netlist, String top, String clock, double periodNs, double activity,
                          Path dir) {
        dir = dir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Path lib = library.writeTo(dir);
            StringBuilder tcl = new StringBuilder();
            tcl.append("read_liberty ").append(quote(lib.toAbsolutePath())).append('\n');
            tcl.append("read_verilog ").append(quote(netlist.toAbsolutePath())).append('\n');
            tcl.append("link_design ").append(top).append('\n');
            tcl.append(String.format(Locale.ROOT, "create_clock -name clk -period %.4f [get_ports %s]%n", periodNs, clock));
            tcl.append(String.format(Locale.ROOT, "set_input_transition %.4f [all_inputs]%n", INPUT_SLEW_NS));
            tcl.append(String.format(Locale.ROOT, "set_power_activity -global -activity %.6g -duty 0.5%n", activity));
            tcl.append(String.format(Locale.ROOT, "set_power_activity -input -activity %.6g -duty 0.5%n", activity));
            tcl.append("report_power -digits 6\nexit\n");
            Path script = dir.resolve("power.tcl");
            Files.writeString(script, tcl, StandardCharsets.UTF_8);
            String log = sta.run(List.of("-no_init", "-exit", script.toString()), dir, dir.resolve("power.log"), timeout);
            if (log.contains("Error:")) {
                throw new ExternalToolException(dir.resolve("power.log") + ": OpenSTA reported errors:\n"
                        + RequiredTool.tail(log, 20));
            }
            Matcher m = TOTAL.matcher(log);
            if (!m.find()) {
                throw new ExternalToolException(dir.resolve("power.log") + ": no Total line in report_power:\n"
                        + RequiredTool.tail(log, 20));
            }
            return new StaPower(periodNs, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)));
        } catch (IOException e) {
            throw new UncheckedIOException("power of " + top + " in " + dir, e);
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
