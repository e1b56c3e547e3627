package dintsim.sim.scalesim;

import dintsim.models.mac.MacDesign;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.FoldSchedule;
import dintsim.sim.hw.array.GemmShape;
import dintsim.sim.mem.TileMap;
import dintsim.sim.mem.BufferConfig;
import dintsim.sim.mem.MemoryConfig;
import dintsim.sim.replay.ArchConfig;
import dintsim.sim.replay.Fidelity;
import dintsim.sim.replay.SimResult;
import dintsim.sim.replay.Simulator;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A SCALE-Sim config + topology simulated by dintsim: each layer's GEMM, with seeded random codes
 * of the chosen MAC design (cycles do not depend on values), on the config's R x C array in its
 * dataflow without fold overlap (SCALE-Sim runs folds one after another). Buffers take the
 * config's SRAM sizes (enlarged to one tile where smaller); the DRAM channel its first user bandwidth (USER) or dintsim's default
 * (CALC, where SCALE-Sim has no stalls and neither does the COMPUTE_REPORT).
 */
public final class ScaleSimRun {
    /**
     * One layer: dintsim's result, the SCALE-Sim report row, and which buffers had to be enlarged
     * to hold one tile (dintsim's memory model keeps whole tiles; SCALE-Sim streams through
     * smaller scratchpads), empty when none.
     */
    public record Layer(ScaleSimLayer layer, SimResult result, ScaleSimReports.Row row, List<String> enlarged) {
    }

    private ScaleSimRun() {
    }

    /** The config's array and memory for one layer, buffers at least one tile; notes what was enlarged. */
    static ArchConfig architecture(ScaleSimConfig c, MacDesign design, ScaleSimLayer layer, List<String> enlarged) {
        ArrayShape array = new ArrayShape(c.rows(), c.cols(), c.dataflow(), false);
        TileMap tiles = new TileMap(new FoldSchedule(array, new GemmShape(layer.m(), layer.k(), layer.n())),
                design.activationFormat().bits(), design.weightFormat().bits(), design.accumulator().width());
        MemoryConfig d = MemoryConfig.defaults();
        MemoryConfig memory = new MemoryConfig(
                buffer("IfmapSramSzkB", c.ifmapSramKb(), tiles.maxTileBytes(TileMap.INPUT), d.input(), enlarged),
                buffer("FilterSramSzkB", c.filterSramKb(), tiles.maxTileBytes(TileMap.WEIGHT), d.weight(), enlarged),
                buffer("OfmapSramSzkB", c.ofmapSramKb(), tiles.maxOutputTileBytes(), d.output(), enlarged),
                c.userBandwidth() ? c.bandwidths().get(0) : d.dramBytesPerCycle());
        return ArchConfig.defaults().withArray(array).withDesign(design).withMemory(memory);
    }

    private static BufferConfig buffer(String field, int kb, long tileBytes, BufferConfig defaults, List<String> enlarged) {
        long bytes = kb * 1024L;
        if (bytes < tileBytes) {
            enlarged.add(String.format(Locale.ROOT, "%s %d -> %.1f KiB (one tile)", field, kb, tileBytes / 1024.0));
            bytes = tileBytes;
        }
        return new BufferConfig(bytes, defaults.banks(), defaults.bankWidthBits());
    }

    public static List<Layer> run(ScaleSimConfig config, List<ScaleSimLayer> layers, MacDesign design, long seed) {
        List<Layer> out = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            ScaleSimLayer l = layers.get(i);
            List<String> enlarged = new ArrayList<>();
            ArchConfig arch = architecture(config, design, l, enlarged);
            LayerTrace random = SampleTraces.uniform(design, l.m(), l.k(), l.n(), seed + i);
            LayerTrace trace = new LayerTrace(l.name(), random.activations(), random.weights(), random.weightScales(),
                    random.activationScale(), random.accumulator(), null);
            SimResult r = Simulator.run(trace, arch, Fidelity.FAST);
            long stalls = config.userBandwidth() ? r.systemCycles() - r.arrayCycles() : 0;
            ScaleSimMetrics m = ScaleSimMetrics.of(l, config.rows(), config.cols(), config.dataflow(), r.arrayCycles(), stalls);
            out.add(new Layer(l, r, new ScaleSimReports.Row(m, r.memory().inputFillBytes(), r.memory().weightFillBytes(),
                    r.memory().outputDrainBytes()), List.copyOf(enlarged)));
        }
        return out;
    }
}
