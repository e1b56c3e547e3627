package dintsim.reports.pipeline;

import java.io.PrintStream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a stage's progress: a live progress bar on a terminal, and, when output is redirected
 * (CI logs), one line at most every few seconds. Thread-safe: sweep workers call
 * {@link #step()}. Quiet mode (tests) prints only the stage summaries.
 */
public final class StageProgress implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintStream log;
    private final String task;
    private final long started = System.nanoTime();

    private StageProgress(String task, long steps, PrintStream log, boolean quiet) {
        this.task = task;
        this.log = log;
        if (quiet) {
            this.bar = null;
        } else {
            ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(steps)
                    .setStyle(ProgressBarStyle.ASCII).setMaxRenderedLength(100);
            if (System.console() == null) {
                b.setConsumer(new DelegatingProgressBarConsumer(log::println, 100)).setUpdateIntervalMillis(5000);
            }
            this.bar = b.build();
        }
    }

    /** Starts a stage of {@code steps} units of work. */
    public static StageProgress start(String task, long steps, PrintStream log, boolean quiet) {
        return new StageProgress(task, steps, log, quiet);
    }

    public void step() {
        if (bar != null) {
            bar.step();
        }
    }

    public void setExtraMessage(String message) {
        if (bar != null) {
            bar.setExtraMessage(message);
        }
    }

    /** Seconds since the stage started. */
    public double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    public String task() {
        return task;
    }

    public PrintStream log() {
        return log;
    }
}
