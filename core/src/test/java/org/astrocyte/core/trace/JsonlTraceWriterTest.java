package org.astrocyte.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.astrocyte.core.bus.HazelcastEventBus;
import org.astrocyte.core.clock.SimulatedClock;
import org.astrocyte.core.event.CollisionOccurred;
import org.astrocyte.core.event.EventJson;
import org.astrocyte.core.event.EventStamper;
import org.astrocyte.core.event.MemoryRecalled;
import org.astrocyte.core.event.ReflexReleased;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlTraceWriterTest {

    private static HazelcastInstance hazelcast;

    @BeforeAll
    static void startMember() {
        hazelcast = EmbeddedHazelcast.start(HazelcastSettings.embedded("trace-test-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stopMember() {
        hazelcast.shutdown();
    }

    @Test
    void should_write_events_of_all_topics_in_sequence_order(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("out/trace.jsonl");
        SimulatedClock clock = new SimulatedClock();
        EventStamper stamper = new EventStamper(clock);
        try (HazelcastEventBus bus = new HazelcastEventBus(hazelcast, "trace-" + UUID.randomUUID())) {
            JsonlTraceWriter writer = new JsonlTraceWriter(bus, file);
            // when: events interleave three topics, each delivered on its own thread
            for (int i = 0; i < 300; i++) {
                clock.advance(1000);
                bus.publish(new CollisionOccurred(stamper.stamp("a1"), "wall-west", i, 0));
                bus.publish(new ReflexReleased(stamper.stamp("a1"), "braitenberg", i));
                bus.publish(new MemoryRecalled(stamper.stamp("a1"), "food", i, 0));
            }
            assertTrue(bus.awaitDelivery(Duration.ofSeconds(10)));
            writer.close();
            // then
            List<String> lines = Files.readAllLines(file);
            assertEquals(900, lines.size());
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(i + 1, EventJson.read(lines.get(i)).stamp().sequence());
            }
            assertEquals(0, writer.skipped());
        }
    }

    @Test
    void should_write_what_arrived_and_count_the_gaps_when_events_are_missing(@TempDir Path dir)
            throws IOException, InterruptedException {
        // given
        Path file = dir.resolve("trace.jsonl");
        try (HazelcastEventBus bus = new HazelcastEventBus(hazelcast, "gap-" + UUID.randomUUID())) {
            JsonlTraceWriter writer = new JsonlTraceWriter(bus, file);
            // when: sequence 2 never arrives
            bus.publish(new ReflexReleased(new org.astrocyte.core.event.Stamp("a1", 0, 1), "b", 1));
            bus.publish(new ReflexReleased(new org.astrocyte.core.event.Stamp("a1", 0, 3), "b", 3));
            assertTrue(bus.awaitDelivery(Duration.ofSeconds(10)));
            writer.close();
            // then
            assertEquals(2, Files.readAllLines(file).size());
            assertEquals(1, writer.skipped());
        }
    }
}
