package dintsim.sim.cli;

import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.reports.cli.CommandLines;
import dintsim.reports.cli.OutputDirectory;
import dintsim.sim.cost.CostTable;
import dintsim.sim.replay.SimResult;
import dintsim.sim.scalesim.ScaleSimConfig;
import dintsim.sim.scalesim.ScaleSimLayer;
import dintsim.sim.scalesim.ScaleSimReports;
import dintsim.sim.scalesim.ScaleSimRun;
import dintsim.sim.scalesim.ScaleSimTopology;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dintsim scalesim}: SCALE-Sim's command line (-c, -t, -p, -i) on dintsim's simulator. Writes
 * SCALE-Sim's COMPUTE_REPORT.csv and BANDWIDTH_REPORT.csv, and dintsim's own layers.csv and
 * layers.json, into {@code LOGDIR/run_name/} as SCALE-Sim does.
 */
@Command(name = "scalesim", mixinStandardHelpOptions = true,
        description = {"Run a SCALE-Sim config and topology on dintsim's simulator (no-overlap mode, as SCALE-Sim) and write "
                + "SCALE-Sim's COMPUTE_REPORT.csv and BANDWIDTH_REPORT.csv beside dintsim's layers.csv and layers.json.",
                "Known differences from SCALE-Sim: sim/docs/SCALESIM.md."})
public final class ScaleSimCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "-c", paramLabel = "CFG", required = true, description = "SCALE-Sim config file (.cfg).")
    Path config;

    @Option(names = "-t", paramLabel = "CSV", required = true, description = "SCALE-Sim topology file (.csv).")
    Path topology;

    @Option(names = "-p", paramLabel = "LOGDIR", defaultValue = "test_runs",
            description = "Output directory; reports go to LOGDIR/run_name (default ${DEFAULT-VALUE}).")
    Path logDir;

    @Option(names = "-i", paramLabel = "TYPE", defaultValue = "auto",
            description = "Topology type: conv, gemm (rows name, M, N, K) or auto (gemm when the header's second column is M; default).")
    String inputType;

    @Option(names = "--design", paramLabel = "DESIGN", defaultValue = "int8xint8",
            description = "MAC design of the simulated layers (cycles do not depend on it; energy does). Default ${DEFAULT-VALUE}.")
    String design;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random operand codes (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        ScaleSimTopology.Kind kind = switch (inputType.toLowerCase(Locale.ROOT)) {
            case "conv" -> ScaleSimTopology.Kind.CONV;
            case "gemm" -> ScaleSimTopology.Kind.GEMM;
            case "auto" -> ScaleSimTopology.Kind.AUTO;
            default -> throw new IllegalArgumentException("option -i: '" + inputType + "' is not conv, gemm or auto");
        };
        ScaleSimConfig cfg = ScaleSimConfig.read(config);
        List<ScaleSimLayer> layers = ScaleSimTopology.read(topology, kind);
        MacDesign mac = CommandLines.option("--design", () -> MacDesigns.standard(design));
        List<ScaleSimRun.Layer> run = ScaleSimRun.run(cfg, layers, mac, seed);
        Path dir = logDir.resolve(cfg.runName());
        List<SimResult> results = run.stream().map(ScaleSimRun.Layer::result).toList();
        try (OutputDirectory staged = OutputDirectory.open(dir, "option -p")) {
            ScaleSimReports.write(staged.dir(), run.stream().map(ScaleSimRun.Layer::row).toList());
            ResultFiles.writeCsv(staged.dir().resolve("layers.csv"), results);
            ResultFiles.writeJson(staged.dir().resolve("layers.json"), results, CostTable.defaults().source());
            staged.commit();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(SummaryTable.render(results));
        for (ScaleSimRun.Layer l : run) {
            if (!l.enlarged().isEmpty()) {
                out.printf(Locale.ROOT, "note: layer %s: dintsim keeps whole tiles, so %s%n", l.layer().name(),
                        String.join(", ", l.enlarged()));
            }
            out.printf(Locale.ROOT, "%s: SCALE-Sim total cycles %d (dintsim array cycles %d)%n", l.layer().name(),
                    l.row().metrics().totalCycles(), l.result().arrayCycles());
        }
        out.printf(Locale.ROOT, "wrote %s, %s, layers.csv and layers.json to %s%n", ScaleSimReports.COMPUTE,
                ScaleSimReports.BANDWIDTH, dir);
        out.flush();
        return 0;
    }
}
