package dintsim.sim.replay;

import dintsim.models.golden.GemmResult;
import dintsim.models.golden.GoldenGemm;
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
        if (fidelity == Fidelity.CYCLE) {
            CycleAccurateArray array = CycleAccurateArray.create(table, schedule, trace.activations(), trace.weights(), stats);
            array.setProgress(progress);
            array.run(new SimContext());
            outputs = array.outputs();
            GemmResult golden = GoldenGemm.multiply(design, trace.activations(), trace.weights());
            OutputMismatchException.check(trace.layer(), golden.values(), outputs, trace.n());
        } else {
            new FastArray(table, schedule, trace.weights(), stats).run(new SimContext());
            outputs = GoldenGemm.multiply(design, trace.activations(), trace.weights()).values();
        }
        TileMap tiles = new TileMap(schedule, design.activationFormat().bits(), design.weightFormat().bits(),
                design.accumulator().width());
        MemoryStats memory = new SystemModel(tiles, arch.memory()).run(stats.cycles());
        EnergyModel energy = new EnergyModel(costs);
        double wall = (System.nanoTime() - t0) / 1e9;
        return new SimResult(trace.layer(), gemm, design, arch, fidelity, stats.cycles(), memory.systemCycles(), stats, memory,
                energy.energy(design, stats, memory, arch.memory()), energy.area(design, arch.array(), arch.memory()), outputs, wall);
    }
}
