package org.astrocyte.scenarios.cli;

import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import org.astrocyte.scenarios.experiment.ExperimentProgress;
import org.astrocyte.scenarios.experiment.Trial;
import org.astrocyte.scenarios.experiment.TrialOutcome;

/**
 * The experiment's progress on the terminal: trials done of all, running (on how many members, on a cluster) and
 * failed, and the time left.
 */
final class ExperimentProgressBar implements ExperimentProgress {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger members = new AtomicInteger();
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
        running.updateAndGet(n -> Math.max(0, n - 1));
        if (!outcome.ok()) {
            failed.incrementAndGet();
        }
        bar.step();
        update();
    }

    @Override
    public synchronized void clusterState(int runningNow, int memberCount) {
        running.set(runningNow);
        members.set(memberCount);
        update();
    }

    private void update() {
        int cluster = members.get();
        bar.setExtraMessage(" running " + running.get() + (cluster > 0 ? " on " + cluster + " members" : "")
                + ", failed " + failed.get());
    }

    @Override
    public synchronized void finished() {
        bar.close();
    }
}
