package dintsim.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.rtl.emit.EmittedRtl;
import dintsim.rtl.emit.RtlEmitter;
import dintsim.rtl.gen.MultiplierArchitecture;
import dintsim.sim.cost.CostTable;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in cost table describes today's RTL: every MAC entry records the hash of the Verilog
 * it was measured on, and the generator must still emit exactly that Verilog. When this fails,
 * regenerate the table (rtl/docs/AREA_ENERGY.md, "Regenerating the built-in table").
 */
class BuiltInCostTableTest {
    private static final String REGENERATE = "; regenerate sim/src/main/resources/dintsim/sim/costs.json with the "
            + "command in rtl/docs/AREA_ENERGY.md";

    @TempDir
    Path tmp;

    static MacDesign measuredDesign(CostTable table, String name) {
        MacDesign named = MacDesigns.standard(name);
        AccumulatorSpec acc = table.measuredAccumulator(name);
        return acc == null ? named : new MacDesign(named.weightFormat(), named.activationFormat(), acc);
    }

    @Test
    void everyMacEntryWasMeasuredOnTheVerilogTheGeneratorEmitsToday() {
        CostTable table = CostTable.defaults();
        assertFalse(table.designs().isEmpty());
        for (String name : table.designs()) {
            Map<String, String> on = table.measuredOn(name);
            assertFalse(on.isEmpty(), "cost entry " + name + " records no RTL it was measured on" + REGENERATE);
            MacDesign design = measuredDesign(table, name);
            EmittedRtl rtl = RtlEmitter.emitMac(design, MultiplierArchitecture.of(on.get("multiplier")), tmp.resolve(name));
            assertEquals(on.get("top"), rtl.topModule(), "cost entry " + name + ": top module" + REGENERATE);
            assertEquals(on.get("verilogSha256"), RtlHash.of(rtl.files()),
                    "cost entry " + name + " was measured on other Verilog than " + rtl.topModule() + " is today" + REGENERATE);
        }
    }

    /** The netlist too: same Verilog, library and delay target must give the netlist the entry was measured on. */
    @Test
    @Tag("yosys")
    void theSynthesizedNetlistIsTheOneMeasured() {
        CostTable table = CostTable.defaults();
        String name = "dint4xint8";
        Map<String, String> on = table.measuredOn(name);
        MacDesign design = measuredDesign(table, name);
        EmittedRtl rtl = RtlEmitter.emitMac(design, MultiplierArchitecture.of(on.get("multiplier")), tmp.resolve("rtl"));
        int targetPs = (int) Math.round(Double.parseDouble(on.get("delayTargetNs")) * 1000);
        YosysSynthesizer y = YosysSynthesizer.standard(tmp.resolve("synth"), CellLibraries.named(on.get("library")),
                targetPs);
        assertEquals(on.get("netlistSha256"), y.synthesize(rtl.topModule(), rtl.files()).netlistSha256(),
                "cost entry " + name + ": the netlist differs" + REGENERATE);
    }

}
