package dintsim.reports.cli;

import dintsim.models.cli.FormatsCommand;
import dintsim.rtl.cli.CosimCommand;
import dintsim.rtl.cli.SynthCommand;
import dintsim.sim.cli.InfoCommand;
import dintsim.sim.cli.ScaleSimCommand;
import dintsim.sim.cli.SimulateCommand;
import dintsim.traces.cli.CheckModelCommand;
import dintsim.traces.cli.QuantizeCommand;
import dintsim.traces.cli.TraceCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code dintsim} command: assembles every subcommand (each packaged by the area it drives);
 * {@link CommandLines} turns user errors into one clear line (exit code 2), never a stack trace.
 */
@Command(name = "dintsim", mixinStandardHelpOptions = true, version = "dintsim 0.1.0",
        description = "Cycle-accurate MAC and systolic-array simulator for INT8 and dINT4 arithmetic, "
                + "checked against Chisel RTL.",
        subcommands = {
            FormatsCommand.class,
            TraceCommand.class,
            CheckModelCommand.class,
            QuantizeCommand.class,
            SimulateCommand.class,
            ScaleSimCommand.class,
            InfoCommand.class,
            SynthCommand.class,
            CosimCommand.class,
            ExploreCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this directly). */
    public static int run(String... args) {
        CommandLine cli = CommandLines.of(new Main());
        if (args.length == 0) {
            cli.getErr().println("dintsim: no command given (the main job is 'dintsim report')");
            cli.usage(cli.getErr());
            return 2;
        }
        return CommandLines.execute(cli, args);
    }
}
