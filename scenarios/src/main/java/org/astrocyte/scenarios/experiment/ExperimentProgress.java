package org.astrocyte.scenarios.experiment;

/** What an experiment reports while it runs; every method is called from the trial threads, so must be safe. */
public interface ExperimentProgress {

    /** Shows nothing. */
    ExperimentProgress NONE = new ExperimentProgress() {
    };

    /** The experiment starts with {@code total} trials, {@code alreadyDone} of them finished by an earlier run. */
    default void started(String experiment, int total, int alreadyDone) {
    }

    /** A trial starts. */
    default void trialStarted(Trial trial) {
    }

    /** A trial finished (succeeded, or failed after its retry). */
    default void trialFinished(TrialOutcome outcome) {
    }

    /** On a cluster: {@code running} trials run now on {@code members} members (whoever submitted them). */
    default void clusterState(int running, int members) {
    }

    /** Every trial has finished. */
    default void finished() {
    }
}
