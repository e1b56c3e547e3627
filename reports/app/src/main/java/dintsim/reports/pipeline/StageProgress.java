package dintsim.reports.pipeline;

import dintsim.reports.cli.ProgressBars;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;

/**
 * Shows a stage's progress: a live progress bar when standard error is a terminal, nothing
 * otherwise (the stage's summary line is the log). Thread-safe: sweep workers call
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
        // Not a terminal: no bar; the stage's summary line (ReportFlow) still says what it did.
        this.bar = ProgressBars.start(task, steps, "", 1, !quiet);
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
