package org.astrocyte.scenarios.bench;

/**
 * Told how far a benchmark has come, e.g. to draw a progress bar. A benchmark runs in phases (the baseline, then the
 * code measured, then a larger size...): each phase is started, advanced and finished in turn, on one thread.
 */
public interface BenchmarkProgress {

    /** Shows nothing. */
    BenchmarkProgress NONE = new BenchmarkProgress() {
    };

    /** A phase named {@code phase} starts and will take {@code totalSteps} steps of the benchmark's choosing. */
    default void started(String phase, long totalSteps) {
    }

    /** The current phase has done {@code stepsDone} of its steps. */
    default void advanced(long stepsDone) {
    }

    /** The current phase is over. */
    default void finished() {
    }
}
