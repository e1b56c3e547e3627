package dintsim.sim.hw.array;

/**
 * The timing contract of sim/docs/TIMING.md as numbers: which tile each fold covers, when it
 * starts, and the total cycle count. Both fidelities (and the memory model) take their timing
 * from here; the cycle-accurate array then checks it by moving values through the PEs.
 *
 * <p>Fold start S_f: for ws the first preload cycle p_f (stream base b_f = p_f + R is fixed by
 * the contract only in no-overlap mode; in double-buffered mode p_f = b_{f-1} + R + C - 1 for
 * f > 0), for os the stream base b_f. Every fold occupies [S_f, S_f + span - 1] with span =
 * 2R + C + T - 2 (ws) or R + C + T - 2 (os), and consecutive starts are {@link #spacing()} apart.
 */
public final class FoldSchedule {
    private final ArrayShape array;
    private final GemmShape gemm;
    private final int foldsA; // outer loop count: ws n-tiles, os m-tiles
    private final int foldsB; // inner loop count: ws k-tiles, os n-tiles
    private final int streamLength;
    private final long span;
    private final long spacing;

    public FoldSchedule(ArrayShape array, GemmShape gemm) {
        this.array = array;
        this.gemm = gemm;
        int r = array.rows();
        int c = array.cols();
        if (array.dataflow() == Dataflow.WS) {
            foldsA = ceilDiv(gemm.n(), c);
            foldsB = ceilDiv(gemm.k(), r);
            streamLength = gemm.m();
            span = 2L * r + c + streamLength - 2;
            spacing = array.overlap() ? Math.max(streamLength, 2L * r + c - 1) : span;
        } else {
            foldsA = ceilDiv(gemm.m(), r);
            foldsB = ceilDiv(gemm.n(), c);
            streamLength = gemm.k();
            span = (long) r + c + streamLength - 2;
            spacing = array.overlap() ? streamLength : span;
        }
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

    /** F, the number of folds. */
    public int folds() {
        return foldsA * foldsB;
    }

    /** T, the streamed dimension: M for ws, K for os. */
    public int streamLength() {
        return streamLength;
    }

    /** Cycles a fold occupies from its start to its last output, inclusive. */
    public long span() {
        return span;
    }

    /** Cycles between consecutive fold starts (ideal memory). */
    public long spacing() {
        return spacing;
    }

    /** Fold start S_f with ideal memory (ws: first preload cycle; os: stream base). */
    public long start(int fold) {
        return fold * spacing;
    }

    /** Stream base b_f: the cycle the fold's first operand enters PE(0,0). */
    public long base(int fold) {
        return array.dataflow() == Dataflow.WS ? start(fold) + array.rows() : start(fold);
    }

    /**
     * First weight-preload cycle of a ws fold: its start in no-overlap mode and for fold 0;
     * otherwise right after the last PE switched to the previous fold, b_{f-1} + R + C - 1, which
     * is up to {@code T - (2R + C - 1)} cycles before the fold's start when T is long.
     */
    public long preloadStart(int fold) {
        if (fold == 0 || !array.overlap()) {
            return start(fold);
        }
        return base(fold - 1) + array.rows() + array.cols() - 1;
    }

    /** Cycles between the first use of a fold's operands and its start (ws preload lead; else 0). */
    public long lead(int fold) {
        return array.dataflow() == Dataflow.WS ? start(fold) - preloadStart(fold) : 0;
    }

    /** Total cycles from 0 to the last output write, inclusive. */
    public long totalCycles() {
        return start(folds() - 1) + span;
    }

    /** Outer tile index: ws n-tile, os m-tile. */
    public int outerTile(int fold) {
        return fold / foldsB;
    }

    /** Inner tile index: ws k-tile, os n-tile. */
    public int innerTile(int fold) {
        return fold % foldsB;
    }

    public int outerTiles() {
        return foldsA;
    }

    public int innerTiles() {
        return foldsB;
    }

    /** PE rows holding real data in this fold (the rest are idle). */
    public int usedRows(int fold) {
        return array.dataflow() == Dataflow.WS
                ? Math.min(array.rows(), gemm.k() - innerTile(fold) * array.rows())
                : Math.min(array.rows(), gemm.m() - outerTile(fold) * array.rows());
    }

    /** PE columns holding real data in this fold. */
    public int usedCols(int fold) {
        return array.dataflow() == Dataflow.WS
                ? Math.min(array.cols(), gemm.n() - outerTile(fold) * array.cols())
                : Math.min(array.cols(), gemm.n() - innerTile(fold) * array.cols());
    }

    /** The closed form of the no-overlap mode, F x span (TIMING.md), for checks. */
    public long noOverlapClosedForm() {
        return (long) folds() * span;
    }
}
