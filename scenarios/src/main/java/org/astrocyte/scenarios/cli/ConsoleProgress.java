package org.astrocyte.scenarios.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.astrocyte.scenarios.run.RunProgress;

/** A progress bar of simulated time on the terminal (standard error). */
final class ConsoleProgress implements RunProgress {

    private ProgressBar bar;

    @Override
    public void started(String scenario, double totalSeconds) {
        bar = bar(scenario, Math.round(totalSeconds * 10)).setUnit(" sim s", 10).build();
    }

    /** A bar on standard error as the CLI draws them all: ASCII, updated four times a second, with its speed. */
    static ProgressBarBuilder bar(String task, long max) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed();
    }

    @Override
    public void advanced(double seconds) {
        bar.stepTo(Math.round(seconds * 10));
    }

    @Override
    public void finished() {
        bar.close();
    }
}
