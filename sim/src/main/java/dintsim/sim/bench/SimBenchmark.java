package dintsim.sim.bench;

import dintsim.models.golden.GoldenGemm;
import dintsim.models.mac.MacDesigns;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.ArrayStats;
import dintsim.sim.hw.array.CycleAccurateArray;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.hw.array.FoldSchedule;
import dintsim.sim.hw.array.GemmShape;
import dintsim.sim.hw.array.GridKernel;
import dintsim.sim.hw.mac.ProductTable;
import dintsim.sim.kernel.SimContext;
import dintsim.sim.replay.ArchConfig;
import dintsim.sim.replay.Fidelity;
import dintsim.sim.replay.SimResult;
import dintsim.sim.replay.Simulator;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints the simulator's speed figures (not a test):
 * <ol>
 * <li>cycle-accurate mode, PE-cycles per second on 16x16 and 32x32 arrays, every dataflow, with
 * values moving through the PEs, for the scalar and the vector grid kernel ({@link GridKernel})
 * (best of 3 runs after warm-up; wall time, the thread's CPU time and the load average, since
 * the host is shared; the Verilated array on the same trace is in {@code bench replay});</li>
 * <li>fast mode with full output values (golden GEMM) for a 2048x4096x4096 and a 512x768x768
 * dint4xint8 layer on a 32x32 ws array (wall time).</li>
 * </ol>
 * Run from the repository root:
 * {@code mvn -o -q -pl sim -am install -DskipTests && mvn -o -q -pl sim org.codehaus.mojo:exec-maven-plugin:3.5.0:exec@sim-benchmark}
 * ({@code -Dbenchmark.args=cycle} or {@code fast} runs one half).
 */
public final class SimBenchmark {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private SimBenchmark() {
    }

    static LayerTrace layer(String designName, int m, int k, int n) {
        return SampleTraces.uniform(MacDesigns.standard(designName), m, k, n, 1);
    }

    /** One cycle-accurate run; returns {wall seconds, thread CPU seconds, PE-cycles}. */
    static double[] cycleRun(LayerTrace t, int side, Dataflow dataflow, GridKernel kernel) {
        ArrayShape shape = new ArrayShape(side, side, dataflow, true);
        FoldSchedule schedule = new FoldSchedule(shape, new GemmShape(t.m(), t.k(), t.n()));
        ArrayStats stats = new ArrayStats(shape);
        CycleAccurateArray array = CycleAccurateArray.create(new ProductTable(t.design()), schedule, t.activations(), t.weights(), stats);
        array.setKernel(kernel);
        long c0 = MX.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        array.run(new SimContext());
        return new double[] {(System.nanoTime() - t0) / 1e9, (MX.getCurrentThreadCpuTime() - c0) / 1e9,
            (double) stats.cycles() * shape.peCount()};
    }

    static void cycleFigures() {
        String[] designs = {"dint4xint8", "int8xint8"};
        int[] sides = {16, 32};
        for (String design : designs) {
            LayerTrace t = layer(design, 2048, 256, 256);
            for (int side : sides) {
                for (Dataflow dataflow : Dataflow.all()) {
                    for (GridKernel kernel : GridKernel.values()) {
                        cycleRun(t, side, dataflow, kernel); // warm-up
                        double bestWall = Double.MAX_VALUE;
                        double bestCpu = Double.MAX_VALUE;
                        double peCycles = 0;
                        for (int i = 0; i < 3; i++) {
                            double[] r = cycleRun(t, side, dataflow, kernel);
                            bestWall = Math.min(bestWall, r[0]);
                            bestCpu = Math.min(bestCpu, r[1]);
                            peCycles = r[2];
                        }
                        System.out.printf(Locale.ROOT, "cycle-accurate %-10s %2dx%-2d %s %-6s kernel, GEMM 2048x256x256: %.3g PE-cycles; "
                                + "best wall %.3f s = %.3g PE-cycles/s; best thread CPU %.3f s = %.3g PE-cycles/s (load %.2f)%n", design,
                                side, side, dataflow.label(), kernel.name().toLowerCase(Locale.ROOT), peCycles, bestWall,
                                peCycles / bestWall, bestCpu, peCycles / bestCpu, load());
                    }
                }
            }
        }
    }

    static void fastFigures() {
        ArchConfig arch = ArchConfig.defaults();
        LayerTrace small = layer("dint4xint8", 512, 768, 768);
        // Warm-up: the golden GEMM switches to its vector kernel after 2^32 MACs and needs C2 for it.
        long warmMacs = 0;
        while (warmMacs < (3L << 32)) {
            Simulator.run(small, arch, Fidelity.FAST);
            warmMacs += (long) small.m() * small.k() * small.n();
        }
        double[] times = new double[7];
        double[] golden = new double[7];
        SimResult r = null;
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            r = Simulator.run(small, arch, Fidelity.FAST);
            long t1 = System.nanoTime();
            GoldenGemm.multiply(small.design(), small.activations(), small.weights());
            times[i] = (t1 - t0) / 1e9;
            golden[i] = (System.nanoTime() - t1) / 1e9;
        }
        Arrays.sort(times);
        Arrays.sort(golden);
        System.out.printf(Locale.ROOT, "fast mode dint4xint8 512x768x768 on 32x32 ws: best %.3f s, median %.3f s (after warm-up; "
                + "the golden GEMM alone: best %.3f s, median %.3f s); %d array cycles, %d system cycles%n", times[0],
                times[times.length / 2], golden[0], golden[golden.length / 2], r.arrayCycles(), r.systemCycles());
        long g0 = System.nanoTime();
        LayerTrace big = layer("dint4xint8", 2048, 4096, 4096);
        double gen = (System.nanoTime() - g0) / 1e9;
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            r = Simulator.run(big, arch, Fidelity.FAST);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "fast mode dint4xint8 2048x4096x4096 on 32x32 ws, run %d: %.3f s wall (trace generation %.1f s not "
                    + "included); %d array cycles, %d system cycles, %.4g MAC/cycle%n", i + 1, s, gen, r.arrayCycles(),
                    r.systemCycles(), r.macsPerCycle());
        }
    }

    /** The host's one-minute load average: the machine may be shared. */
    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "all";
        System.out.println("available processors: " + Runtime.getRuntime().availableProcessors());
        if (which.equals("all") || which.equals("cycle")) {
            cycleFigures();
        }
        if (which.equals("all") || which.equals("fast")) {
            fastFigures();
        }
    }
}
