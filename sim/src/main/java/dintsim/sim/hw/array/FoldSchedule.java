package dintsim.sim.hw.array;

/**
 * The timing contract of sim/docs/TIMING.md as numbers: which tile each fold covers, when it
 * starts, and the total cycle count. Both fidelities, the memory model and the RTL testbench
 * (through the stimulus file) take their timing from here; the cycle-accurate array and the RTL
 * then check it by moving values through the PEs.
 *
 * <p>The dataflow says which GEMM dimension the rows, columns and stream cover and gives the
 * per-fold span and spacing; this class only tiles and counts. Fold start S_f is the first
 * cycle the fold occupies (for a dataflow with preload: its first preload cycle in no-overlap
 * mode; see {@link Dataflow#preloadStart}); every fold occupies [S_f, S_f + span - 1] and
 * consecutive starts are {@link #spacing()} apart.
 */
public final class FoldSchedule {
    private final ArrayShape array;
    private final GemmShape gemm;
    private final Dataflow dataflow;
    private final int rowExtent;
    private final int colExtent;
    private final int rowTiles;
    private final int colTiles;
    private final int innerTiles;
    private final int streamLength;
    private final long span;
    private final long spacing;

    public FoldSchedule(ArrayShape array, GemmShape gemm) {
        this.array = array;
        this.gemm = gemm;
        this.dataflow = array.dataflow();
        int r = array.rows();
        int c = array.cols();
        rowExtent = dataflow.rowDim().extent(gemm);
        colExtent = dataflow.colDim().extent(gemm);
        rowTiles = ceilDiv(rowExtent, r);
        colTiles = ceilDiv(colExtent, c);
        innerTiles = dataflow.outerLoopOverColumns() ? rowTiles : colTiles;
        streamLength = dataflow.streamDim().extent(gemm);
        span = dataflow.span(r, c, streamLength);
        spacing = dataflow.spacing(r, c, streamLength, array.overlap());
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    public ArrayShape array() {
        return array;
    }

    public GemmShape gemm() {
        return gemm;
    }

    public Dataflow dataflow() {
        return dataflow;
    }

    /** F, the number of folds. */
    public int folds() {
        return rowTiles * colTiles;
    }

    /** T, the streamed dimension's extent. */
    public int streamLength() {
        return streamLength;
    }

    /** Extent of the GEMM dimension the rows cover. */
    public int rowExtent() {
        return rowExtent;
    }

    /** Extent of the GEMM dimension the columns cover. */
    public int colExtent() {
        return colExtent;
    }

    /** Cycles a fold occupies from its start to its last output, inclusive. */
    public long span() {
        return span;
    }

    /** Cycles between consecutive fold starts (ideal memory). */
    public long spacing() {
        return spacing;
    }

    /** Fold start S_f with ideal memory. */
    public long start(int fold) {
        return fold * spacing;
    }

    /** Stream base b_f: the cycle the fold's first streamed operand enters PE(0,0). */
    public long base(int fold) {
        return start(fold) + dataflow.streamDelay(array.rows());
    }

    /** First cycle the fold's stationary operand is loaded (its start when the dataflow preloads nothing). */
    public long preloadStart(int fold) {
        return dataflow.preloadStart(this, fold);
    }

    /** Cycles between the first use of a fold's operands and its start (the preload lead; 0 without preload). */
    public long lead(int fold) {
        return start(fold) - preloadStart(fold);
    }

    /** Total cycles from 0 to the last output write, inclusive. */
    public long totalCycles() {
        return start(folds() - 1) + span;
    }

    /** Tile of the row dimension a fold covers. */
    public int rowTile(int fold) {
        return dataflow.outerLoopOverColumns() ? fold % innerTiles : fold / innerTiles;
    }

    /** Tile of the column dimension a fold covers. */
    public int colTile(int fold) {
        return dataflow.outerLoopOverColumns() ? fold / innerTiles : fold % innerTiles;
    }

    public int rowTiles() {
        return rowTiles;
    }

    public int colTiles() {
        return colTiles;
    }

    /** PE rows holding real data in this fold (the rest are idle). */
    public int usedRows(int fold) {
        return Math.min(array.rows(), rowExtent - rowTile(fold) * array.rows());
    }

    /** PE columns holding real data in this fold. */
    public int usedCols(int fold) {
        return Math.min(array.cols(), colExtent - colTile(fold) * array.cols());
    }

    /** The closed form of the no-overlap mode, F x span (TIMING.md), for checks. */
    public long noOverlapClosedForm() {
        return (long) folds() * span;
    }
}
