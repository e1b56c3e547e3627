package dintsim.rtl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.cli.CommandLines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code synth --array} rejects bad shapes before any work, naming the option (no tools needed). */
class SynthArrayOptionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4by4|option --array: '4by4' is not RxC (positive",
            "0x4|option --array: '0x4' is not RxC (positive",
            "4x65|option --array: array: field 'cols' is 65, must be 1..64",
            "4x4x4|option --array: '4x4x4' is not RxC (positive"})
    void badShapesAreRejectedNamingTheOption(String shape, String message) {
        String err = run("--array", shape, "--traces", "no-such.dtrace");
        assertTrue(err.contains(message), err);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--multiplier|booth4|option --multiplier: arrays (--array) are built with the tool's multiplier only",
            "--sweep-ns|1,2|option --sweep-ns has no effect with --array"})
    void optionsArraysDoNotTakeAreRejected(String option, String value, String message) {
        String err = run("--array", "4x4", option, value, "--traces", "no-such.dtrace");
        assertTrue(err.contains(message), err);
    }

    private static String run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = CommandLines.of(new SynthCommand()).execute(args);
        } finally {
            System.setErr(saved);
        }
        String err = captured.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, err);
        return err;
    }
}
