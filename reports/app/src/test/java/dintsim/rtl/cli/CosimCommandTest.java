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
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CosimCommand.parseArray("8by8"));
        assertTrue(e.getMessage().contains("--array"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CosimCommand.parseShape("3x0x2"));
        assertTrue(e.getMessage().contains("--random"), e.getMessage());
    }
}
