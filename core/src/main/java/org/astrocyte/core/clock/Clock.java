package org.astrocyte.core.clock;

/**
 * The one source of time for model code. Simulated for experiments and tests, wall time when live; nothing else
 * in Astrocyte reads the system clock.
 */
public interface Clock {

    /** Current time in microseconds since the start of the run. */
    long nowMicros();

    /** Current time in seconds since the start of the run. */
    default double nowSeconds() {
        return nowMicros() / 1e6;
    }
}
