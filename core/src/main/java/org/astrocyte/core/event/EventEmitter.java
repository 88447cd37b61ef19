package org.astrocyte.core.event;

import java.util.function.Function;
import org.astrocyte.core.bus.EventBus;

/**
 * Stamps and publishes the events of one run, so that components only say what happened:
 * {@code events.emit(agentId, stamp -> new FoodCollected(stamp, id, x, y))}.
 */
public final class EventEmitter {

    private final EventBus bus;
    private final EventStamper stamper;

    public EventEmitter(EventBus bus, EventStamper stamper) {
        this.bus = bus;
        this.stamper = stamper;
    }

    /** Stamps the event built by {@code event} for {@code agentId} at the current time and publishes it. */
    public Event emit(String agentId, Function<Stamp, Event> event) {
        Event stamped = event.apply(stamper.stamp(agentId));
        bus.publish(stamped);
        return stamped;
    }

    /** The sequence number of the last event emitted (0 before the first). */
    public long lastSequence() {
        return stamper.lastSequence();
    }
}
