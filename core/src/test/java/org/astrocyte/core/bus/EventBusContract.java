package org.astrocyte.core.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.astrocyte.core.event.CollisionOccurred;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.FoodCollected;
import org.astrocyte.core.event.Stamp;
import org.astrocyte.core.event.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link EventBus} must show; each implementation runs it through a subclass. */
public abstract class EventBusContract {

    private static final Duration BOUND = Duration.ofSeconds(10);

    protected EventBus bus;

    /** A fresh bus, isolated from the buses of other tests. */
    protected abstract EventBus createBus();

    @BeforeEach
    void openBus() {
        bus = createBus();
    }

    @AfterEach
    void closeBus() {
        bus.close();
    }

    private static Event food(long sequence) {
        return new FoodCollected(new Stamp("a1", sequence * 1000, sequence), (int) sequence, 1.0, 2.0);
    }

    @Test
    void should_deliver_every_event_of_a_topic_in_publishing_order() throws InterruptedException {
        // given
        List<Event> received = Collections.synchronizedList(new ArrayList<>());
        bus.subscribe(Topics.WORLD, received::add);
        List<Event> sent = new ArrayList<>();
        for (long i = 1; i <= 500; i++) {
            sent.add(food(i));
        }
        // when
        sent.forEach(bus::publish);
        // then
        assertTrue(bus.awaitDelivery(BOUND), "delivery did not complete");
        assertEquals(sent, received);
    }

    @Test
    void should_deliver_only_the_subscribed_topic() throws InterruptedException {
        // given
        List<Event> reflex = Collections.synchronizedList(new ArrayList<>());
        bus.subscribe(Topics.REFLEX, reflex::add);
        // when
        bus.publish(food(1));
        // then
        assertTrue(bus.awaitDelivery(BOUND));
        assertTrue(reflex.isEmpty(), "a world event reached a reflex subscriber: " + reflex);
    }

    @Test
    void should_count_published_and_delivered_events_per_topic() throws InterruptedException {
        // given
        bus.subscribe(Topics.WORLD, e -> { });
        // when
        bus.publish(food(1));
        bus.publish(food(2));
        bus.publish(new CollisionOccurred(new Stamp("a1", 0, 3), "wall-west", 0, 0));
        // then
        assertTrue(bus.awaitDelivery(BOUND));
        assertEquals(new TopicStats(3, 3, 0), bus.stats().get(Topics.WORLD));
    }

    @Test
    void should_stop_delivering_after_the_subscription_is_closed() throws InterruptedException {
        // given
        List<Event> received = Collections.synchronizedList(new ArrayList<>());
        EventBus.Subscription subscription = bus.subscribe(Topics.WORLD, received::add);
        bus.publish(food(1));
        assertTrue(bus.awaitDelivery(BOUND));
        // when
        subscription.close();
        bus.publish(food(2));
        // then
        assertTrue(bus.awaitDelivery(BOUND));
        assertEquals(List.of(food(1)), received);
        assertEquals(new TopicStats(2, 1, 0), bus.stats().get(Topics.WORLD), "closed subscriptions still count");
    }

    @Test
    void should_keep_delivering_after_a_subscriber_throws() throws InterruptedException {
        // given
        List<Event> received = Collections.synchronizedList(new ArrayList<>());
        bus.subscribe(Topics.WORLD, e -> {
            if (e.stamp().sequence() == 1) {
                throw new IllegalStateException("subscriber bug");
            }
            received.add(e);
        });
        // when
        bus.publish(food(1));
        bus.publish(food(2));
        // then
        assertTrue(bus.awaitDelivery(BOUND));
        assertEquals(List.of(food(2)), received);
    }
}
