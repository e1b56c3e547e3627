package dintsim.sim.bench;

import dintsim.models.format.CodePoint;
import dintsim.models.format.NumberFormat;
import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.ArrayStats;
import dintsim.sim.hw.array.CycleAccurateArray;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.hw.array.FoldSchedule;
import dintsim.sim.hw.array.GemmShape;
import dintsim.sim.hw.mac.ProductTable;
import dintsim.sim.kernel.SimContext;
import java.util.List;
import java.util.SplittableRandom;

/** Measures PE-cycles per second of the cycle-accurate array (values moving through the PEs). */
final class CycleBench {
    private CycleBench() {
    }

    static CodeMatrix random(NumberFormat f, int rows, int cols, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CodePoint> points = f.codePoints();
        byte[] codes = new byte[rows * cols];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = (byte) points.get(random.nextInt(points.size())).code();
        }
        return new CodeMatrix(f, rows, cols, codes);
    }

    /** Returns PE-cycles per second of one run. */
    static double run(String designName, int side, Dataflow dataflow, int m, int k, int n, boolean print) {
        MacDesign design = MacDesigns.standard(designName);
        CodeMatrix a = random(design.activationFormat(), m, k, 1);
        CodeMatrix w = random(design.weightFormat(), n, k, 2);
        ArrayShape shape = new ArrayShape(side, side, dataflow, true);
        FoldSchedule schedule = new FoldSchedule(shape, new GemmShape(m, k, n));
        ArrayStats stats = new ArrayStats(shape);
        CycleAccurateArray array = CycleAccurateArray.create(new ProductTable(design), schedule, a, w, stats);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        array.run(new SimContext());
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        double peCycles = (double) stats.cycles() * shape.peCount();
        double rate = peCycles / cpuSeconds;
        if (print) {
            System.out.printf(java.util.Locale.ROOT,
                    "cycle-accurate %s %dx%d %s, GEMM %dx%dx%d: %d cycles, %.3g PE-cycles; wall %.3f s (%.3g PE-cycles/s), "
                            + "thread CPU %.3f s (%.3g PE-cycles/s)%n",
                    designName, side, side, dataflow.label(), m, k, n, stats.cycles(), peCycles, seconds, peCycles / seconds,
                    cpuSeconds, rate);
        }
        return rate;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 2; i++) {
            run("dint4xint8", 16, Dataflow.WS, 1024, 128, 128, false);
            run("dint4xint8", 32, Dataflow.WS, 1024, 128, 128, false);
        }
        run("dint4xint8", 16, Dataflow.WS, 2048, 256, 256, true);
        run("dint4xint8", 32, Dataflow.WS, 2048, 256, 256, true);
        run("int8xint8", 32, Dataflow.WS, 2048, 256, 256, true);
        run("dint4xint8", 32, Dataflow.OS, 256, 2048, 256, true);
    }
}
