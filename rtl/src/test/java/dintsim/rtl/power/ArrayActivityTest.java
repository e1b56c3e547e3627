package dintsim.rtl.power;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.rtl.emit.ArrayConfig;
import dintsim.rtl.emit.EmittedRtl;
import dintsim.rtl.emit.RtlEmitter;
import dintsim.rtl.gatesim.EventGateSimulator;
import dintsim.rtl.synth.AreaClassifier;
import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.Fixtures;
import dintsim.rtl.synth.SynthResult;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.hw.array.FoldSchedule;
import dintsim.sim.hw.array.GemmShape;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("yosys")
@Tag("verilator")
class ArrayActivityTest {
    private static final CellLibrary LIB = Fixtures.synthesizer().library();
    private static final ArrayActivity ACTIVITY = new ArrayActivity(LIB, AreaClassifier.DEFAULT_MULTIPLIER_MODULES);

    private static SynthResult synthesize(MacDesign design, ArrayConfig config) {
        EmittedRtl rtl = RtlEmitter.emitArray(design, config, Fixtures.WORK.resolve("array-activity")
                .resolve(config.tag() + "-" + RtlEmitter.designTag(design)));
        return Fixtures.synthesizer().synthesize(rtl.topModule(), rtl.files());
    }

    /** K and N that do not fill the last fold: padding rows and columns, continuing folds. */
    private static ArrayGemm gemm(MacDesign design, int m, int k, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        return new ArrayGemm("random " + m + "x" + k + "x" + n, design,
                CodeMatrix.random(design.activationFormat(), m, k, rnd), CodeMatrix.random(design.weightFormat(), n, k, rnd));
    }

    @Test
    void wideStationaryArraysMatchTheGoldenGemmOnVerilatorAndTheJavaSimulatorAlike() {
        MacDesign design = MacDesigns.standard("dint4xint8");
        GateLevelSimulator verilator = GateLevelSimulator.standard(LIB, Fixtures.WORK.resolve("gate-sim"));
        // Both stationary dataflows, double-buffered and not (the preload overlapping the stream or not).
        for (ArrayConfig config : List.of(new ArrayConfig(3, 4, Dataflow.parse("ws", "test"), true, false),
                new ArrayConfig(3, 4, Dataflow.parse("is", "test"), false, false))) {
            {
                // 3 x 4: psumIn is 4 x 24 bits, more than one stimulus lane.
                SynthResult synth = synthesize(design, config);
                ArrayGemm g = gemm(design, 6, 8, 9, 3);
                // measure() checks every partial sum leaving the array and the last output's cycle; it throws on a mismatch.
                GateLevelModel compiled = verilator.compile(synth.netlist(), "clock");
                assertTrue(compiled.inputs().stream().anyMatch(p -> p.name().equals("psumIn") && p.lsb() == 64), "psumIn has two lanes");
                ArrayEnergy onVerilator = ACTIVITY.measure(compiled, config, g);
                ArrayEnergy inJava = ACTIVITY.measure(EventGateSimulator.zeroDelay(synth.netlist(), LIB, "clock"), config, g);
                FoldSchedule schedule = new FoldSchedule(config.shape(), new GemmShape(6, 8, 9));
                assertEquals(schedule.totalCycles(), onVerilator.cycles());
                assertEquals(6L * 8 * 9, onVerilator.macs());
                assertEquals(onVerilator.split(), inJava.split(), "Verilator and the Java simulator count the same toggles");
                assertEquals(onVerilator.totalPj(), inJava.totalPj(), 1e-9 * onVerilator.totalPj());
                assertTrue(onVerilator.pjPerMac() > 0 && onVerilator.utilization() > 0 && onVerilator.utilization() < 1,
                        onVerilator.toString());
                System.out.printf("%s: %.3f pJ/MAC, %d cycles, utilization %.3f%n", config.tag(), onVerilator.pjPerMac(),
                        onVerilator.cycles(), onVerilator.utilization());
            }
        }
    }

    @Test
    void aNetlistThatWritesOneWrongBitIsCaught() {
        MacDesign design = MacDesigns.standard("int8xint8");
        ArrayConfig config = new ArrayConfig(2, 2, Dataflow.parse("ws", "test"), true, false);
        SynthResult synth = synthesize(design, config);
        EventGateSimulator real = EventGateSimulator.zeroDelay(synth.netlist(), LIB, "clock");
        GateLevelModel broken = new GateLevelModel() {
            @Override
            public GateNetlist netlist() {
                return real.netlist();
            }

            @Override
            public NetEnergies energies() {
                return real.energies();
            }

            @Override
            public List<NetlistPort> inputs() {
                return real.inputs();
            }

            @Override
            public List<NetlistPort> outputs() {
                return real.outputs();
            }

            @Override
            public ActivityRun run(long[][] stimulus) {
                ActivityRun run = real.run(stimulus);
                int value = outputIndex("psumOut");
                int valid = outputIndex("psumOutValid");
                for (long[] row : run.outputs()) {
                    if (PortLanes.get(row, valid, 1, 1) != 0) {
                        row[value] ^= 1L << design.accumulator().width(); // bit 0 of column 1
                        break;
                    }
                }
                return run;
            }
        };
        ArrayGemm g = gemm(design, 4, 4, 4, 9);
        ACTIVITY.measure(real, config, g); // the real netlist passes
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ACTIVITY.measure(broken, config, g));
        assertTrue(e.getMessage().contains("column 1") && e.getMessage().contains("netlist partial sum"), e.getMessage());
    }

    @Test
    void portLanesStraddleTheLaneBoundary() {
        long[] row = new long[2];
        PortLanes.put(row, 0, 60, 8, 0xA5);
        assertEquals(0xA5, PortLanes.get(row, 0, 60, 8));
        assertArrayEquals(new long[] {0x5L << 60, 0xA}, row);
        PortLanes.put(row, 0, 60, 8, 0);
        assertArrayEquals(new long[] {0, 0}, row);
    }

    @Test
    void outputStationaryArraysAreRefusedByName() {
        MacDesign design = MacDesigns.standard("int8xint8");
        ArrayConfig os = new ArrayConfig(2, 2, Dataflow.parse("os", "test"), true, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ACTIVITY.measure(null, os, gemm(design, 2, 2, 2, 1)));
        assertTrue(e.getMessage().contains("output-stationary"), e.getMessage());
    }
}
