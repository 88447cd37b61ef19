package org.astrocyte.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.astrocyte.agents.budget.PlannerBudget;
import org.astrocyte.agents.planner.Observation;
import org.astrocyte.agents.planner.PlannerTurn;
import org.astrocyte.agents.planner.TracedTools;
import org.astrocyte.agents.provider.ChatModelFactory;
import org.astrocyte.agents.provider.OfflineChatModelProvider;
import org.astrocyte.agents.provider.OpenAiChatModelProvider;
import org.astrocyte.agents.provider.PlannerSpec;
import org.astrocyte.core.bus.HazelcastEventBus;
import org.astrocyte.core.clock.SimulatedClock;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.EventEmitter;
import org.astrocyte.core.event.EventStamper;
import org.astrocyte.core.event.PlannerCalled;
import org.astrocyte.core.event.ToolCalled;
import org.astrocyte.core.event.Topics;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.tools.body.BodyTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI path end to end: the real LangChain4j OpenAI client against a local chat-completions server. */
class OpenAiPlannerIT {

    private static HazelcastInstance hazelcast;

    private HazelcastEventBus bus;
    private EventEmitter events;
    private final List<Event> seen = Collections.synchronizedList(new ArrayList<>());
    private final RecordingBody body = new RecordingBody();

    @BeforeAll
    static void startMember() {
        hazelcast = EmbeddedHazelcast.start(HazelcastSettings.embedded("openai-it-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stopMember() {
        hazelcast.shutdown();
    }

    @BeforeEach
    void openBus() {
        bus = new HazelcastEventBus(hazelcast, "openai-" + UUID.randomUUID());
        events = new EventEmitter(bus, new EventStamper(new SimulatedClock()));
        bus.subscribe(Topics.PLANNER, seen::add);
        bus.subscribe(Topics.TOOLS, seen::add);
    }

    @AfterEach
    void closeBus() {
        bus.close();
    }

    private Agent agentOn(ChatCompletionsServer server) {
        ChatModel model = ChatModelFactory.builtIn()
                .create(PlannerSpec.builder("openai").model("test-model").baseUrl(server.baseUrl())
                        .timeoutSeconds(10.0).build());
        return new Agent("a1", "openai:test-model", model, new TracedTools("a1", events, new BodyTools(body)),
                events);
    }

    private static Observation observation() {
        return new Observation("a1", 2.0, 1, 1, 45, 12, 10, null, List.of(), 0, 0, 0, 0, List.of());
    }

    @Test
    void should_set_the_goal_the_server_asks_for_through_the_real_openai_client() throws Exception {
        // given: a server that calls set_goal, then answers with text once it sees the tool result
        try (ChatCompletionsServer server = ChatCompletionsServer.callingThenReplying(
                "set_goal", "{\"x\":3,\"y\":4}", "Heading to (3, 4).")) {
            Agent agent = agentOn(server);
            // when
            PlannerTurn turn = agent.think(observation());
            // then
            assertNull(turn.error());
            assertEquals("Heading to (3, 4).", turn.reply());
            assertEquals(1, turn.toolCalls());
            assertEquals(List.of(3.0, 4.0), body.goal);
            assertEquals(100, turn.inputTokens(), "tokens as the server reported them, over two requests");
            assertEquals(2, server.requests().size());
            assertTrue(server.requests().get(0).get("tools").toString().contains("set_goal"));
            String observation = server.requests().get(0).get("messages").get(1).get("content").asText();
            assertTrue(observation.contains("\"time_s\":2.0"), observation);
            assertTrue(bus.awaitDelivery(Duration.ofSeconds(10)));
            assertTrue(seen.stream().anyMatch(e -> e instanceof ToolCalled t && t.ok() && t.tool().equals("set_goal")));
            assertTrue(seen.stream().anyMatch(e -> e instanceof PlannerCalled p && p.toolCalls() == 1));
        }
    }

    @Test
    void should_return_an_out_of_range_argument_to_the_model_as_an_error_it_can_read() throws Exception {
        // given: a server that first asks for a goal far outside the arena
        try (ChatCompletionsServer server = ChatCompletionsServer.callingThenReplying(
                "set_goal", "{\"x\":999,\"y\":4}", "Sorry.")) {
            Agent agent = agentOn(server);
            // when
            PlannerTurn turn = agent.think(observation());
            // then
            assertNull(turn.error(), "a bad tool call must not fail the turn");
            assertNull(body.goal, "the goal must not change");
            String toolResult = ChatCompletionsServer.lastMessage(server.requests().get(1)).path("content").asText();
            assertEquals("error: x must be a number from 0 to 12 m, got 999.0", toolResult);
            assertEquals(1, agent.failedToolCalls());
            assertTrue(bus.awaitDelivery(Duration.ofSeconds(10)));
            assertTrue(seen.stream().anyMatch(e -> e instanceof ToolCalled t && !t.ok()));
        }
    }

    @Test
    void should_answer_a_made_up_tool_with_the_list_of_real_ones() throws Exception {
        // given
        try (ChatCompletionsServer server = ChatCompletionsServer.callingThenReplying(
                "teleport", "{}", "ok")) {
            Agent agent = agentOn(server);
            // when
            PlannerTurn turn = agent.think(observation());
            // then
            assertNull(turn.error());
            String toolResult = ChatCompletionsServer.lastMessage(server.requests().get(1)).path("content").asText();
            assertEquals("error: there is no tool 'teleport'; available tools: observe, set_goal, set_heading, stop",
                    toolResult);
        }
    }

    @Test
    void should_answer_malformed_arguments_with_errors_the_model_can_read() throws Exception {
        // given: a string where a number belongs, then arguments that are not JSON, then a good call
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        try (ChatCompletionsServer server = new ChatCompletionsServer(request -> switch (n.getAndIncrement()) {
            case 0 -> ChatCompletionsServer.toolCall("c1", "set_goal", "{\"x\":\"north\",\"y\":4}");
            case 1 -> ChatCompletionsServer.toolCall("c2", "set_goal", "{x: 3,");
            case 2 -> ChatCompletionsServer.toolCall("c3", "set_goal", "{\"x\":3,\"y\":4}");
            default -> ChatCompletionsServer.text("Done.");
        })) {
            Agent agent = agentOn(server);
            // when
            PlannerTurn turn = agent.think(observation());
            // then: two clear errors went back to the model, and the turn went on to the good call
            assertNull(turn.error(), turn.error());
            assertEquals(List.of(3.0, 4.0), body.goal);
            String first = ChatCompletionsServer.lastMessage(server.requests().get(1)).path("content").asText();
            String second = ChatCompletionsServer.lastMessage(server.requests().get(2)).path("content").asText();
            assertTrue(first.startsWith("error: "), first);
            assertTrue(first.contains("north"), first);
            assertTrue(second.startsWith("error: "), second);
            assertEquals(2, agent.failedToolCalls());
        }
    }

    @Test
    void should_give_up_the_turn_after_three_bad_calls() throws Exception {
        // given: a model that never stops asking for a goal outside the arena
        try (ChatCompletionsServer server = new ChatCompletionsServer(request -> ChatCompletionsServer.toolCall(
                "c", "set_goal", "{\"x\":999,\"y\":4}"))) {
            Agent agent = agentOn(server);
            // when
            PlannerTurn turn = agent.think(observation());
            // then
            assertEquals("gave up the turn after 3 bad tool calls; the reflex drives until the next turn",
                    turn.error());
            assertEquals(3, server.requests().size());
            assertEquals(3, agent.failedToolCalls());
            assertNull(body.goal);
        }
    }

    @Test
    void should_end_a_turn_at_its_tool_call_limit_and_price_its_tokens() throws Exception {
        // given: a model that sets goals forever, and a budget of three tool calls a turn at 2 USD / 8 USD per 1M
        try (ChatCompletionsServer server = new ChatCompletionsServer(request -> ChatCompletionsServer.toolCall(
                "c", "set_goal", "{\"x\":3,\"y\":4}"))) {
            ChatModel model = ChatModelFactory.builtIn().create(PlannerSpec.builder("openai").model("test-model")
                    .baseUrl(server.baseUrl()).build());
            Agent agent = new Agent("a1", "openai:test-model", model, new TracedTools("a1", events,
                    new BodyTools(body)), events, null, new PlannerBudget(null, null, null,
                    new PlannerBudget.TokenPrice(2.0, 8.0), 3));
            // when
            PlannerTurn turn = agent.think(observation());
            // then
            assertTrue(turn.error() != null && turn.error().contains("exceeded 3"), turn.error());
            assertEquals(3, agent.toolCalls());
            assertTrue(bus.awaitDelivery(Duration.ofSeconds(10)));
            PlannerCalled called = (PlannerCalled) seen.stream().filter(e -> e instanceof PlannerCalled).findFirst()
                    .orElseThrow();
            assertEquals(0.0, called.costUsd(), "a failed turn reports no tokens, so no cost");
        }
        // and: a turn that succeeds is priced
        try (ChatCompletionsServer server = ChatCompletionsServer.callingThenReplying("set_goal",
                "{\"x\":3,\"y\":4}", "ok")) {
            ChatModel model = ChatModelFactory.builtIn().create(PlannerSpec.builder("openai").model("test-model")
                    .baseUrl(server.baseUrl()).build());
            seen.clear();
            new Agent("a1", "openai:test-model", model, new TracedTools("a1", events, new BodyTools(body)), events,
                    null, new PlannerBudget(null, null, null, new PlannerBudget.TokenPrice(2.0, 8.0), null))
                    .think(observation());
            assertTrue(bus.awaitDelivery(Duration.ofSeconds(10)));
            PlannerCalled called = (PlannerCalled) seen.stream().filter(e -> e instanceof PlannerCalled).findFirst()
                    .orElseThrow();
            assertEquals((100 * 2.0 + 20 * 8.0) / 1e6, called.costUsd(), 1e-15);
        }
    }

    @Test
    void should_survive_a_server_that_fails() throws Exception {
        // given: a server whose replies are not chat completions at all
        try (ChatCompletionsServer server = new ChatCompletionsServer(request -> {
            throw new IllegalStateException("server bug");
        })) {
            Agent agent = agentOn(server);
            // when
            PlannerTurn turn = agent.think(observation());
            // then
            assertFalse(turn.succeeded());
            assertEquals(1, agent.failedTurns());
        }
    }

    @Test
    void should_name_the_missing_key_variable_before_the_run() {
        // given
        ChatModelFactory factory = new ChatModelFactory(
                List.of(new OfflineChatModelProvider(), new OpenAiChatModelProvider()), Map.<String, String>of()::get);
        PlannerSpec spec = PlannerSpec.builder("openai").model("gpt-4o-mini").apiKeyEnv("OPENAI_API_KEY").build();
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> factory.create(spec));
        // then
        assertTrue(e.getMessage().contains("OPENAI_API_KEY"), e.getMessage());
    }
}
