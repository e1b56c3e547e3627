package dintsim.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacDesign;
import dintsim.models.mac.OverflowPolicy;
import dintsim.reports.cli.CommandLines;
import dintsim.reports.cli.Main;
import dintsim.sim.RandomGemms;
import dintsim.traces.io.TraceWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulate says when a narrow accumulator overflowed: counted and warned under saturate/wrap, named under error. */
class OverflowReportTest {
    private static int run(StringWriter out, StringWriter err, String... args) {
        picocli.CommandLine cli = CommandLines.of(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return CommandLines.execute(cli, args);
    }

    @Test
    void overflowedOutputsAreCountedWarnedOrNamed(@TempDir Path dir) throws Exception {
        for (OverflowPolicy policy : OverflowPolicy.values()) {
            MacDesign d = RandomGemms.narrow("int8xint8", 12, policy);
            Path trace = dir.resolve(policy + ".dtrace");
            TraceWriter.write(RandomGemms.trace(d, 8, 64, 8, 5), trace);
            Path costs = dir.resolve(policy + "-costs.json");
            Files.writeString(costs, RandomGemms.costsFor(d).toJson());
            Path out = dir.resolve("out-" + policy);
            StringWriter stdout = new StringWriter();
            StringWriter err = new StringWriter();
            int code = run(stdout, err, "simulate", trace.toString(), "--costs", costs.toString(), "--no-progress",
                    "--out", out.toString());
            if (policy == OverflowPolicy.ERROR) {
                assertEquals(2, code, stdout + "" + err);
                assertTrue(err.toString().contains(trace.toString()) && err.toString().contains("accumulator overflow"), err.toString());
                assertTrue(!Files.exists(out), "no output directory for a failed run");
            } else {
                assertEquals(0, code, err.toString());
                assertTrue(stdout.toString().contains("warning: layer ") && stdout.toString().contains("outputs overflowed"),
                        stdout.toString());
                List<String> csv = Files.readAllLines(out.resolve("layers.csv"));
                int column = List.of(csv.get(0).split(",")).indexOf("overflowedOutputs");
                assertTrue(column >= 0, csv.get(0));
                assertTrue(Long.parseLong(csv.get(1).split(",")[column]) > 0, csv.get(1));
            }
        }
    }
}
