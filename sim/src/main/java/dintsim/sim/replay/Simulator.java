package dintsim.sim.replay;

import dintsim.models.golden.GemmResult;
import dintsim.models.golden.GoldenGemm;
import dintsim.models.mac.AccumulatorOverflowException;
import dintsim.models.mac.MacDesign;
import dintsim.sim.cost.CostTable;
import dintsim.sim.cost.EnergyModel;
import dintsim.sim.hw.array.ArrayStats;
import dintsim.sim.hw.array.CycleAccurateArray;
import dintsim.sim.hw.array.FastArray;
import dintsim.sim.hw.array.FoldSchedule;
import dintsim.sim.hw.array.GemmShape;
import dintsim.sim.hw.mac.ProductTable;
import dintsim.sim.kernel.SimContext;
import dintsim.sim.mem.MemoryStats;
import dintsim.sim.mem.SystemModel;
import dintsim.sim.mem.TileMap;
import dintsim.traces.LayerTrace;

/**
 * Replays one layer trace on an architecture: the array (cycle-accurate or fast), the memory
 * system, the golden check, energy and area. The public entry point of the simulator.
 */
public final class Simulator {
    private Simulator() {
    }

    public static SimResult run(LayerTrace trace, ArchConfig arch, Fidelity fidelity) {
        return run(trace, arch, fidelity, CostTable.defaults());
    }

    public static SimResult run(LayerTrace trace, ArchConfig arch, Fidelity fidelity, CostTable costs) {
        return run(trace, arch, fidelity, costs, null);
    }

    /**
     * As {@link #run(LayerTrace, ArchConfig, Fidelity, CostTable)}, reporting the fraction of the
     * cycle-accurate array run done to {@code progress} now and then (null: no reports).
     */
    public static SimResult run(LayerTrace trace, ArchConfig arch, Fidelity fidelity, CostTable costs,
                                java.util.function.DoubleConsumer progress) {
        long t0 = System.nanoTime();
        MacDesign design = arch.designFor(trace);
        arch.validateFor(trace, design);
        costs.macCost(design); // fail early when the cost table lacks the design
        GemmShape gemm = new GemmShape(trace.m(), trace.k(), trace.n());
        FoldSchedule schedule = new FoldSchedule(arch.array(), gemm);
        ProductTable table = new ProductTable(design);
        ArrayStats stats = new ArrayStats(arch.array());
        int[] outputs;
        GemmResult golden = golden(trace, design);
        if (fidelity == Fidelity.CYCLE) {
            CycleAccurateArray array = CycleAccurateArray.create(table, schedule, trace.activations(), trace.weights(), stats);
            array.setProgress(progress);
            array.run(new SimContext());
            outputs = array.outputs();
            OutputMismatchException.check(trace.layer(), golden.values(), outputs, trace.n());
        } else {
            new FastArray(table, schedule, trace.weights(), stats).run(new SimContext());
            outputs = golden.values();
        }
        TileMap tiles = new TileMap(schedule, design.activationFormat().bits(), design.weightFormat().bits(),
                design.accumulator().width());
        MemoryStats memory = new SystemModel(tiles, arch.memory()).run(stats.cycles());
        EnergyModel energy = new EnergyModel(costs);
        double wall = (System.nanoTime() - t0) / 1e9;
        return new SimResult(trace.layer(), gemm, design, arch, fidelity, stats.cycles(), memory.systemCycles(), stats, memory,
                energy.energy(design, stats, memory, arch.memory()), energy.area(design, arch.array(), arch.memory()), outputs, golden.overflowedOutputs(),
                wall);
    }

    /**
     * Heap one replay of an M x K x N layer holds at its peak (bytes): the trace file as read and
     * its decoded codes (one byte per code each), the golden outputs and, at cycle fidelity, the
     * array's own outputs (four bytes per output each). Checked before work starts.
     */
    public static long heapBytesNeeded(int m, int k, int n, Fidelity fidelity) {
        long codes = (long) m * k + (long) k * n;
        long outputs = 4L * m * n;
        return 2 * codes + outputs * (fidelity == Fidelity.CYCLE ? 2 : 1);
    }

    /** The golden GEMM; under the error policy an overflow names the layer (the cycle kernel would throw the same). */
    private static GemmResult golden(LayerTrace trace, MacDesign design) {
        try {
            return GoldenGemm.multiply(design, trace.activations(), trace.weights());
        } catch (AccumulatorOverflowException e) {
            throw new AccumulatorOverflowException("layer " + trace.layer() + ": " + e.getMessage());
        }
    }
}
