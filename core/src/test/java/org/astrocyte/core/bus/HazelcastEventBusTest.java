package org.astrocyte.core.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.RunStarted;
import org.astrocyte.core.event.Stamp;
import org.astrocyte.core.event.Topics;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HazelcastEventBusTest extends EventBusContract {

    private static HazelcastInstance hazelcast;

    @BeforeAll
    static void startMember() {
        hazelcast = EmbeddedHazelcast.start(HazelcastSettings.embedded("bus-test-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stopMember() {
        hazelcast.shutdown();
    }

    @Override
    protected EventBus createBus() {
        return new HazelcastEventBus(hazelcast, "run-" + UUID.randomUUID());
    }

    @Test
    void should_keep_the_events_of_two_namespaces_apart() throws InterruptedException {
        // given
        try (EventBus other = new HazelcastEventBus(hazelcast, "other-" + UUID.randomUUID())) {
            List<Event> seenByOther = Collections.synchronizedList(new ArrayList<>());
            other.subscribe(Topics.RUN, seenByOther::add);
            // when
            bus.publish(new RunStarted(new Stamp(Stamp.WORLD, 0, 1), "s", 1, 1.0));
            // then
            assertTrue(bus.awaitDelivery(Duration.ofSeconds(5)));
            assertTrue(other.awaitDelivery(Duration.ofSeconds(5)));
            assertEquals(List.of(), seenByOther);
        }
    }

    @Test
    void should_bind_the_embedded_member_to_loopback_only() {
        // given the member started for this class
        // then
        String host = hazelcast.getCluster().getLocalMember().getAddress().getHost();
        assertEquals("127.0.0.1", host);
        assertEquals("false", EmbeddedHazelcast.config(HazelcastSettings.embedded("x"))
                .getProperty("hazelcast.phone.home.enabled"));
    }

    @Test
    void should_reject_a_namespace_that_would_break_topic_names() {
        assertThrows(IllegalArgumentException.class, () -> new HazelcastEventBus(hazelcast, "a.b"));
    }
}
