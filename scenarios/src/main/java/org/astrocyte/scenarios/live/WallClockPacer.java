package org.astrocyte.scenarios.live;

import java.util.function.LongSupplier;
import org.astrocyte.scenarios.run.RunProgress;

/**
 * Holds a run back so that simulated time runs no faster than {@code speed} times the wall clock, for a person to
 * watch it live: each time the runner reports progress, it waits until the wall clock has caught up. A run that is
 * slower than that (a real LLM thinking) is never hurried. Reports go on to the progress it wraps.
 */
public final class WallClockPacer implements RunProgress {

    /** Sleeps for a number of nanoseconds. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final double speed;
    private final RunProgress next;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private long startNanos;

    /**
     * Paces to {@code speed} simulated seconds per wall second (1: real time) and reports to {@code next}.
     *
     * @throws IllegalArgumentException unless the speed is positive and finite
     */
    public WallClockPacer(double speed, RunProgress next) {
        this(speed, next, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    WallClockPacer(double speed, RunProgress next, LongSupplier nanoTime, Sleeper sleeper) {
        this.speed = requireSpeed(speed);
        this.next = next;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /**
     * {@code speed}, checked.
     *
     * @throws IllegalArgumentException unless it is positive and finite
     */
    static double requireSpeed(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("--speed must be a positive number of simulated seconds per wall "
                    + "second (1 = real time), got " + speed);
        }
        return speed;
    }

    @Override
    public void started(String scenario, double totalSeconds) {
        startNanos = nanoTime.getAsLong();
        next.started(scenario, totalSeconds);
    }

    /** Waits until the wall clock reaches {@code seconds} of simulated time at the pace's speed. */
    @Override
    public void advanced(double seconds) {
        next.advanced(seconds);
        long due = startNanos + Math.round(seconds / speed * 1e9);
        long wait = due - nanoTime.getAsLong();
        if (wait > 0) {
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the live run was interrupted", e);
            }
        }
    }

    @Override
    public void finished() {
        next.finished();
    }
}
