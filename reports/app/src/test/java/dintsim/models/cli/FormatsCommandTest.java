package dintsim.models.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.cli.CommandLines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FormatsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CommandLines.of(new FormatsCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsEveryBuiltInCodeWithBitPatternValueAndKind() {
        assertEquals(0, run("--format", "dint4(s=0.25,zero=false)"), err.toString());
        String o = out.toString();
        assertTrue(o.contains("int8: "), o);
        assertTrue(o.contains("\n    255  11111111        -1      -1  normal\n"), o);
        assertTrue(o.contains("\n      8  1000            -8      -8  normal\n"), o);
        // dINT4 default: 0111 = +0.5 (special, fixed 1 with 1 fraction bit), 1000 reserved.
        assertTrue(o.contains("\n      7  0111           0.5       1  special\n"), o);
        assertTrue(o.contains("reserved codes: 8 (1000) - no value; readers reject them"), o);
        // FP4's negative zero maps back to the canonical +0 code.
        assertTrue(o.contains("1000             0       0  zero  (same value as 0000; quantize returns 0000)"), o);
        assertTrue(o.contains("dint4(s=0.25,zero=false): "), o);
        assertTrue(o.contains("a tie goes to the larger magnitude"), o);
        long rows = o.lines().filter(l -> l.matches("\\s+\\d+\\s+[01]+\\s+.*")).count();
        assertEquals(256 + 16 + 15 + 16 + 16, rows, "one row per valid code of int8, int4, dint4, fp4, dint4 without zero");
    }

    @Test
    void userSpecFilesArePrintedAndBadOnesGiveOneLineAndExitCode2(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("tiny.json");
        Files.writeString(good, "{\"name\": \"tiny2\", \"bits\": 2, \"description\": \"two bits\", \"codes\": ["
                + "{\"code\": \"00\", \"value\": 0}, {\"code\": \"01\", \"value\": 0.25, \"special\": true},"
                + "{\"code\": \"11\", \"value\": -0.25, \"special\": true}]}");
        assertEquals(0, run("--format-spec", good.toString()), err.toString());
        assertTrue(out.toString().contains("tiny2: two bits"));
        assertTrue(out.toString().contains("reserved codes: 2 (10)"));

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"bad\", \"bits\": 12, \"codes\": []}");
        assertEquals(2, run("--format-spec", bad.toString()));
        String e = err.toString();
        assertTrue(e.startsWith("dintsim formats: " + bad), e);
        assertTrue(e.contains("'bits' is 12"), e);
        assertEquals(1, e.lines().count(), e);
        assertFalse(e.contains("Exception"), e);

        err.getBuffer().setLength(0);
        assertEquals(2, run("--format-spec", dir.resolve("missing.json").toString()));
        assertTrue(err.toString().contains("missing.json: cannot read format spec"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("--format", "int5"));
        assertTrue(err.toString().contains("unknown format 'int5'"), err.toString());
    }
}
