package org.astrocyte.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.astrocyte.core.bus.HazelcastEventBus;
import org.astrocyte.core.clock.SimulatedClock;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.EventEmitter;
import org.astrocyte.core.event.EventStamper;
import org.astrocyte.core.event.MemoryConsolidated;
import org.astrocyte.core.event.MemoryRecalled;
import org.astrocyte.core.event.MemoryStored;
import org.astrocyte.core.event.Topics;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.memory.encoder.EpisodeEncoder;
import org.astrocyte.memory.hazelcast.HazelcastEpisodicMemory;
import org.astrocyte.tools.body.BodyControl;
import org.astrocyte.tools.body.BodyTools;
import org.astrocyte.tools.memory.ConsolidateTool;
import org.astrocyte.tools.memory.ForgetTool;
import org.astrocyte.tools.memory.MemoryTools;
import org.astrocyte.memory.consolidation.ConsolidationPolicy;
import org.astrocyte.memory.consolidation.MemoryConsolidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ToolsTest {

    private static HazelcastInstance hazelcast;

    private final MovableBody body = new MovableBody();
    private final SimulatedClock clock = new SimulatedClock();
    private final List<Event> events = Collections.synchronizedList(new ArrayList<>());
    private HazelcastEventBus bus;
    private MemoryTools memory;
    private HazelcastEpisodicMemory store;

    @BeforeAll
    static void startMember() {
        hazelcast = EmbeddedHazelcast.start(HazelcastSettings.embedded("tools-test-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stopMember() {
        hazelcast.shutdown();
    }

    @BeforeEach
    void open() {
        bus = new HazelcastEventBus(hazelcast, "tools-" + UUID.randomUUID());
        bus.subscribe(Topics.MEMORY, events::add);
        store = new HazelcastEpisodicMemory(hazelcast, "mem-" + UUID.randomUUID());
        memory = new MemoryTools("a1", store, EpisodeEncoder.defaults(), body, clock,
                new EventEmitter(bus, new EventStamper(clock)));
    }

    @AfterEach
    void close() {
        bus.close();
    }

    @Test
    void should_set_a_goal_inside_the_arena() {
        String result = new BodyTools(body).setGoal(3, 4.5);
        assertEquals(List.of(3.0, 4.5), body.goal);
        assertTrue(result.startsWith("goal set to (3.00, 4.50)"), result);
    }

    @Test
    void should_reject_goals_outside_the_arena_or_not_finite_and_keep_the_old_goal() {
        BodyTools tools = new BodyTools(body);
        for (double[] bad : new double[][] {{-0.1, 1}, {12.5, 1}, {1, 10.01}, {Double.NaN, 1}, {1, Double.POSITIVE_INFINITY}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> tools.setGoal(bad[0], bad[1]));
            assertTrue(e.getMessage().matches("[xy] must be a number from 0 to 1[02] m, got .*"), e.getMessage());
        }
        assertEquals(null, body.goal);
    }

    @Test
    void should_remember_at_the_current_place_and_recall_by_words() throws Exception {
        // given
        body.x = 2;
        body.y = 3;
        memory.remember("food seen here");
        clock.advance(5_000_000);
        body.x = 9;
        body.y = 8;
        memory.remember("cold wall");
        // when
        JsonNode hits = new ObjectMapper().readTree(memory.recall("where was FOOD?"));
        // then
        assertEquals(1, hits.size(), hits.toString());
        assertEquals("food seen here", hits.get(0).get("note").asText());
        assertEquals(2.0, hits.get(0).get("x").asDouble());
        assertEquals(0.0, hits.get(0).get("time_s").asDouble());
        assertEquals("[]", memory.recall("water"));
        assertTrue(bus.awaitDelivery(Duration.ofSeconds(10)));
        assertEquals(2, events.stream().filter(e -> e instanceof MemoryStored).count());
        assertEquals(2, events.stream().filter(e -> e instanceof MemoryRecalled).count());
    }

    @Test
    void should_forget_only_the_agents_own_notes_by_the_id_recall_gave() throws Exception {
        // given
        memory.remember("food seen here");
        String id = new ObjectMapper().readTree(memory.recall("food")).get(0).get("id").asText();
        ForgetTool mine = new ForgetTool("a1", store);
        ForgetTool theirs = new ForgetTool("a2", store);
        // then
        assertEquals("there is no note '" + id + "' of yours; recall returns the ids of notes", theirs.forget(id));
        assertEquals("forgot '" + id + "'", mine.forget(id));
        assertEquals("[]", memory.recall("food"));
        assertThrows(IllegalArgumentException.class, () -> mine.forget("x".repeat(201)));
    }

    @Test
    void should_consolidate_repeated_notes_into_knowledge_at_the_simulated_time() throws Exception {
        // given: the same note three times at nearly the same place
        for (int i = 0; i < 3; i++) {
            body.x = 2 + i * 0.01;
            memory.remember("food under the tree");
            clock.advance(1_000_000);
        }
        ConsolidateTool tool = new ConsolidateTool("a1", store,
                new MemoryConsolidator(ConsolidationPolicy.defaults()), clock,
                new EventEmitter(bus, new EventStamper(clock)));
        // when
        String result = tool.consolidate();
        // then
        assertEquals("replayed 3, 1 prototype, 0 decayed, 0 evicted", result);
        assertEquals(4, store.count());
        JsonNode hits = new ObjectMapper().readTree(memory.recall("food under the tree"));
        assertEquals(4, hits.size(), hits.toString());
        assertTrue(bus.awaitDelivery(Duration.ofSeconds(10)));
        MemoryConsolidated traced = (MemoryConsolidated) events.stream().filter(e -> e instanceof MemoryConsolidated)
                .findFirst().orElseThrow();
        assertEquals(3, traced.replayed());
        assertEquals(List.of("knowledge-a1-1"), traced.prototypes());
    }

    @Test
    void should_turn_a_heading_into_a_goal_near_the_wall_that_way_and_stop() {
        // given: the body at (1, 1) in a 12 x 10 m arena
        BodyTools tools = new BodyTools(body);
        // when / then: north-east at 45 degrees reaches y = 9.5 first
        assertEquals("heading 45 degrees: goal set to (9.50, 9.50), 12.02 m ahead", tools.setHeading(45));
        assertEquals(9.5, body.goal.get(0), 1e-9);
        assertEquals(9.5, body.goal.get(1), 1e-9);
        assertEquals("heading 180 degrees: goal set to (0.50, 1.00), 0.50 m ahead", tools.setHeading(180));
        assertEquals("stopped", tools.stop());
        assertEquals(null, body.goal);
        assertEquals("{\"x\":1.00,\"y\":1.00,\"heading_deg\":0}", tools.observe());
        assertEquals("headingDeg must be a number from -360 to 360 degrees, got 400.0",
                assertThrows(IllegalArgumentException.class, () -> tools.setHeading(400)).getMessage());
    }

    @Test
    void should_bound_the_text_the_model_sends() {
        assertThrows(IllegalArgumentException.class, () -> memory.remember("   "));
        assertThrows(IllegalArgumentException.class, () -> memory.remember(null));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> memory.remember("x".repeat(MemoryTools.MAX_NOTE_CHARS + 1)));
        assertEquals("note must be at most 500 characters, got 501", tooLong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> memory.recall("q".repeat(201)));
        assertTrue(memory.remember("food\u0000\nhere").startsWith("remembered 'food  here'"));
    }

    /** A body in a 12 x 10 m arena that records its goal. */
    static final class MovableBody implements BodyControl {
        double x = 1;
        double y = 1;
        List<Double> goal;

        @Override
        public double headingDeg() {
            return 0;
        }

        @Override
        public void stop() {
            goal = null;
        }

        @Override
        public double x() {
            return x;
        }

        @Override
        public double y() {
            return y;
        }

        @Override
        public double arenaWidth() {
            return 12;
        }

        @Override
        public double arenaHeight() {
            return 10;
        }

        @Override
        public void setGoal(double gx, double gy) {
            goal = List.of(gx, gy);
        }
    }
}
