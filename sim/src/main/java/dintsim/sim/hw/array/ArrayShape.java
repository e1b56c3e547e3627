package dintsim.sim.hw.array;

import dintsim.models.param.Parameter;
import dintsim.models.param.ParameterGroup;
import java.util.List;

/**
 * The systolic array's geometry and timing mode.
 *
 * @param rows     R, PE rows (> 0)
 * @param cols     C, PE columns (> 0)
 * @param dataflow how the GEMM maps onto the array ({@link Dataflow#all()})
 * @param overlap  true: double-buffered folds (default); false: each fold runs alone (SCALE-Sim)
 */
public record ArrayShape(int rows, int cols, Dataflow dataflow, boolean overlap) {
    /** Largest side accepted: keeps per-cycle state small and ring indices in range. */
    public static final int MAX_SIDE = 1024;
    public static final Parameter<Integer> ROWS = Parameter.integer("rows", "PE rows R", "PEs", 32, 1, MAX_SIDE);
    public static final Parameter<Integer> COLS = Parameter.integer("cols", "PE columns C", "PEs", 32, 1, MAX_SIDE);
    public static final Parameter<String> DATAFLOW = Parameter.choice("dataflow",
            "which operand stays in the PEs (sim/docs/TIMING.md)", Dataflow.WS.label(),
            Dataflow.all().stream().map(Dataflow::label).toList());
    public static final Parameter<Boolean> OVERLAP = Parameter.bool("overlap",
            "double-buffered folds; false: each fold runs alone (SCALE-Sim's model)", true);
    public static final ParameterGroup PARAMETERS = new ParameterGroup("array", "the systolic array",
            List.of(ROWS, COLS, DATAFLOW, OVERLAP));

    public ArrayShape {
        ROWS.check(rows, "array: field 'rows'");
        COLS.check(cols, "array: field 'cols'");
        if (dataflow == null) {
            throw new IllegalArgumentException("array: field 'dataflow' is missing (" + DATAFLOW.bounds() + ")");
        }
    }

    /** The default shape, from the declarations. */
    public static ArrayShape defaults() {
        return new ArrayShape(ROWS.defaultValue(), COLS.defaultValue(),
                Dataflow.parse(DATAFLOW.defaultValue(), "default dataflow"), OVERLAP.defaultValue());
    }

    public int peCount() {
        return rows * cols;
    }

    @Override
    public String toString() {
        return rows + "x" + cols + " " + dataflow.label() + (overlap ? " double-buffered" : " no-overlap");
    }
}
