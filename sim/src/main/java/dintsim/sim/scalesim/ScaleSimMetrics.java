package dintsim.sim.scalesim;

import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.hw.array.GemmDim;
import dintsim.sim.hw.array.GemmShape;
import java.util.EnumSet;
import java.util.Set;

/**
 * One layer's COMPUTE_REPORT and BANDWIDTH_REPORT figures, defined as SCALE-Sim defines them
 * (scale-sim-v2, systolic_compute_{ws,os,is}.py and single_layer_sim.py), from dintsim's
 * simulated cycle count. With Sr, Sc, T the GEMM dimensions on array rows, columns and in time
 * (the dataflow's rowDim, colDim, streamDim) and F = ceil(Sr/R) ceil(Sc/C) folds:
 * <ul>
 *   <li>Total Cycles: SCALE-Sim reports the index of the last cycle, so dintsim's no-overlap
 *       cycle count minus one (plus stalls);</li>
 *   <li>Overall Util % = 100 M K N / (Total Cycles x R x C);</li>
 *   <li>Mapping Efficiency % = 100 Sr Sc / (F R C) (mean over folds of used / all PEs);</li>
 *   <li>Compute Util % = 100 (Sr Sc / F) T / (R C c), c = the cycles SCALE-Sim counts per fold:
 *       2R + 2C + T - 3 when the stationary operand is preloaded (ws, is), R + C + T - 2 when
 *       outputs are stationary (os);</li>
 *   <li>SRAM reads: an operand is re-read once per fold of the array dimension it lacks
 *       (ws: ifmap x ceil(N/C), ofmap x ceil(K/R); os: ifmap x ceil(N/C), filter x ceil(M/R);
 *       is: filter x ceil(M/C), ofmap x ceil(K/R)); SCALE-Sim's os OFMAP counter also adds
 *       R + C per fold, and so does this (see docs/SCALESIM.md).</li>
 * </ul>
 */
public record ScaleSimMetrics(long totalCycles, long stallCycles, double overallUtil, double mappingEfficiency,
                              double computeUtil, long ifmapSramReads, long filterSramReads, long ofmapSramWrites) {

    public static ScaleSimMetrics of(ScaleSimLayer layer, int rows, int cols, Dataflow df, long noOverlapCycles, long stalls) {
        GemmShape g = new GemmShape(layer.m(), layer.k(), layer.n());
        long sr = df.rowDim().extent(g);
        long sc = df.colDim().extent(g);
        long t = df.streamDim().extent(g);
        long rowFolds = ceil(sr, rows);
        long colFolds = ceil(sc, cols);
        long folds = rowFolds * colFolds;
        long total = noOverlapCycles - 1 + stalls;
        double pes = (double) rows * cols;
        long countedPerFold = df.stationaryOperand().isPresent() ? 2L * rows + 2L * cols + t - 3 : (long) rows + cols + t - 2;
        double meanUsed = (double) sr * sc / folds;
        long ifmap = reads(df, EnumSet.of(GemmDim.M, GemmDim.K), g, rowFolds, colFolds);
        long filter = reads(df, EnumSet.of(GemmDim.K, GemmDim.N), g, rowFolds, colFolds);
        long ofmap = reads(df, EnumSet.of(GemmDim.M, GemmDim.N), g, rowFolds, colFolds);
        if (df.stationaryOperand().isEmpty()) {
            ofmap += folds * (rows + cols);
        }
        return new ScaleSimMetrics(total, stalls, layer.macs() * 100.0 / (total * pes), meanUsed * 100.0 / pes,
                meanUsed * t * 100.0 / (pes * countedPerFold), ifmap, filter, ofmap);
    }

    /** Operand size times the folds of the array dimension it does not have (1 if it has both). */
    private static long reads(Dataflow df, Set<GemmDim> dims, GemmShape g, long rowFolds, long colFolds) {
        long size = 1;
        for (GemmDim d : dims) {
            size *= d.extent(g);
        }
        if (!dims.contains(df.rowDim())) {
            return size * rowFolds;
        }
        if (!dims.contains(df.colDim())) {
            return size * colFolds;
        }
        return size;
    }

    private static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }
}
