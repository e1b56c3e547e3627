package dintsim.traces.cli;

import dintsim.traces.quantize.Progress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows study progress as a terminal progress bar on standard error (standard output keeps the tables). */
final class ProgressBarProgress implements Progress {
    private ProgressBar bar;

    @Override
    public void begin(String task, long steps) {
        end();
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(steps).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
    }

    @Override
    public void advance() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void end() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
