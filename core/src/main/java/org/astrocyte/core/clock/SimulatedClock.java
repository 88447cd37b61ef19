package org.astrocyte.core.clock;

/** A deterministic clock that only moves when the runner advances it. Not thread-safe: one runner owns it. */
public final class SimulatedClock implements Clock {

    private long nowMicros;

    @Override
    public long nowMicros() {
        return nowMicros;
    }

    /** Moves time forward by {@code micros} (must not be negative). */
    public void advance(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("time cannot go backwards: " + micros + " µs");
        }
        nowMicros += micros;
    }
}
