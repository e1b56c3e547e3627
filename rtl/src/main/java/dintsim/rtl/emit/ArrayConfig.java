package dintsim.rtl.emit;

import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.Dataflow;

/**
 * Shape and mode of a systolic array top.
 *
 * @param rows           R, 1..64
 * @param cols           C, 1..64
 * @param dataflow       any {@link Dataflow} (its operand roles pick the RTL structure, see {@link ArrayEdges})
 * @param doubleBuffered true for TIMING.md's double-buffered mode (ws, is: shadow registers for the
 *                       held operand; os: a dedicated output register per PE); false for no-overlap mode, whose
 *                       PEs have neither
 * @param probes         true to add the per-PE probe ports the activity counter reads
 *                       (simulation); false for synthesis (ports only, no logic either way)
 */
public record ArrayConfig(int rows, int cols, Dataflow dataflow, boolean doubleBuffered, boolean probes) {
    public static final int MAX_SIDE = 64;

    public ArrayConfig {
        if (rows < 1 || rows > MAX_SIDE) {
            throw new IllegalArgumentException("array: field 'rows' is " + rows + ", must be 1.." + MAX_SIDE);
        }
        if (cols < 1 || cols > MAX_SIDE) {
            throw new IllegalArgumentException("array: field 'cols' is " + cols + ", must be 1.." + MAX_SIDE);
        }
        if (dataflow == null) {
            throw new IllegalArgumentException("array: field 'dataflow' is missing");
        }
    }

    /** The RTL of a simulator array shape ({@code overlap} = double-buffered). */
    public static ArrayConfig of(ArrayShape shape, boolean probes) {
        return new ArrayConfig(shape.rows(), shape.cols(), shape.dataflow(), shape.overlap(), probes);
    }

    /** The simulator's view of this array. */
    public ArrayShape shape() {
        return new ArrayShape(rows, cols, dataflow, doubleBuffered);
    }

    /** Short tag used in module and directory names, e.g. {@code ws4x4_db}. */
    public String tag() {
        return dataflow.label() + rows + "x" + cols + (doubleBuffered ? "_db" : "_no") + (probes ? "_p" : "");
    }
}
