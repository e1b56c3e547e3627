package dintsim.traces.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.cli.CommandLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckModelCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter out, String... args) {
        CommandLine cli = CommandLines.of(new CheckModelCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        return cli.execute(args);
    }

    @Test
    void passesOnAUserFileAndFailsOnAnImpossibleThreshold() throws IOException {
        Path file = dir.resolve("two.txt");
        Files.writeString(file, "The first passage is short.\n\nThe second one talks about systolic arrays.\n");
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "--text", file.toString()), out.toString());
        assertTrue(out.toString().contains("OK: 2 passages, 0 below cosine 0.9999"), out.toString());

        StringWriter strict = new StringWriter();
        assertEquals(1, run(strict, "--text", file.toString(), "--min-cosine", "1.0"), strict.toString());
        assertTrue(strict.toString().contains("FAILED: 2 passages, 2 below cosine 1.0"), strict.toString());
    }
}
