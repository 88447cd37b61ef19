package org.astrocyte.scenarios.run;

/** Told how far a run has come, e.g. to draw a progress bar. Called on the runner's thread. */
public interface RunProgress {

    /** Shows nothing. */
    RunProgress NONE = new RunProgress() {
    };

    /** The run starts and will last {@code totalSeconds} of simulated time. */
    default void started(String scenario, double totalSeconds) {
    }

    /** Simulated time has reached {@code seconds}. */
    default void advanced(double seconds) {
    }

    /** The run is over. */
    default void finished() {
    }
}
