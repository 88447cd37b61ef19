package org.astrocyte.scenarios.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.astrocyte.core.bus.EventBus;
import org.astrocyte.core.bus.TopicStats;
import org.astrocyte.core.event.Event;

/** A bus for the live view's tests that delivers on the publishing thread, so that tests need not wait for it. */
final class DirectBus implements EventBus {

    private final List<Consumer<Event>> listeners = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();

    @Override
    public void publish(Event event) {
        for (int i = 0; i < listeners.size(); i++) {
            if (topics.get(i).equals(event.topic())) {
                listeners.get(i).accept(event);
            }
        }
    }

    @Override
    public Subscription subscribe(String topic, Consumer<Event> listener) {
        topics.add(topic);
        listeners.add(listener);
        return () -> {
        };
    }

    @Override
    public boolean awaitDelivery(Duration timeout) {
        return true;
    }

    @Override
    public Map<String, TopicStats> stats() {
        return Map.of();
    }

    @Override
    public void close() {
    }
}
