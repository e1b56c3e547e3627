package dintsim.traces.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dintsim trace ...}: the trace subcommands. Register this class in the top-level command. */
@Command(name = "trace", mixinStandardHelpOptions = true, description = "Inspect and generate layer traces.",
        subcommands = {TraceInspectCommand.class, SampleTracesCommand.class})
public final class TraceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    public TraceCommand() {
    }

    /** Without a subcommand: print the usage, exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
