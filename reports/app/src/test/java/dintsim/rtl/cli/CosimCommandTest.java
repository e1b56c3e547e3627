package dintsim.rtl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.cli.CommandLines;
import dintsim.sim.hw.array.Dataflow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CosimCommandTest {
    @TempDir
    Path tmp;

    @Test
    @Tag("verilator")
    void randomGemmAgreesOnEveryDataflowAndWritesActivity() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = CommandLines.of(new CosimCommand());
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("--random", "7x11x5", "--array", "4x4", "--work", tmp.toString(),
                "--activity", tmp.resolve("act").toString());
        assertEquals(0, code, out.toString());
        int flows = Dataflow.all().size();
        assertTrue(out.toString().contains(flows + " run(s), 0 diverged"), out.toString());
        try (var files = Files.list(tmp.resolve("act"))) {
            assertEquals(flows, files.count());
        }
    }

    @Test
    void dataflowListIsAllOrCommaSeparatedLabels() {
        assertEquals(Dataflow.all(), CosimCommand.parseDataflows("all"));
        assertEquals(List.of(Dataflow.IS, Dataflow.WS), CosimCommand.parseDataflows("is, ws,is"));
        assertEquals(List.of(Dataflow.OS), CosimCommand.parseDataflows("output-stationary"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CosimCommand.parseDataflows("ws,xs"));
        assertTrue(e.getMessage().contains("--dataflow") && e.getMessage().contains("'xs'") && e.getMessage().contains("all"),
                e.getMessage());
    }

    @Test
    void badShapesNameTheOption() {
        String array = error("--random", "4x4x4", "--array", "8by8");
        assertTrue(array.startsWith("dintsim cosim: option --array: '8by8' is not RxC"), array);
        String random = error("--random", "3x0x2");
        assertTrue(random.startsWith("dintsim cosim: option --random: '3x0x2' is not MxKxN"), random);
    }

    /** What a rejected command line prints on standard error (it must exit with 2). */
    private String error(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = CommandLines.of(new CosimCommand());
        cli.setErr(new PrintWriter(err));
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--work", tmp.toString()));
        assertEquals(2, cli.execute(all.toArray(new String[0])));
        return err.toString();
    }
}
