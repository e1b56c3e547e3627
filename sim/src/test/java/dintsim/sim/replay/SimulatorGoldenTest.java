package dintsim.sim.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.golden.GemmResult;
import dintsim.models.golden.GoldenGemm;
import dintsim.models.mac.AccumulatorOverflowException;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.mac.OverflowPolicy;
import dintsim.sim.RandomGemms;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.Dataflow;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import org.junit.jupiter.api.Test;

/** Outputs of the cycle-accurate replay equal the golden GEMM; both fidelities agree on everything but wall time. */
class SimulatorGoldenTest {

    private static ArchConfig arch(int rows, int cols, Dataflow df, boolean overlap) {
        return ArchConfig.defaults().withArray(new ArrayShape(rows, cols, df, overlap));
    }

    private static void assertSame(SimResult cycle, SimResult fast) {
        String what = cycle.layer() + " " + cycle.arch().array();
        assertArrayEquals(cycle.outputs(), fast.outputs(), what);
        assertEquals(cycle.arrayCycles(), fast.arrayCycles(), what);
        assertEquals(cycle.systemCycles(), fast.systemCycles(), what);
        assertEquals(cycle.array().group().counterValues(), fast.array().group().counterValues(), what);
        assertArrayEquals(cycle.array().peMacs(), fast.array().peMacs(), what);
        assertEquals(cycle.memory().group().counterValues(), fast.memory().group().counterValues(), what);
        assertEquals(cycle.energyPj(), fast.energyPj(), what);
    }

    @Test
    void everyStandardSampleTraceMatchesGoldenInBothDataflows() {
        for (LayerTrace t : SampleTraces.standard()) {
            for (Dataflow df : Dataflow.all()) {
                ArchConfig a = arch(8, 4, df, true);
                SimResult cycle = Simulator.run(t, a, Fidelity.CYCLE);
                SimResult fast = Simulator.run(t, a, Fidelity.FAST);
                GemmResult golden = GoldenGemm.multiply(t.design(), t.activations(), t.weights());
                assertArrayEquals(golden.values(), cycle.outputs(), t.layer());
                assertSame(cycle, fast);
                assertTrue(cycle.systemCycles() > cycle.arrayCycles());
            }
        }
    }

    @Test
    void narrowAccumulatorsSaturateAndWrapExactlyWhereGoldenDoes() {
        // Sequential k order across k-tiles (ws: the previous k-tile's partial sum enters row 0)
        // keeps every intermediate step equal to the golden stepwise accumulation.
        for (String name : MacDesigns.STANDARD) {
            for (OverflowPolicy policy : new OverflowPolicy[] {OverflowPolicy.SATURATE, OverflowPolicy.WRAP}) {
                MacDesign d = RandomGemms.narrow(name, 12, policy);
                LayerTrace t = RandomGemms.trace(d, 9, 40, 7, name.hashCode() + policy.ordinal());
                GemmResult golden = GoldenGemm.multiply(d, t.activations(), t.weights());
                assertTrue(golden.overflowedOutputs() > 0, "the test must overflow: " + name);
                for (Dataflow df : Dataflow.all()) {
                    SimResult cycle = Simulator.run(t, arch(4, 3, df, true), Fidelity.CYCLE, RandomGemms.costsFor(d));
                    assertArrayEquals(golden.values(), cycle.outputs(), name + " " + policy + " " + df);
                }
            }
        }
    }

    @Test
    void overflowWithErrorPolicyIsReported() {
        MacDesign d = RandomGemms.narrow("int8xint8", 10, OverflowPolicy.ERROR);
        LayerTrace t = RandomGemms.trace(d, 4, 64, 4, 3);
        for (Dataflow df : Dataflow.all()) {
            AccumulatorOverflowException e = assertThrows(AccumulatorOverflowException.class,
                    () -> Simulator.run(t, arch(4, 4, df, true), Fidelity.CYCLE, RandomGemms.costsFor(d)));
            assertTrue(e.getMessage().contains("output ["), e.getMessage());
        }
    }

    @Test
    void fidelitiesAgreeOnLargerArraysAndBothModes() {
        int[][] shapes = {{40, 70, 33}, {64, 64, 64}, {17, 130, 50}};
        int[][] arrays = {{16, 16}, {8, 32}, {32, 8}};
        int i = 0;
        for (int[] s : shapes) {
            for (int[] a : arrays) {
                LayerTrace t = RandomGemms.trace(MacDesigns.STANDARD.get(i % 4), s[0], s[1], s[2], 77 + i);
                i++;
                for (Dataflow df : Dataflow.all()) {
                    for (boolean overlap : new boolean[] {true, false}) {
                        ArchConfig arch = arch(a[0], a[1], df, overlap);
                        assertSame(Simulator.run(t, arch, Fidelity.CYCLE), Simulator.run(t, arch, Fidelity.FAST));
                    }
                }
            }
        }
    }

    @Test
    void longCycleAccurateRunsReportProgressFromAKernelEvent() {
        // ws 4x4, M = 140000, K = N = 4: one fold of about 140000 cycles -> reports at cycles 65536
        // and 131072, then 1.0 when the run ends.
        LayerTrace t = RandomGemms.trace("int8xint8", 140_000, 4, 4, 12);
        java.util.List<Double> reports = new java.util.ArrayList<>();
        dintsim.sim.mem.BufferConfig big = new dintsim.sim.mem.BufferConfig(4 << 20, 8, 64);
        ArchConfig a = arch(4, 4, Dataflow.WS, true).withMemory(new dintsim.sim.mem.MemoryConfig(big, big, big, 32));
        SimResult r = Simulator.run(t, a, Fidelity.CYCLE,
                dintsim.sim.cost.CostTable.defaults(), reports::add);
        assertEquals(3, reports.size(), reports.toString());
        assertEquals(65536.0 / r.arrayCycles(), reports.get(0), 1e-3);
        assertEquals(131072.0 / r.arrayCycles(), reports.get(1), 1e-3);
        assertEquals(1.0, reports.get(2));
    }

    @Test
    void mismatchNamesTheFirstDifferingIndex() {
        OutputMismatchException e = assertThrows(OutputMismatchException.class,
                () -> OutputMismatchException.check("L", new int[] {1, 2, 3, 4, 5, 6}, new int[] {1, 2, 3, 4, 9, 7}, 3));
        assertEquals("layer L: output [1][1] (index 4) differs from the golden GEMM: expected 5, got 9", e.getMessage());
    }

    @Test
    void throughputAndEnergyFiguresFollowTheirDefinitions() {
        LayerTrace t = RandomGemms.trace("dint4xint8", 64, 96, 48, 5);
        SimResult r = Simulator.run(t, arch(16, 16, Dataflow.WS, true).withClockMhz(500), Fidelity.FAST);
        assertEquals(64L * 96 * 48, r.macs());
        assertEquals(r.macs() / (double) r.arrayCycles(), r.macsPerCycle(), 1e-12);
        assertEquals(2.0 * r.macs() * 500e6 / r.systemCycles() / 1e12, r.tops(), 1e-15);
        assertEquals(2.0 * r.macs() / r.totalEnergyPj(), r.topsPerWatt(), 1e-12);
        double expectedMac = 0;
        for (dintsim.models.mac.MacKind k : dintsim.models.mac.MacKind.values()) {
            expectedMac += r.array().ops(k) * dintsim.sim.cost.CostTable.defaults().macEnergy(r.design(), k);
        }
        assertEquals(expectedMac, r.energyPj().get("mac.zero") + r.energyPj().get("mac.special") + r.energyPj().get("mac.normal"), 1e-9);
        double util = 0;
        for (double u : r.array().peUtilization()) {
            util += u;
        }
        assertEquals(r.utilization(), util / 256, 1e-12);
    }
}
