package dintsim.reports.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs independent jobs on a fixed pool (all cores by default) and returns their results in
 * input order, whatever order they finish in, so outputs stay deterministic. The first failure
 * is rethrown as is (an IllegalArgumentException stays one) after the other jobs are cancelled.
 */
public final class ParallelSweep implements AutoCloseable {
    private final ExecutorService pool;
    private final int threads;

    public ParallelSweep(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads is " + threads + ", must be >= 1");
        }
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dintsim-sweep");
            t.setDaemon(true);
            return t;
        });
    }

    public int threads() {
        return threads;
    }

    public <I, O> List<O> map(List<I> inputs, Function<I, O> job, Runnable onEach) {
        List<Future<O>> futures = new ArrayList<>();
        for (I in : inputs) {
            futures.add(pool.submit(() -> {
                O out = job.apply(in);
                onEach.run();
                return out;
            }));
        }
        List<O> out = new ArrayList<>(inputs.size());
        try {
            for (Future<O> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
