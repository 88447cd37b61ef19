package org.astrocyte.scenarios.cli;

import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import org.astrocyte.scenarios.experiment.ExperimentProgress;
import org.astrocyte.scenarios.experiment.Trial;
import org.astrocyte.scenarios.experiment.TrialOutcome;

/** The experiment's progress on the terminal: trials done of all, running and failed, and the time left. */
final class ExperimentProgressBar implements ExperimentProgress {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private ProgressBar bar;

    @Override
    public synchronized void started(String experiment, int total, int alreadyDone) {
        bar = ConsoleProgress.bar(experiment, total).setUnit(" trials", 1).setInitialMax(total)
                .startsFrom(alreadyDone, java.time.Duration.ZERO).build();
        update();
    }

    @Override
    public synchronized void trialStarted(Trial trial) {
        running.incrementAndGet();
        update();
    }

    @Override
    public synchronized void trialFinished(TrialOutcome outcome) {
        running.decrementAndGet();
        if (!outcome.ok()) {
            failed.incrementAndGet();
        }
        bar.step();
        update();
    }

    private void update() {
        bar.setExtraMessage(" running " + running.get() + ", failed " + failed.get());
    }

    @Override
    public synchronized void finished() {
        bar.close();
    }
}
