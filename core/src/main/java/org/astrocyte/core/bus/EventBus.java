package org.astrocyte.core.bus;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.astrocyte.core.event.Event;

/**
 * Publish/subscribe of events by topic. Publishing never blocks on subscribers; each subscriber sees the events
 * of a topic in publishing order, and a loss is counted rather than silent.
 */
public interface EventBus extends AutoCloseable {

    /** Publishes {@code event} on its topic. */
    void publish(Event event);

    /** Calls {@code listener} with every event published on {@code topic} from now on, in order. */
    Subscription subscribe(String topic, Consumer<Event> listener);

    /**
     * Waits until every subscriber has received every event published so far through this bus, or until
     * {@code timeout} has passed.
     *
     * @return true if everything was delivered in time
     */
    boolean awaitDelivery(Duration timeout) throws InterruptedException;

    /**
     * Counts per topic, for every topic used so far, in topic-name order; deliveries to subscriptions that have
     * since been closed still count.
     */
    Map<String, TopicStats> stats();

    /** Stops delivery and releases what the bus holds. */
    @Override
    void close();

    /** A registered listener; closing it stops delivery to it. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
