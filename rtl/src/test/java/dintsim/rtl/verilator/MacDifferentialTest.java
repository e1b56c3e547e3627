package dintsim.rtl.verilator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacDesign;
import dintsim.rtl.TestDesigns;
import dintsim.rtl.gen.MultiplierArchitecture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import dintsim.models.mac.MacDesigns;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Verilated MAC vs the Java model on every valid code pair, accumulator boundaries and random
 * runs. Vectors per design: {@code -Ddintsim.rtl.macVectors} (default 10^7 random ones).
 */
@Tag("verilator")
class MacDifferentialTest {
    static final long RANDOM = Long.getLong("dintsim.rtl.macVectors", 10_000_000L);

    @TempDir
    Path tmp;

    static Stream<MacDesign> designs() {
        return TestDesigns.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void rtlMatchesModel(MacDesign design) throws Exception {
        long start = System.nanoTime();
        MacCheck check = MacDifferential.run(design, RANDOM, 20261124L, tmp, true);
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("MAC %s: %d vectors, %d mismatches, %.1f s%n", check.top(), check.vectors(), check.mismatches(), secs);
        assertEquals(0, check.mismatches(), check.firstMismatch());
        assertTrue(check.vectors() >= RANDOM, "all vectors reached the RTL");
        String activity = Files.readString(check.activity());
        assertTrue(activity.contains("toggles\t0\t0\tproduct\t"), activity);
    }

    /** The radix-4 Booth multiplier, on every standard design (fewer random vectors: the code pairs are all there). */
    @ParameterizedTest(name = "booth4 {0}")
    @MethodSource("standardDesigns")
    void boothRtlMatchesModel(MacDesign design) {
        MacCheck check = MacDifferential.run(design, MultiplierArchitecture.BOOTH4, Math.min(RANDOM, 1_000_000L), 20261203L,
                tmp, false);
        System.out.printf("MAC %s: %d vectors, %d mismatches%n", check.top(), check.vectors(), check.mismatches());
        assertTrue(check.top().endsWith("_booth4"), check.top());
        assertEquals(0, check.mismatches(), check.firstMismatch());
    }

    static Stream<MacDesign> standardDesigns() {
        return MacDesigns.STANDARD.stream().map(MacDesigns::standard);
    }

    @Test
    void aWrongDatapathIsCaught() {
        // Same port widths, different arithmetic: the int4 RTL checked against the dINT4 model.
        MacCheck check = MacDifferential.run(MacDesigns.standard("int4xint8"), MacDesigns.standard("dint4xint8"), 1000, 1, tmp, false);
        assertTrue(check.mismatches() > 0, "mismatches must be reported");
        assertTrue(check.firstMismatch().startsWith("vector "), check.firstMismatch());
    }
}
