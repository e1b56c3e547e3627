package dintsim.reports.pipeline;

import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.Dataflow;

/**
 * A square array size and dataflow of the sweep (double-buffered folds, the timing contract's
 * default).
 *
 * @param side     rows = columns
 * @param dataflow ws or os
 */
public record ArraySpec(int side, Dataflow dataflow) {
    public ArrayShape shape() {
        return new ArrayShape(side, side, dataflow, true);
    }

    /** e.g. {@code 32x32 ws}; the same label {@link LayerRun#arrayLabel()} gives. */
    public String label() {
        return side + "x" + side + " " + dataflow.label();
    }
}
