package dintsim.reports.pipeline;

import dintsim.sim.hw.array.Dataflow;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything the report flow is asked to do; the {@code report} command's options map onto it
 * one to one.
 *
 * @param out            output directory
 * @param cacheDir       result cache directory
 * @param useCache       false: recompute everything (results are still stored)
 * @param threads        worker threads of the sweeps
 * @param layers         0 = every linear layer of MiniLM; N = the first N (no embedding cosine)
 * @param synthetic      a synthetic layer MxKxN instead of MiniLM, or null
 * @param model          built-in model (minilm, bge-small, e5-small; see EmbeddedModel), or null for minilm
 * @param method         quantization method (rtn, aqas, smoothquant, awq)
 * @param formats        weight formats; the first is the W8A8 baseline
 * @param sweepFormat    format whose traces run on every array of the sweep
 * @param sizes          array sides of the sweep
 * @param dataflows      dataflows of the sweep and of the co-simulation
 * @param defaultSide    side of the default (energy) array, weight-stationary
 * @param rtl            false: skip co-simulation and synthesis
 * @param cosimSide      side of the co-simulated arrays (one per dataflow)
 * @param cosimLayers    layers per design to co-simulate, 0 = all
 * @param energyLayers   layers per design whose operands drive the gate-level activity
 * @param energyMacs     MACs per layer in the activity streams
 * @param gapSteps       also measure the gap decomposition's Booth and accumulator-width steps
 * @param quiet          no progress bars (tests)
 * @param costs          a simulator cost table ({@code dintsim synth --out DIR}'s costs.json) to charge
 *                       instead of synthesizing, or null
 */
public record FlowConfig(Path out, Path cacheDir, boolean useCache, int threads, int layers, String synthetic, String model,
                         String method, List<String> formats, String sweepFormat, List<Integer> sizes,
                         List<Dataflow> dataflows, int defaultSide, boolean rtl, int cosimSide, int cosimLayers,
                         int energyLayers, long energyMacs, boolean gapSteps, boolean quiet, Path costs) {
    public FlowConfig {
        formats = List.copyOf(formats);
        if (synthetic != null && model != null) {
            throw new IllegalArgumentException("give --model or --synthetic, not both");
        }
        sizes = sizes.stream().distinct().toList(); // an option given twice appends: run each array once
        dataflows = dataflows.stream().distinct().toList();
        if (!formats.contains(sweepFormat)) {
            throw new IllegalArgumentException("--sweep-format " + sweepFormat + " is not among --formats " + formats);
        }
        for (int s : sizes) {
            if (s < 1 || s > 1024) {
                throw new IllegalArgumentException("--array-sizes: " + s + " must be 1..1024");
            }
        }
        if (layers < 0) {
            throw new IllegalArgumentException("--layers: " + layers + " must be >= 0 (0 = every layer)");
        }
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("--threads: " + threads + " must be 1..1024");
        }
        if (defaultSide < 1 || defaultSide > 1024) {
            throw new IllegalArgumentException("--default-array: " + defaultSide + " must be 1..1024");
        }
        if (cosimSide < 1 || cosimSide > 64) {
            throw new IllegalArgumentException("--cosim-array: " + cosimSide + " must be 1..64");
        }
        if (cosimLayers < 0) {
            throw new IllegalArgumentException("--cosim-layers: " + cosimLayers + " must be >= 0 (0 = every layer)");
        }
        if (energyLayers < 1) {
            throw new IllegalArgumentException("--energy-layers: " + energyLayers + " must be >= 1");
        }
        if (energyMacs < 2) {
            throw new IllegalArgumentException("--energy-macs: " + energyMacs + " must be >= 2");
        }
    }
}
