package dintsim.models.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Timings of repeated runs of one piece of work: the best wall time (the figure least disturbed
 * by other processes) and, over all runs, the wall and the CPU time the whole process used. On a
 * shared host the CPU / wall ratio says how many cores the runs really had. The JVM reads process
 * CPU time with a coarse clock (10 ms here), so CPU figures need runs of a second or more. The
 * number of garbage collections during the runs is kept as a health check.
 */
record Timing(int runs, double bestWallSeconds, double totalWallSeconds, double totalCpuSeconds, long collections) {
    static Timing repeat(int runs, Runnable work) {
        double best = Double.MAX_VALUE;
        long gc0 = collectionsSoFar();
        long cpu0 = processCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - t0) * 1e-9);
        }
        double wall = (System.nanoTime() - start) * 1e-9;
        return new Timing(runs, best, wall, (processCpuNanos() - cpu0) * 1e-9, collectionsSoFar() - gc0);
    }

    /** Garbage collections so far: the kernels allocate only per call, so many mean vectors got boxed. */
    private static long collectionsSoFar() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /** Average cores busy in this process over all runs. */
    double coresUsed() {
        return totalCpuSeconds / totalWallSeconds;
    }

    /** Work per second of the best run. */
    double bestRate(double workPerRun) {
        return workPerRun / bestWallSeconds;
    }

    /** Work per CPU-second over all runs: the rate per core that was really running. */
    double ratePerCpuSecond(double workPerRun) {
        return workPerRun * runs / totalCpuSeconds;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        throw new IllegalStateException("this JVM does not report process CPU time");
    }
}
