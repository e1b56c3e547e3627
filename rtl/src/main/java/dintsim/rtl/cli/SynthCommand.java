package dintsim.rtl.cli;

import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.rtl.synth.AreaEnergyStudy;
import dintsim.rtl.synth.StudyReport;
import dintsim.rtl.synth.StudyRow;
import dintsim.traces.LayerTrace;
import dintsim.traces.io.TraceReader;
import dintsim.traces.io.TraceSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dintsim synth}: area (Yosys onto the dintsim45 library) and switching energy (gate-level
 * simulation under Verilator on trace operands) of the Chisel MAC designs; prints the table and
 * writes CSV, JSON and the calibrated cost table.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Synthesize MAC designs with Yosys (area, cells, transistors) and measure their switching energy "
                + "per MAC on trace operands with a gate-level Verilator simulation.",
                "Needs yosys and verilator (Debian packages 'yosys' and 'verilator')."})
public final class SynthCommand implements Callable<Integer> {
    /** Designs of the default study: the standard four and dINT4 with s = 0.25. */
    public static final List<String> DEFAULT_DESIGNS = List.of("int8xint8", "int4xint8", "dint4xint8", "fp4xint8",
            "dint4(s=0.25)xint8");

    @Option(names = "--design", paramLabel = "NAME", split = ",",
            description = "Designs (repeatable or comma list; default: int8xint8, int4xint8, dint4xint8, fp4xint8, dint4(s=0.25)xint8).")
    List<String> designs = new ArrayList<>();

    @Option(names = "--traces", paramLabel = "PATH", required = true,
            description = "Trace set directory/manifest or .dtrace file (repeatable); each design needs traces in its formats.")
    List<Path> traces = new ArrayList<>();

    @Option(names = "--macs-per-trace", defaultValue = "100000", description = "Operand-stream length per trace (default ${DEFAULT-VALUE}).")
    long macsPerTrace;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/dintsim-synth",
            description = "Work and cache directory (default ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--out", paramLabel = "DIR", description = "Write synth.csv, synth.json and cost-table.json here.")
    Path out;

    public SynthCommand() {
    }

    @Override
    public Integer call() {
        List<MacDesign> chosen = new ArrayList<>();
        for (String name : designs.isEmpty() ? DEFAULT_DESIGNS : designs) {
            chosen.add(MacDesigns.standard(name));
        }
        List<LayerTrace> loaded = new ArrayList<>();
        for (Path p : traces) {
            if (Files.isDirectory(p) || p.getFileName().toString().endsWith(".json")) {
                loaded.addAll(TraceSet.read(p).loadAll());
            } else {
                loaded.add(TraceReader.read(p));
            }
        }
        List<StudyRow> rows = AreaEnergyStudy.standard(work, macsPerTrace).run(chosen, loaded);
        System.out.print(StudyReport.text(rows));
        if (out != null) {
            try {
                Files.createDirectories(out);
                Files.writeString(out.resolve("synth.csv"), StudyReport.csv(rows));
                Files.writeString(out.resolve("synth.json"), StudyReport.json(rows));
                Files.writeString(out.resolve("cost-table.json"), StudyReport.costTable(rows));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write results into " + out + ": " + e.getMessage(), e);
            }
            System.out.println("wrote " + out.resolve("synth.csv") + ", synth.json, cost-table.json");
        }
        return 0;
    }
}
