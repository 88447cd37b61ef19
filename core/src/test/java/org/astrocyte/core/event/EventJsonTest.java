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
                new PlannerCalled(STAMP, "offline", 2, "exploring", 100, 20, null, 1, 2000.0, 0.0002),
                new ToolCalled(STAMP, "set_goal", "{\"x\":1,\"y\":2}", "goal set", true),
                new ReflexOverrode(STAMP, "braitenberg", 120.0, 0.1, -0.1),
                new ReflexReleased(STAMP, "braitenberg", 35.0),
                new MemoryStored(STAMP, "a1-1", "food here", 1, 2, 48),
                new MemoryRecalled(STAMP, "food", 2, 30),
                new SpikesCounted(STAMP, "reflex", 100.0, Map.of("motors", 12, "sensors", 30), 4200),
                new MemoryConsolidated(STAMP, 4, List.of("knowledge-a1-1"), List.of("a1-2"), List.of()),
                new PlannerDecisionApplied(STAMP, 3, 4, false, 1500.0),
                new PlannerBudgetExhausted(STAMP, "token budget of 1000 spent"),
                new PlannerWoken(STAMP, "stuck"),
                new GoalReached(STAMP, "exit", 9, 9),
                new HazardEntered(STAMP, "acid", 4, 4),
                new EnergyDepleted(STAMP, 2, 2),
                new TimelineEventApplied(STAMP, "cut_planner", "planner of a1 cut for 20 s"));
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

    @Test
    void should_name_planner_and_tool_fields_after_the_opentelemetry_genai_conventions() {
        String planner = EventJson.write(new PlannerCalled(STAMP, "openai:gpt-4o-mini", 1, "ok", 100, 20, null, 0,
                0.0, 0.0));
        String tool = EventJson.write(new ToolCalled(STAMP, "set_goal", "{\"x\":1}", "goal set", true));
        assertTrue(planner.contains("\"gen_ai.operation.name\":\"chat\""), planner);
        assertTrue(planner.contains("\"gen_ai.request.model\":\"openai:gpt-4o-mini\""), planner);
        assertTrue(planner.contains("\"gen_ai.usage.input_tokens\":100"), planner);
        assertTrue(planner.contains("\"gen_ai.usage.output_tokens\":20"), planner);
        assertTrue(tool.contains("\"gen_ai.operation.name\":\"execute_tool\""), tool);
        assertTrue(tool.contains("\"gen_ai.tool.name\":\"set_goal\""), tool);
        assertTrue(tool.contains("\"gen_ai.tool.call.arguments\":\"{\\\"x\\\":1}\""), tool);
        assertTrue(tool.contains("\"gen_ai.tool.call.result\":\"goal set\""), tool);
    }
}
