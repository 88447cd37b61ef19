package org.astrocyte.core.event;

import java.util.concurrent.atomic.AtomicLong;
import org.astrocyte.core.clock.Clock;

/** Hands out stamps of one run: the run's clock time and a gap-free sequence that orders every event. */
public final class EventStamper {

    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    public EventStamper(Clock clock) {
        this.clock = clock;
    }

    /** A stamp for an event of {@code agentId} at the current time. */
    public Stamp stamp(String agentId) {
        return new Stamp(agentId, clock.nowMicros(), sequence.incrementAndGet());
    }

    /** The sequence number of the last stamp handed out (0 before the first). */
    public long lastSequence() {
        return sequence.get();
    }
}
