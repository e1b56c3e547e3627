package dintsim.traces.cli;

import dintsim.traces.io.TraceSet;
import dintsim.traces.samples.SampleTraces;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dintsim trace samples DIR}: writes the deterministic sample traces (as committed in traces/format/samples). */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "Write the sample traces (every standard design, shapes 4x8x4, 16x32x16, 33x70x17) and their "
                + "manifest into DIR.")
public final class SampleTracesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Output directory (created if needed).")
    Path directory;

    @Spec
    CommandSpec spec;

    public SampleTracesCommand() {
    }

    @Override
    public Integer call() {
        TraceSet set = SampleTraces.write(directory);
        spec.commandLine().getOut().println("wrote " + set.entries().size() + " sample traces and " + set.manifest());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
