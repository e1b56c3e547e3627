package dintsim.models.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.Formats;
import org.junit.jupiter.api.Test;

class AccumulatorSpecTest {
    @Test
    void policiesAtTheRangeEnds() {
        AccumulatorSpec sat = new AccumulatorSpec(8, 0, OverflowPolicy.SATURATE);
        assertEquals(127, sat.add(100, 100, () -> "x"));
        assertEquals(-128, sat.add(-100, -100, () -> "x"));
        assertEquals(127, sat.add(27, 100, () -> "x"));
        AccumulatorSpec wrap = new AccumulatorSpec(8, 0, OverflowPolicy.WRAP);
        assertEquals((byte) 200, wrap.add(100, 100, () -> "x"));
        assertEquals((byte) -200, wrap.add(-100, -100, () -> "x"));
        AccumulatorSpec err = new AccumulatorSpec(8, 0, OverflowPolicy.ERROR);
        AccumulatorOverflowException e = assertThrows(AccumulatorOverflowException.class,
                () -> err.add(100, 28, () -> "output [0][0], k = 3"));
        assertTrue(e.getMessage().contains("output [0][0], k = 3") && e.getMessage().contains("100 + 28 = 128"), e.getMessage());
        assertEquals(127, err.add(100, 27, () -> "x"));
        // Both +v and -v must fit: 127 needs 8 bits, 128 needs 9 (+128 is beyond 8-bit range).
        assertEquals(8, AccumulatorSpec.bitsFor(127));
        assertEquals(9, AccumulatorSpec.bitsFor(128));
    }

    /** The default accumulator: exact fraction bits and wide enough for DEFAULT_DEPTH worst-case products. */
    @Test
    void defaultAccumulatorsAreExactAndWideEnough() {
        for (String name : MacDesigns.STANDARD) {
            MacDesign d = MacDesigns.standard(name);
            assertEquals(d.weightFormat().fractionBits() + d.activationFormat().fractionBits(), d.accumulator().fractionBits());
            assertEquals(0, d.productShift());
            assertTrue(d.cannotOverflow(MacDesigns.DEFAULT_DEPTH), name);
            assertEquals(OverflowPolicy.ERROR, d.accumulator().overflow());
        }
        // INT8 x INT8: max |product| = (-128) * (-128) = 2^14, x 4096 = +2^26, which needs 28 signed bits.
        assertEquals(28, MacDesigns.standard("int8xint8").accumulator().width());
        assertEquals(1, MacDesigns.parse("dint4xint8", new Formats()).accumulator().fractionBits());
    }

    @Test
    void badSpecsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AccumulatorSpec(33, 0, OverflowPolicy.WRAP));
        assertThrows(IllegalArgumentException.class, () -> new AccumulatorSpec(8, 8, OverflowPolicy.WRAP));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OverflowPolicy.parse("clip", "f.json"));
        assertTrue(e.getMessage().contains("f.json") && e.getMessage().contains("'clip'"), e.getMessage());
    }
}
