package dintsim.traces.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.CodeKind;
import dintsim.reports.cli.CommandLines;
import dintsim.traces.LayerTrace;
import dintsim.traces.io.TraceSet;
import dintsim.traces.io.TraceWriter;
import dintsim.traces.samples.SampleTraces;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TraceCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CommandLines.of(new TraceCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void inspectReportsHeaderHistogramAndCounts() {
        LayerTrace t = SampleTraces.random("dint4xint8", 33, 70, 17, 9);
        Path f = dir.resolve("l.dtrace");
        TraceWriter.write(t, f);
        assertEquals(0, run("inspect", f.toString()), err.toString());
        String o = out.toString();
        assertTrue(o.contains("layer:       sample.dint4xint8.33x70x17"), o);
        assertTrue(o.contains("M x K x N = 33 x 70 x 17"), o);
        assertTrue(o.contains("design:      dint4xint8"), o);
        assertTrue(o.contains("checksums: all 4 sections OK"), o);
        // The histogram rows add up to N x K, and each count is what the codes say.
        Matcher m = Pattern.compile("\\n  ([01]{4})\\s+(\\S+)\\s+(\\w+)\\s+(\\d+)\\s+").matcher(o);
        long sum = 0;
        int rows = 0;
        while (m.find()) {
            int code = Integer.parseInt(m.group(1), 2);
            long expected = 0;
            for (byte c : t.weights().codes()) {
                expected += (c & 0xFF) == code ? 1 : 0;
            }
            assertEquals(expected, Long.parseLong(m.group(4)), "count of " + m.group(1));
            sum += expected;
            rows++;
        }
        assertEquals(15, rows);
        assertEquals(70L * 17, sum);
        long zeros = 0;
        long specials = 0;
        for (byte c : t.weights().codes()) {
            CodeKind k = t.weights().format().kind(c & 0xFF);
            zeros += k == CodeKind.ZERO ? 1 : 0;
            specials += k == CodeKind.SPECIAL ? 1 : 0;
        }
        assertTrue(o.contains("zero weights: " + zeros + " ("), o);
        assertTrue(o.contains("special weights (dINT +-s, shift path): " + specials + " ("), o);
    }

    @Test
    void badTracesGiveOneLineAndExitCode2() throws Exception {
        Path f = dir.resolve("bad.dtrace");
        TraceWriter.write(SampleTraces.random("int4xint8", 4, 8, 4, 1), f);
        byte[] b = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(b, b.length - 5));
        assertEquals(2, run("inspect", f.toString()));
        String e = err.toString();
        assertTrue(e.startsWith("dintsim trace inspect: " + f + ": byte "), e);
        assertTrue(e.contains("truncated"), e);
        assertEquals(1, e.lines().count(), e);
        assertFalse(e.contains("Exception"), e);
        err.getBuffer().setLength(0);
        assertEquals(2, run("inspect", dir.resolve("none.dtrace").toString()));
        assertTrue(err.toString().contains("none.dtrace: no such file"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("inspect", dir.toString()));
        assertTrue(err.toString().startsWith("dintsim trace inspect: " + dir + ": cannot read"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void samplesCommandWritesTheStandardSet() {
        assertEquals(0, run("samples", dir.resolve("s").toString()), err.toString());
        assertEquals(SampleTraces.standard().size(), TraceSet.read(dir.resolve("s")).loadAll().size());
    }
}
