package dintsim.sim.hw.array;

/**
 * The systolic array's geometry and timing mode.
 *
 * @param rows     R, PE rows (> 0)
 * @param cols     C, PE columns (> 0)
 * @param dataflow ws or os
 * @param overlap  true: double-buffered folds (default); false: each fold runs alone (SCALE-Sim)
 */
public record ArrayShape(int rows, int cols, Dataflow dataflow, boolean overlap) {
    /** Largest side accepted: keeps per-cycle state small and ring indices in range. */
    public static final int MAX_SIDE = 1024;

    public ArrayShape {
        if (rows <= 0 || rows > MAX_SIDE) {
            throw new IllegalArgumentException("array: field 'rows' is " + rows + ", must be 1.." + MAX_SIDE);
        }
        if (cols <= 0 || cols > MAX_SIDE) {
            throw new IllegalArgumentException("array: field 'cols' is " + cols + ", must be 1.." + MAX_SIDE);
        }
        if (dataflow == null) {
            throw new IllegalArgumentException("array: field 'dataflow' is missing (ws or os)");
        }
    }

    public int peCount() {
        return rows * cols;
    }

    @Override
    public String toString() {
        return rows + "x" + cols + " " + dataflow.label() + (overlap ? " double-buffered" : " no-overlap");
    }
}
