package dintsim.sim.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacDesign;
import dintsim.models.mac.OverflowPolicy;
import dintsim.sim.RandomGemms;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.replay.ArchConfig;
import dintsim.sim.replay.Fidelity;
import dintsim.sim.replay.SimResult;
import dintsim.sim.replay.Simulator;
import dintsim.traces.LayerTrace;
import org.junit.jupiter.api.Test;

class SystemModelTest {
    private static final MacDesign INT8_ACC32 = RandomGemms.narrow("int8xint8", 32, OverflowPolicy.ERROR);

    private static SimResult run(LayerTrace t, ArrayShape shape, long inputBytes, double dramBw) {
        BufferConfig big = new BufferConfig(1 << 20, 64, 64);
        ArchConfig a = ArchConfig.defaults().withArray(shape)
                .withMemory(new MemoryConfig(new BufferConfig(inputBytes, 64, 64), big, big, dramBw));
        return Simulator.run(t, a, Fidelity.FAST, RandomGemms.costsFor(t.design()));
    }

    @Test
    void singleFoldWaitsForItsLoadsAndEndsWithTheWriteBack() {
        // ws 2x2, M=4, K=2, N=2, int8 x int8 with a 32-bit accumulator, DRAM 2 B/cycle.
        // Input tile M x R = 8 B: cycles 0..4 (done at 4); weight tile 2x2 = 4 B: done at 6.
        // Fold 0 starts at 6, spans 2R+C+T-2 = 8 cycles -> [6, 13]. Output tile M x C x 4 B = 32 B
        // written from cycle 14: done at 14 + 16 = 30 = system cycles; array cycles 8.
        LayerTrace t = RandomGemms.trace(INT8_ACC32, 4, 2, 2, 1);
        SimResult r = run(t, new ArrayShape(2, 2, Dataflow.WS, true), 1 << 20, 2);
        assertEquals(8, r.arrayCycles());
        assertEquals(30, r.systemCycles());
        assertEquals(22, r.memory().stallCycles());
        assertEquals(12, r.memory().dramReadBytes());
        assertEquals(32, r.memory().dramWriteBytes());
        assertEquals(8, r.memory().inputFillBytes());
        assertEquals(4, r.memory().weightFillBytes());
        assertEquals(32, r.memory().outputDrainBytes());
    }

    @Test
    void nonResidentInputIsReloadedForEveryNTile() {
        // ws 2x2, M=4, K=4, N=4: folds (nt,kt) = (0,0),(0,1),(1,0),(1,1); input tiles kt = 0,1,0,1 of 8 B.
        // A buffer of 16 B holds all of A (resident): 16 B loaded. One of 12 B holds one tile: every
        // fold loads its tile, 4 x 8 = 32 B.
        LayerTrace t = RandomGemms.trace(INT8_ACC32, 4, 4, 4, 2);
        ArrayShape shape = new ArrayShape(2, 2, Dataflow.WS, true);
        SimResult resident = run(t, shape, 16, 64);
        SimResult streaming = run(t, shape, 12, 64);
        assertEquals(16, resident.memory().inputFillBytes());
        assertEquals(32, streaming.memory().inputFillBytes());
        assertEquals(resident.arrayCycles(), streaming.arrayCycles());
        // With one slot the next tile can only load after the fold using the slot ends: slower.
        assertTrue(streaming.systemCycles() > resident.systemCycles());
    }

    @Test
    void moreBandwidthIsNeverSlowerAndAmpleBandwidthOnlyAddsFirstLoadAndLastWrite() {
        LayerTrace t = RandomGemms.trace("dint4xint8", 64, 128, 96, 3);
        ArrayShape shape = new ArrayShape(16, 16, Dataflow.WS, true);
        long previous = Long.MAX_VALUE;
        for (double bw : new double[] {0.5, 2, 8, 32, 1e6}) {
            SimResult r = run(t, shape, 1 << 20, bw);
            assertTrue(r.systemCycles() <= previous, "bandwidth " + bw);
            assertTrue(r.systemCycles() > r.arrayCycles());
            previous = r.systemCycles();
        }
        // 1e6 B/cycle: every load and write takes 1 cycle: fold 0's two loads are served back to
        // back (0->1, 1->2) so it starts at 2, and the last write-back adds 1 after the last fold.
        SimResult ample = run(t, shape, 1 << 20, 1e6);
        assertEquals(ample.arrayCycles() + 2 + 1, ample.systemCycles());
    }

    @Test
    void sramBandwidthStretchesFolds() {
        // os 4x4, input buffer 1 bank x 8 bits: 4 activations of 8 bits per cycle need 4 cycles
        // each, so a fold of T = 32 cycles takes 3 x 32 = 96 extra cycles.
        LayerTrace t = RandomGemms.trace(INT8_ACC32, 4, 32, 4, 4);
        BufferConfig big = new BufferConfig(1 << 20, 64, 64);
        ArchConfig narrow = ArchConfig.defaults().withArray(new ArrayShape(4, 4, Dataflow.OS, true))
                .withMemory(new MemoryConfig(new BufferConfig(1 << 20, 1, 8), big, big, 1e6));
        SimResult r = Simulator.run(t, narrow, Fidelity.FAST, RandomGemms.costsFor(t.design()));
        assertEquals(96, r.memory().group().get("sramStallCycles"));
        assertEquals(r.arrayCycles() + 96 + 2 + 1, r.systemCycles());
    }
}
