package dintsim.reports.bench;

import dintsim.models.mac.MacDesigns;
import dintsim.reports.cli.Main;
import dintsim.traces.io.TraceWriter;
import dintsim.traces.samples.SampleTraces;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints {@code dintsim simulate}'s peak heap for 1, 2 and 4 large layers (not a test): the
 * command keeps only each layer's figures, so the peak should stay that of one layer. Each layer
 * is M x K x N = 4096 x 64 x 16384 (dint4xint8, 256 MiB of int32 outputs); fast fidelity, run
 * through the real command line. Two figures per row: the live heap, the largest heap in use just
 * after any garbage collection during the run (what the run retains: flat when nothing
 * accumulates), and the raw peak of the heap pools (garbage included, so it depends on when the
 * collector ran).
 * <p>{@code ./dintsim bench simulate-memory [M K N]}
 */
public final class SimulateMemoryBenchmark {
    private SimulateMemoryBenchmark() {
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws IOException {
        int m = args.length == 3 ? Integer.parseInt(args[0]) : 4096;
        int k = args.length == 3 ? Integer.parseInt(args[1]) : 64;
        int n = args.length == 3 ? Integer.parseInt(args[2]) : 16384;
        Path dir = Files.createTempDirectory("dintsim-memory-bench");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path f = dir.resolve("layer" + i + ".dtrace");
            TraceWriter.write(SampleTraces.uniform(MacDesigns.standard("dint4xint8"), m, k, n, 100 + i), f);
            files.add(f);
        }
        System.out.printf(Locale.ROOT, "simulate peak heap, layers of %d x %d x %d (outputs %.0f MiB each), -Xmx %.1f GiB%n",
                m, k, n, 4.0 * m * n / 1048576, Runtime.getRuntime().maxMemory() / 1073741824.0);
        for (int layers : new int[] {1, 2, 4}) {
            List<String> cli = new ArrayList<>(List.of("simulate", "--no-progress", "--fidelity", "fast"));
            files.subList(0, layers).forEach(f -> cli.add(f.toString()));
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            LiveHeap live = LiveHeap.watch();
            long t0 = System.nanoTime();
            java.io.PrintStream stdout = System.out;
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            int code;
            try {
                code = Main.run(cli.toArray(new String[0]));
            } finally {
                System.setOut(stdout);
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.gc(); // one more collection: the heap the finished command still holds
            sleepQuietly(300); // GC notifications arrive asynchronously
            live.close();
            System.out.printf(Locale.ROOT, "  %d layer(s): live heap after GC %6.0f MiB (%d collections), raw peak %6.0f MiB, "
                    + "exit %d, %.1f s%n", layers, live.maxBytes() / 1048576.0, live.collections(), peak / 1048576.0, code,
                    (System.nanoTime() - t0) / 1e9);
        }
        for (Path f : files) {
            Files.delete(f);
        }
        Files.delete(dir);
    }
}
