package dintsim.rtl.emit;

import dintsim.models.golden.CodeMatrix;
import dintsim.rtl.gen.MacPlan;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.hw.array.Operand;
import java.util.Optional;

/**
 * Which operand enters each edge of the RTL array of a dataflow, so the emitter, the stimulus and
 * co-simulation follow the dataflow's operand roles instead of asking which dataflow it is. The
 * stationary structure (ws, is) streams one operand in at the left edge and preloads the held one
 * at the top; the output-stationary structure (os, nothing held) streams activations from the
 * left and weights from the top. Both operands are stored rows x K in the trace layout, and an
 * output is identified by the row of the left operand and the row of the top operand it combines.
 *
 * @param held the operand the PEs hold, empty for the output-stationary structure
 */
public record ArrayEdges(Optional<Operand> held) {
    public static ArrayEdges of(Dataflow dataflow) {
        return new ArrayEdges(dataflow.stationaryOperand());
    }

    /** True for the stationary structure (preload at the top, partial sums flow down). */
    public boolean stationary() {
        return held.isPresent();
    }

    /** The operand entering the left edge (the streamed one). */
    public Operand left() {
        return held.map(Operand::other).orElse(Operand.ACTIVATION);
    }

    /** The operand entering the top edge (held when stationary, streamed otherwise). */
    public Operand top() {
        return held.orElse(Operand.WEIGHT);
    }

    public static CodeMatrix matrix(Operand operand, CodeMatrix activations, CodeMatrix weights) {
        return operand == Operand.ACTIVATION ? activations : weights;
    }

    public static int bits(Operand operand, MacPlan plan) {
        return operand == Operand.ACTIVATION ? plan.activationBits() : plan.weightBits();
    }

    /** Step in the row-major M x N output per row of an operand: N for an activation row (m), 1 for a weight row (n). */
    public static int outputStride(Operand operand, int n) {
        return operand == Operand.ACTIVATION ? n : 1;
    }
}
