package dintsim.models.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Java's multiply-add peak on this host: register-resident Vector API loops (no memory traffic),
 * one thread per core, twelve independent accumulators so that throughput, not latency, bounds
 * them. A lane's multiply-add counts as one MAC. Two figures: 16-bit lanes (the
 * instructions the golden kernel's inner loop uses) and 32-bit lanes (a plain int GEMM's).
 */
final class VectorPeak {
    private static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final int CHAINS = 12;

    private VectorPeak() {
    }

    /** MACs per run of 16-bit lane multiply-adds on {@code threads} threads, and their timing. */
    static Measured shortPeak(int threads, int runs, long iterations) {
        return run(threads, runs, iterations, (long) CHAINS * SHORTS.length(), VectorPeak::shortLoop);
    }

    /** MACs per run of 32-bit lane multiply-adds on {@code threads} threads, and their timing. */
    static Measured intPeak(int threads, int runs, long iterations) {
        return run(threads, runs, iterations, (long) CHAINS * INTS.length(), VectorPeak::intLoop);
    }

    /** What one run computed and how long the runs took. */
    record Measured(double macsPerRun, Timing timing) {
        double bestRate() {
            return timing.bestRate(macsPerRun);
        }

        double ratePerCpuSecond() {
            return timing.ratePerCpuSecond(macsPerRun);
        }
    }

    private interface Loop {
        long run(int iterations, int seed);
    }

    /** Iterations per call: short enough that the loop method is called often and compiled whole. */
    private static final int BLOCK = 10_000;

    /**
     * Runs {@code iterations} in calls of BLOCK. C2 must compile the loop as a normal method: an
     * on-stack-replacement compile of a loop whose vectors are live on entry keeps them boxed and
     * measures allocation, not arithmetic.
     */
    private static long repeat(Loop loop, long iterations, int seed) {
        long sink = 0;
        for (long done = 0; done < iterations; done += BLOCK) {
            sink += loop.run(BLOCK, seed);
        }
        return sink;
    }

    private static Measured run(int threads, int runs, long iterations, long macsPerIteration, Loop loop) {
        long blocks = (iterations + BLOCK - 1) / BLOCK;
        repeat(loop, blocks * BLOCK / 4, 1); // warm up and compile
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long[] sink = new long[1];
            Timing t = Timing.repeat(runs, () -> sink[0] += runOnPool(pool, threads, loop, blocks * BLOCK));
            if (sink[0] == 42) {
                System.out.print(""); // keeps the result live
            }
            return new Measured((double) threads * blocks * BLOCK * macsPerIteration, t);
        } finally {
            pool.shutdown();
        }
    }

    private static long runOnPool(ExecutorService pool, int threads, Loop loop, long iterations) {
        List<Future<Long>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = t + 3;
            results.add(pool.submit(() -> repeat(loop, iterations, seed)));
        }
        long sink = 0;
        try {
            for (Future<Long> f : results) {
                sink += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("peak measurement interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("peak measurement failed", e.getCause());
        }
        return sink;
    }

    /**
     * Twelve accumulators c_j += x * y_j with x stepping every iteration: the multiplies are
     * independent (as in a GEMM inner loop), nothing is loop-invariant, nothing touches memory.
     * Written out once per lane type, with concrete vector classes and a constant species: that is
     * what C2 turns into vector instructions.
     */
    private static long shortLoop(int iterations, int seed) {
        ShortVector x = ShortVector.broadcast(SHORTS, (short) seed);
        ShortVector one = ShortVector.broadcast(SHORTS, (short) 1);
        ShortVector y0 = ShortVector.broadcast(SHORTS, (short) (seed + 0));
        ShortVector y1 = ShortVector.broadcast(SHORTS, (short) (seed + 1));
        ShortVector y2 = ShortVector.broadcast(SHORTS, (short) (seed + 2));
        ShortVector y3 = ShortVector.broadcast(SHORTS, (short) (seed + 3));
        ShortVector y4 = ShortVector.broadcast(SHORTS, (short) (seed + 4));
        ShortVector y5 = ShortVector.broadcast(SHORTS, (short) (seed + 5));
        ShortVector y6 = ShortVector.broadcast(SHORTS, (short) (seed + 6));
        ShortVector y7 = ShortVector.broadcast(SHORTS, (short) (seed + 7));
        ShortVector y8 = ShortVector.broadcast(SHORTS, (short) (seed + 8));
        ShortVector y9 = ShortVector.broadcast(SHORTS, (short) (seed + 9));
        ShortVector y10 = ShortVector.broadcast(SHORTS, (short) (seed + 10));
        ShortVector y11 = ShortVector.broadcast(SHORTS, (short) (seed + 11));
        ShortVector c0 = ShortVector.zero(SHORTS);
        ShortVector c1 = ShortVector.zero(SHORTS);
        ShortVector c2 = ShortVector.zero(SHORTS);
        ShortVector c3 = ShortVector.zero(SHORTS);
        ShortVector c4 = ShortVector.zero(SHORTS);
        ShortVector c5 = ShortVector.zero(SHORTS);
        ShortVector c6 = ShortVector.zero(SHORTS);
        ShortVector c7 = ShortVector.zero(SHORTS);
        ShortVector c8 = ShortVector.zero(SHORTS);
        ShortVector c9 = ShortVector.zero(SHORTS);
        ShortVector c10 = ShortVector.zero(SHORTS);
        ShortVector c11 = ShortVector.zero(SHORTS);
        for (int i = 0; i < iterations; i++) {
            c0 = c0.add(x.mul(y0));
            c1 = c1.add(x.mul(y1));
            c2 = c2.add(x.mul(y2));
            c3 = c3.add(x.mul(y3));
            c4 = c4.add(x.mul(y4));
            c5 = c5.add(x.mul(y5));
            c6 = c6.add(x.mul(y6));
            c7 = c7.add(x.mul(y7));
            c8 = c8.add(x.mul(y8));
            c9 = c9.add(x.mul(y9));
            c10 = c10.add(x.mul(y10));
            c11 = c11.add(x.mul(y11));
            x = x.add(one);
        }
        ShortVector s = c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9).add(c10).add(c11);
        return s.reduceLanesToLong(VectorOperators.ADD);
    }

    private static long intLoop(int iterations, int seed) {
        IntVector x = IntVector.broadcast(INTS, seed);
        IntVector one = IntVector.broadcast(INTS, 1);
        IntVector y0 = IntVector.broadcast(INTS, (seed + 0));
        IntVector y1 = IntVector.broadcast(INTS, (seed + 1));
        IntVector y2 = IntVector.broadcast(INTS, (seed + 2));
        IntVector y3 = IntVector.broadcast(INTS, (seed + 3));
        IntVector y4 = IntVector.broadcast(INTS, (seed + 4));
        IntVector y5 = IntVector.broadcast(INTS, (seed + 5));
        IntVector y6 = IntVector.broadcast(INTS, (seed + 6));
        IntVector y7 = IntVector.broadcast(INTS, (seed + 7));
        IntVector y8 = IntVector.broadcast(INTS, (seed + 8));
        IntVector y9 = IntVector.broadcast(INTS, (seed + 9));
        IntVector y10 = IntVector.broadcast(INTS, (seed + 10));
        IntVector y11 = IntVector.broadcast(INTS, (seed + 11));
        IntVector c0 = IntVector.zero(INTS);
        IntVector c1 = IntVector.zero(INTS);
        IntVector c2 = IntVector.zero(INTS);
        IntVector c3 = IntVector.zero(INTS);
        IntVector c4 = IntVector.zero(INTS);
        IntVector c5 = IntVector.zero(INTS);
        IntVector c6 = IntVector.zero(INTS);
        IntVector c7 = IntVector.zero(INTS);
        IntVector c8 = IntVector.zero(INTS);
        IntVector c9 = IntVector.zero(INTS);
        IntVector c10 = IntVector.zero(INTS);
        IntVector c11 = IntVector.zero(INTS);
        for (int i = 0; i < iterations; i++) {
            c0 = c0.add(x.mul(y0));
            c1 = c1.add(x.mul(y1));
            c2 = c2.add(x.mul(y2));
            c3 = c3.add(x.mul(y3));
            c4 = c4.add(x.mul(y4));
            c5 = c5.add(x.mul(y5));
            c6 = c6.add(x.mul(y6));
            c7 = c7.add(x.mul(y7));
            c8 = c8.add(x.mul(y8));
            c9 = c9.add(x.mul(y9));
            c10 = c10.add(x.mul(y10));
            c11 = c11.add(x.mul(y11));
            x = x.add(one);
        }
        IntVector s = c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9).add(c10).add(c11);
        return s.reduceLanesToLong(VectorOperators.ADD);
    }
}
