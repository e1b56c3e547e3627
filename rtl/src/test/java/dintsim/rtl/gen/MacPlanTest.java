package dintsim.rtl.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.DintFamily;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.mac.MacKind;
import dintsim.rtl.TestDesigns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planned datapath structure reproduces MacDesign.product for every valid code pair. */
class MacPlanTest {

    @Test
    void planProductEqualsModelForEveryCodePair() {
        List<MacDesign> designs = new ArrayList<>(TestDesigns.all());
        designs.add(new MacDesign(DintFamily.create(4, 0.5, false), new dintsim.models.format.Formats().get("int8"),
                MacDesigns.defaultAccumulator(DintFamily.create(4, 0.5, false), new dintsim.models.format.Formats().get("int8"))));
        designs.add(MacDesigns.standard("dint4(s=0.125)xint4"));
        for (MacDesign d : designs) {
            planEqualsModel(d, new MacPlan(d));
            planEqualsModel(d, new MacPlan(d, MultiplierArchitecture.BOOTH4));
        }
    }

    @Test
    void boothRecodingMultipliesEverySignedPair() {
        for (int bits : new int[] {3, 4, 5, 8}) {
            for (long y = -(1L << (bits - 1)); y < 1L << (bits - 1); y++) {
                long check = 0;
                for (int i = 0; i < BoothRadix4.digits(bits); i++) {
                    int d = BoothRadix4.digit(y, bits, i);
                    assertTrue(d >= -2 && d <= 2, "digit " + d);
                    check += d * (1L << (2 * i));
                }
                assertEquals(y, check, "digits of " + y);
                for (long x = -128; x < 128; x++) {
                    assertEquals(x * y, BoothRadix4.multiply(x, y, bits), x + " * " + y + " (" + bits + " bits)");
                }
            }
        }
        assertEquals(MultiplierArchitecture.BOOTH4, MultiplierArchitecture.of("booth4"));
        var e = assertThrows(IllegalArgumentException.class, () -> MultiplierArchitecture.of("wallace"));
        assertEquals("multiplier 'wallace' is not one of [tool, booth4]", e.getMessage());
    }

    private static void planEqualsModel(MacDesign d, MacPlan plan) {
        long checked = 0;
        for (int w = 0; w < plan.weightCodeCount(); w++) {
            for (int a = 0; a < plan.activationCodeCount(); a++) {
                if (d.weightFormat().isValid(w) && d.activationFormat().isValid(a)) {
                    long p = plan.product(w, a);
                    assertEquals(d.product(w, a), p, d + " " + plan.multiplier() + " w=" + w + " a=" + a);
                    assertTrue(p >= -(1L << (plan.productWidth() - 1)) && p < 1L << (plan.productWidth() - 1), d.toString());
                    checked++;
                }
            }
        }
        assertTrue(checked > 0);
    }

    @Test
    void dintUsesShiftPathForSpecialsAndNarrowMultiplier() {
        MacPlan p = new MacPlan(MacDesigns.standard("dint4xint8"));
        assertEquals(MacKind.SPECIAL, p.weightKind(0b0111));
        assertEquals(MacKind.SPECIAL, p.weightKind(0b1001));
        assertTrue(p.reserved(0b1000));
        assertFalse(p.reserved(0b0111));
        assertEquals(MacKind.ZERO, p.weightKind(0));
        assertEquals(4, p.normalOperandWidth(), "+-1..+-6 in a 4-bit signed operand");
        assertEquals(1, p.normalShift());
        assertEquals(8, new MacPlan(MacDesigns.standard("int8xint8")).normalOperandWidth());
    }
}
