package org.astrocyte.scenarios.cli;

import me.tongfei.progressbar.ProgressBar;
import org.astrocyte.scenarios.bench.BenchmarkProgress;

/** A progress bar per benchmark phase on the terminal (standard error), drawn like {@link ConsoleProgress}'s. */
final class BenchmarkProgressBar implements BenchmarkProgress {

    private ProgressBar bar;

    @Override
    public void started(String phase, long totalSteps) {
        finished();
        bar = ConsoleProgress.bar(phase, totalSteps).build();
    }

    @Override
    public void advanced(long stepsDone) {
        if (bar != null) {
            bar.stepTo(stepsDone);
        }
    }

    @Override
    public void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
