package org.astrocyte.agents.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.UUID;
import org.astrocyte.agents.Agent;
import org.astrocyte.agents.RecordingBody;
import org.astrocyte.agents.planner.Observation;
import org.astrocyte.agents.planner.Observation.Point;
import org.astrocyte.agents.planner.PlannerTurn;
import org.astrocyte.agents.planner.TracedTools;
import org.astrocyte.core.bus.HazelcastEventBus;
import org.astrocyte.core.clock.SimulatedClock;
import org.astrocyte.core.event.EventEmitter;
import org.astrocyte.core.event.EventStamper;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.memory.encoder.EpisodeEncoder;
import org.astrocyte.memory.hazelcast.HazelcastEpisodicMemory;
import org.astrocyte.tools.body.BodyTools;
import org.astrocyte.tools.memory.MemoryTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The offline planner through the real AI Service path: tool calls, tool execution, results back. */
class OfflinePlannerModelTest {

    private static HazelcastInstance hazelcast;

    private final RecordingBody body = new RecordingBody();
    private final SimulatedClock clock = new SimulatedClock();
    private HazelcastEventBus bus;
    private EventEmitter events;
    private MemoryTools memoryTools;

    @BeforeAll
    static void startMember() {
        hazelcast = EmbeddedHazelcast.start(HazelcastSettings.embedded("offline-test-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stopMember() {
        hazelcast.shutdown();
    }

    @BeforeEach
    void open() {
        body.x = 5;
        body.y = 5;
        bus = new HazelcastEventBus(hazelcast, "offline-" + UUID.randomUUID());
        events = new EventEmitter(bus, new EventStamper(clock));
        memoryTools = new MemoryTools("a1", new HazelcastEpisodicMemory(hazelcast, "m-" + UUID.randomUUID()),
                EpisodeEncoder.defaults(), body, clock, events);
    }

    @AfterEach
    void close() {
        bus.close();
    }

    private Agent agent(Object... tools) {
        return new Agent("a1", OfflinePlannerModel.MODEL_NAME, new OfflinePlannerModel(),
                new TracedTools("a1", events, tools), events);
    }

    private Observation seeing(double time, List<Point> food, Point goal, double moved) {
        return new Observation("a1", time, body.x, body.y, 0, 12, 10, goal, food, 0, 0, 0, moved, List.of());
    }

    @Test
    void should_remember_visible_food_and_drive_to_it() {
        // given
        Agent agent = agent(new BodyTools(body), memoryTools);
        // when
        PlannerTurn turn = agent.think(seeing(4, List.of(new Point(3, 2.5)), null, 1));
        // then
        assertNull(turn.error());
        assertEquals(2, turn.toolCalls());
        assertEquals(List.of(3.0, 2.5), body.goal);
        assertTrue(memoryTools.recall("food").contains("food seen here"));
        assertTrue(turn.reply().startsWith("food in sight"), turn.reply());
        assertTrue(turn.inputTokens() > 0 && turn.outputTokens() > 0);
    }

    @Test
    void should_head_for_the_nearest_goal_region_and_detour_when_woken_as_stuck() {
        // given
        Agent agent = agent(new BodyTools(body), memoryTools);
        List<Point> regions = List.of(new Point(10, 8), new Point(1, 9));
        // when
        PlannerTurn first = agent.think(new Observation("a1", 2, body.x, body.y, 0, 12, 10, null, List.of(), 0, 0, 0,
                1, List.of(), regions, 0.8, null));
        PlannerTurn again = agent.think(new Observation("a1", 4, body.x, body.y, 0, 12, 10, new Point(10, 8),
                List.of(), 0, 0, 0, 1, List.of(), regions, 0.8, null));
        body.goal = null;
        PlannerTurn stuck = agent.think(new Observation("a1", 5, body.x, body.y, 0, 12, 10, new Point(10, 8),
                List.of(), 0, 0, 0, 1, List.of(), regions, 0.8, "stuck"));
        // then
        assertTrue(first.reply().startsWith("heading for the goal region at (10.0, 8.0)"), first.reply());
        assertTrue(again.reply().startsWith("continuing to the goal region"), again.reply());
        assertEquals(0, again.toolCalls());
        assertTrue(stuck.reply().startsWith("stuck: detour by"), stuck.reply());
        double sideways = Math.abs((body.goal.get(0) - 5) * 3 - (body.goal.get(1) - 5) * 5) / Math.hypot(5, 3);
        assertTrue(sideways > 1.2 && sideways < 1.8, "a waypoint about 1.5 m off the line to the region: "
                + body.goal);
    }

    @Test
    void should_keep_going_to_a_far_goal_without_calling_tools() {
        PlannerTurn turn = agent(new BodyTools(body), memoryTools).think(seeing(4, List.of(), new Point(9, 9), 1.2));
        assertEquals(0, turn.toolCalls());
        assertTrue(turn.reply().startsWith("continuing to the goal"), turn.reply());
        assertNull(body.goal);
    }

    @Test
    void should_recall_then_explore_inside_the_arena_when_memory_is_empty() {
        PlannerTurn turn = agent(new BodyTools(body), memoryTools).think(seeing(4, List.of(), null, 0));
        assertEquals(2, turn.toolCalls(), "recall, then set_goal");
        double x = body.goal.get(0);
        double y = body.goal.get(1);
        assertTrue(x >= 1 && x <= 11 && y >= 1 && y <= 9, body.goal.toString());
    }

    @Test
    void should_return_to_remembered_food_away_from_here() {
        // given: food remembered at (2, 2); the agent is now at (9, 8) with no goal
        body.x = 2;
        body.y = 2;
        memoryTools.remember("food seen here");
        body.x = 9;
        body.y = 8;
        Agent agent = agent(new BodyTools(body), memoryTools);
        int returned = 0;
        // when: ten turns at different times (the planner explores now and then, on purpose)
        for (int t = 1; t <= 10; t++) {
            body.goal = null;
            agent.think(seeing(2.0 * t, List.of(), null, 0));
            boolean toFood = body.goal.equals(List.of(2.0, 2.0));
            boolean inside = body.goal.get(0) >= 1 && body.goal.get(0) <= 11;
            assertTrue(toFood || inside, body.goal.toString());
            returned += toFood ? 1 : 0;
        }
        // then
        assertTrue(returned >= 5, "returned to the remembered food in " + returned + " of 10 turns");
    }

    @Test
    void should_use_only_the_tools_it_is_offered() {
        PlannerTurn turn = agent(new BodyTools(body)).think(seeing(4, List.of(new Point(3, 2.5)), null, 1));
        assertEquals(1, turn.toolCalls());
        assertEquals(0, agent(new BodyTools(body)).failedToolCalls());
        assertEquals(List.of(3.0, 2.5), body.goal);
    }

    @Test
    void should_answer_an_unreadable_observation_with_text_and_no_tool_call() {
        ChatResponse response = new OfflinePlannerModel().chat(UserMessage.from("hello, no JSON here"));
        assertFalse(response.aiMessage().hasToolExecutionRequests());
        assertTrue(response.aiMessage().text().startsWith("I cannot read the observation"));
    }
}
