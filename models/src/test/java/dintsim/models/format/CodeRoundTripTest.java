package dintsim.models.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** code -> value -> quantize(value, 1) -> the same (canonical) code, for every code of every format. */
class CodeRoundTripTest {
    @Test
    void everyCodeOfEveryFormatRoundTrips() {
        for (NumberFormat f : TestFormats.all()) {
            for (CodePoint p : f.codePoints()) {
                int c = p.code();
                String pattern = f.bitPattern(c);
                assertEquals(f.bits(), pattern.length(), f.name());
                assertEquals(c, Integer.parseInt(pattern, 2), f.name() + " " + pattern);
                assertEquals(p.value(), f.fixedValue(c) * Math.scalb(1.0, -f.fractionBits()), f.name() + " " + pattern);
                int back = f.quantize(p.value(), 1);
                // Two codes with one value (FP4's +0 and -0): quantize returns the first in code order.
                int canonical = f.codePoints().stream().filter(q -> q.value() == p.value()).findFirst().orElseThrow().code();
                assertEquals(canonical, back, f.name() + " code " + pattern);
                assertEquals(p.value(), f.value(back), f.name() + " code " + pattern);
                if (Math.abs(p.value()) <= f.symmetricLimit()) {
                    assertEquals(canonical, f.quantize(p.value(), 1, true), f.name() + " symmetric, code " + pattern);
                }
            }
        }
    }

    @Test
    void reservedCodesAreRejectedAndDuplicatesAreOnlyFp4Zero() {
        for (NumberFormat f : TestFormats.all()) {
            for (int c : f.reservedCodes()) {
                FormatException e = assertThrows(FormatException.class, () -> f.value(c));
                assertTrue(e.getMessage().contains(f.bitPattern(c) + " is reserved"), e.getMessage());
            }
            assertEquals(f.codeCount(), f.codePoints().size() + f.reservedCodes().size());
            int duplicates = f.codePoints().size() - f.values().length;
            assertEquals(f.name().equals("fp4") ? 1 : 0, duplicates, f.name());
        }
        assertThrows(FormatException.class, () -> Formats.builtIn("int4").value(16));
    }

    /** The adopted dINT4 default (docs/formats.md): bit patterns and value set. */
    @Test
    void dint4DefaultBitPatterns() {
        NumberFormat d = Formats.builtIn("dint4");
        assertEquals(List.of(8), d.reservedCodes());
        assertEquals(0.5, d.value(0b0111));
        assertEquals(-0.5, d.value(0b1001));
        assertEquals(CodeKind.SPECIAL, d.kind(0b0111));
        assertEquals(-6, d.value(0b1010));
        assertEquals(6, d.value(0b0110));
        assertEquals(1, d.fractionBits());
        NumberFormat noZero = Formats.builtIn("dint4(s=0.5,zero=false)");
        assertEquals(0.5, noZero.value(0b0000));
        assertEquals(-0.5, noZero.value(0b1000));
        assertEquals(List.of(), noZero.reservedCodes());
        assertEquals(2, Formats.builtIn("dint4(s=0.75)").fractionBits());
    }
}
