package org.astrocyte.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static final Stamp STAMP = new Stamp("a1", 1500, 7);

    @Test
    void should_round_trip_every_event_type() {
        // given
        List<Event> events = List.of(
                new RunStarted(STAMP, "foraging", 42, 60.0),
                new RunFinished(STAMP, 60.0),
                new BodySampled(STAMP, 1, 2, 0.5, 0.1, 0.2, 0.9),
                new FoodCollected(STAMP, 3, 4, 5),
                new CollisionOccurred(STAMP, "rock-1", 1, 1),
                new PlannerCalled(STAMP, "offline", 2, "exploring", 100, 20, null, 1, 2000.0),
                new ToolCalled(STAMP, "set_goal", "{\"x\":1,\"y\":2}", "goal set", true),
                new ReflexOverrode(STAMP, "braitenberg", 120.0, 0.1, -0.1),
                new ReflexReleased(STAMP, "braitenberg", 35.0),
                new MemoryStored(STAMP, "a1-1", "food here", 1, 2, 48),
                new MemoryRecalled(STAMP, "food", 2, 30),
                new SpikesCounted(STAMP, "reflex", 100.0, Map.of("motors", 12, "sensors", 30), 4200));
        for (Event event : events) {
            // when
            String json = EventJson.write(event);
            // then
            assertEquals(event, EventJson.read(json), json);
            assertTrue(json.startsWith("{\"type\":\"" + event.getClass().getSimpleName() + "\""), json);
            assertTrue(json.contains("\"stamp\":{\"agentId\":\"a1\",\"timeMicros\":1500,\"sequence\":7}"), json);
        }
    }

    @Test
    void should_write_map_keys_in_sorted_order_so_traces_are_stable() {
        // given
        Event event = new SpikesCounted(STAMP, "reflex", 1.0, Map.of("z", 1, "a", 2, "m", 3), 6);
        // when
        String json = EventJson.write(event);
        // then
        assertTrue(json.contains("{\"a\":2,\"m\":3,\"z\":1}"), json);
    }
}
