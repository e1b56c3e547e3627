package dintsim.rtl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.cli.CommandLines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CosimCommandTest {
    @TempDir
    Path tmp;

    @Test
    @Tag("verilator")
    void randomGemmAgreesOnBothDataflowsAndWritesActivity() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = CommandLines.of(new CosimCommand());
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("--random", "7x11x5", "--array", "4x4", "--work", tmp.toString(),
                "--activity", tmp.resolve("act").toString());
        assertEquals(0, code, out.toString());
        assertTrue(out.toString().contains("2 run(s), 0 diverged"), out.toString());
        try (var files = Files.list(tmp.resolve("act"))) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void badShapesNameTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CosimCommand.parseArray("8by8"));
        assertTrue(e.getMessage().contains("--array"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CosimCommand.parseShape("3x0x2"));
        assertTrue(e.getMessage().contains("--random"), e.getMessage());
    }
}
