package dintsim.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.rtl.synth.liberty.LibertyFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The installed OSU 0.18 um library (Debian qflow-tech-osu018), read from its Liberty file. */
@Tag("yosys")
class Osu018LibraryTest {
    private static final CellLibrary LIB = CellLibraries.standard();

    @Test
    void areasCapacitancesAndTransistorsAreTheFilesFigures() {
        assertEquals("osu018_stdcells", LIB.name());
        assertEquals(1.8, LIB.voltage(), 1e-12);
        assertEquals(32, LIB.cell("AND2X1").areaUm2(), 1e-12);
        assertEquals(96, LIB.cell("DFFPOSX1").areaUm2(), 1e-12);
        assertEquals(0.0129077, LIB.cell("AND2X1").pinPf("A"), 1e-12);
        assertEquals(0.0279235, LIB.cell("DFFPOSX1").pinPf("CLK"), 1e-12);
        assertEquals(6, LIB.cell("AND2X1").transistors()); // six M lines in osu018_stdcells.sp
        assertEquals("CLK", LIB.cell("DFFPOSX1").clock());
        assertEquals("D", LIB.cell("DFFPOSX1").function());
        assertEquals("2 outputs", LIB.unusable().get("FAX1"));
        assertEquals("tri-state output", LIB.unusable().get("TBUFX1"));
        assertEquals("latch", LIB.unusable().get("LATCH"));
        assertEquals("negative-edge flip-flop", LIB.unusable().get("DFFNEGX1"));
        assertEquals("asynchronous set/reset", LIB.unusable().get("DFFSR"));
        assertTrue(LIB.provenance().contains("qflow-tech-osu018"), LIB.provenance());
    }

    @Test
    void aRegisterBitIsTheSmallestPositiveEdgeFlipFlopAtHalfADataToggle() {
        RegisterCost reg = RegisterCost.of(LIB);
        LibraryCell ff = LIB.cell("DFFPOSX1");
        assertEquals(ff, reg.cell()); // DFFNEGX1 and DFFSR are unusable, DFFPOSX1 is the only one left
        assertEquals(96, reg.areaPerBitUm2(), 1e-12);
        double slew = dintsim.rtl.power.NetEnergies.INPUT_SLEW_NS;
        double clock = ff.power().clockCycleFj(slew);
        double toggle = ff.power().outputTransitionFj(ff.pinPf("D"), slew) + ff.power().inputTransitionFj("D", slew);
        assertTrue(clock > 0 && toggle > 0);
        assertEquals((clock + 0.5 * toggle) / 1000, reg.energyPerBitPj(), 1e-15);
        assertTrue(reg.energySource(LibraryLabel.of(LIB)).contains("DFFPOSX1"));
    }

    @Test
    void onlyALibraryWithTimingArcsCanRunTheTimedFlow() {
        assertTrue(LIB.timed());
        assertEquals(LIB, LIB.requireTimed());
        CellLibrary estimate = CellLibrary.bundled();
        assertTrue(!estimate.timed());
        String msg = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                estimate::requireTimed).getMessage();
        assertTrue(msg.contains("dintsim45") && msg.contains("no timing arcs") && msg.contains("OpenSTA"), msg);
    }

    @Test
    void theNamedLibrariesStateTheirNode() {
        assertEquals(180, LibraryLabel.of(LIB).nodeNm());
        assertEquals(45, LibraryLabel.of(CellLibrary.bundled()).nodeNm());
        assertEquals(0, CellLibraries.nodeNmOf("someone_elses_lib"));
    }

    @Test
    void energyIsTheInternalPowerTablePlusTheLoadCharge() {
        // AND2X1 internal_power at the first index points (load 0.005 pF, slew 0.06 ns): related pin A rise
        // 0.012351, fall 0.051843; pin B rise 0.013537, fall 0.062565 (pJ); plus 1/2 C V^2 = 0.5 * 5 fF * 1.8^2.
        double internal = (0.012351 + 0.051843 + 0.013537 + 0.062565) / 4 * 1000;
        assertEquals(internal + 0.5 * 0.005 * 1.8 * 1.8 * 1000,
                LIB.cell("AND2X1").power().outputTransitionFj(0.005, 0.06), 1e-9);
        // Halfway between load points 0.005 and 0.0125 at slew 0.06: the mean of the two rows.
        double row2 = (0.013339 + 0.053948 + 0.014079 + 0.065226) / 4 * 1000;
        assertEquals((internal + row2) / 2 + 0.5 * 0.00875 * 1.8 * 1.8 * 1000,
                LIB.cell("AND2X1").power().outputTransitionFj(0.00875, 0.06), 1e-9);
        // DFFPOSX1 clock pin at 0.06 ns: rise 0.006865 + fall 0.11034 pJ per cycle, plus C V^2 of the pin.
        assertEquals((0.006865 + 0.11034) * 1000 + 0.0279235 * 1.8 * 1.8 * 1000,
                LIB.cell("DFFPOSX1").power().clockCycleFj(0.06), 1e-9);
        // D pin passive energy at 0.06 ns: mean of rise 0.045424 and fall 0.08841 pJ.
        assertEquals((0.045424 + 0.08841) / 2 * 1000, LIB.cell("DFFPOSX1").power().inputTransitionFj("D", 0.06), 1e-9);
    }

    @Test
    void functionsBecomeVerilog() {
        assertEquals("(~((S & A) | (~S & B)))", LibertyFunction.toVerilog("(!((S A) + (!S B)))", "MUX2X1"));
        assertEquals("(~((A & B) | C))", LibertyFunction.toVerilog("(!((A B)+C))", "AOI21X1"));
        assertEquals("~A & B", LibertyFunction.toVerilog("A' B", "t"));
        assertTrue(LIB.behaviouralVerilog().contains("module XNOR2X1(input A, input B, output Y);\n  assign Y = (~(A ^ B));"));
    }
}
