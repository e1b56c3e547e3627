package dintsim.reports.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The one place progress bars are made: on standard error, and only when standard error is a
 * terminal (a bar redrawn into a log file or a pipe is noise).
 */
public final class ProgressBars {
    private ProgressBars() {
    }

    /** A bar of {@code max} steps shown in {@code unit}s of {@code unitSize}, or null when not wanted or not a terminal. */
    public static ProgressBar start(String task, long max, String unit, long unitSize, boolean wanted) {
        if (!wanted || !stderrIsTerminal()) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(unit, unitSize)
                .setStyle(ProgressBarStyle.ASCII).setMaxRenderedLength(100).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build();
    }

    /** True when standard error goes to a terminal (Linux: fd 2 links to a tty device). */
    public static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
