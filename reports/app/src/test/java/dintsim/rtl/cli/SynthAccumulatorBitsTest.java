package dintsim.rtl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.reports.cli.CommandLines;
import dintsim.rtl.synth.Fixtures;
import dintsim.sim.cost.CostTable;
import dintsim.traces.io.TraceWriter;
import dintsim.traces.samples.SampleTraces;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code synth --accumulator-bits}: every design rebuilt at one accumulator width, measured, and written as such. */
@Tag("yosys")
@Tag("verilator")
class SynthAccumulatorBitsTest {
    private static final Path DIR = Fixtures.WORK.resolve("cli-acc");

    @Test
    void aWiderAccumulatorIsBuiltMeasuredAndWrittenWithItsWidth() throws Exception {
        Path trace = trace();
        int own = MacDesigns.standard("dint4xint8").accumulator().width();
        CostTable narrow = CostTable.load(run(0, trace, "own", "--design", "dint4xint8").resolve("costs.json"));
        Path wideOut = run(0, trace, "wide", "--design", "dint4xint8", "--accumulator-bits", "32");
        CostTable wide = CostTable.load(wideOut.resolve("costs.json"));
        MacDesign ownDesign = MacDesigns.standard("dint4xint8");
        MacDesign wideDesign = SynthCommand.withAccumulatorBits(ownDesign, 32);
        assertEquals(32, wideDesign.accumulator().width());
        assertTrue(own < 32, "the default accumulator is narrower than 32 bits: " + own);
        // More adder and register bits: the wide MAC is larger, and its entry serves only the 32-bit design.
        assertTrue(wide.macArea(wideDesign) > narrow.macArea(ownDesign) + 200,
                wide.macArea(wideDesign) + " vs " + narrow.macArea(ownDesign));
        assertTrue(Files.readString(wideOut.resolve("costs.json")).contains("\"width\" : 32"),
                Files.readString(wideOut.resolve("costs.json")));
        assertTrue(wide.sources().get("mac.dint4xint8.area").contains("--accumulator-bits 32"),
                wide.sources().get("mac.dint4xint8.area"));
    }

    @Test
    void widthsThatCannotHoldTheDesignAreRejectedNamingTheOption() throws Exception {
        Path trace = trace();
        int own = MacDesigns.standard("dint4xint8").accumulator().width();
        String err = errorOf(trace, Integer.toString(own - 1));
        assertTrue(err.contains("option --accumulator-bits: " + (own - 1) + " bits is narrower than the " + own
                + "-bit accumulator dint4xint8's traces carry"), err);
        err = errorOf(trace, "33");
        assertTrue(err.contains("option --accumulator-bits") && err.contains("must be 2..32"), err);
    }

    private static String errorOf(Path trace, String bits) {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = CommandLines.of(new SynthCommand()).execute("--traces", trace.toString(), "--accumulator-bits", bits,
                    "--work", Fixtures.WORK.toString());
        } finally {
            System.setErr(saved);
        }
        String err = captured.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, err);
        return err;
    }

    private static Path trace() throws Exception {
        Files.createDirectories(DIR);
        Path trace = DIR.resolve("dint4.dtrace");
        TraceWriter.write(SampleTraces.random("dint4xint8", 9, 40, 5, 11), trace);
        return trace;
    }

    private static Path run(int expectedCode, Path trace, String name, String... extra) {
        Path out = DIR.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("--traces", trace.toString(), "--macs-per-trace", "360",
                "--work", Fixtures.WORK.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = CommandLines.of(new SynthCommand()).execute(args.toArray(String[]::new));
        } finally {
            System.setOut(saved);
        }
        assertEquals(expectedCode, code, captured.toString(StandardCharsets.UTF_8));
        return out;
    }
}
