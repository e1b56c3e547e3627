package dintsim.traces.cli;

import dintsim.reports.cli.ProgressBars;
import dintsim.traces.quantize.Progress;
import me.tongfei.progressbar.ProgressBar;

/** Shows study progress as a progress bar on standard error when it is a terminal (standard output keeps the tables). */
public final class ProgressBarProgress implements Progress {
    private ProgressBar bar;

    @Override
    public void begin(String task, long steps) {
        end();
        bar = ProgressBars.start(task, steps, "", 1, true);
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
