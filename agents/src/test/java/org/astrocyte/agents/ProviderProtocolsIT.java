package org.astrocyte.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.astrocyte.agents.planner.Observation;
import org.astrocyte.agents.planner.PlannerTurn;
import org.astrocyte.agents.planner.TracedTools;
import org.astrocyte.agents.provider.ChatModelFactory;
import org.astrocyte.agents.provider.PlannerSpec;
import org.astrocyte.core.bus.HazelcastEventBus;
import org.astrocyte.core.clock.SimulatedClock;
import org.astrocyte.core.event.EventEmitter;
import org.astrocyte.core.event.EventStamper;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.tools.body.BodyTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Providers other than OpenAI, each through its real LangChain4j client against a local server of its protocol:
 * one planner turn that calls {@code set_goal} and then answers. Mistral speaks the chat-completions protocol,
 * Ollama its own {@code /api/chat}, Anthropic the Messages API, Gemini {@code generateContent}. (Azure OpenAI's
 * client refuses to send a key over plain HTTP, so it is checked by configuration only.)
 */
class ProviderProtocolsIT {

    private static HazelcastInstance hazelcast;

    private final RecordingBody body = new RecordingBody();

    @BeforeAll
    static void startMember() {
        hazelcast = EmbeddedHazelcast.start(HazelcastSettings.embedded("providers-it-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stopMember() {
        hazelcast.shutdown();
    }

    private PlannerTurn turnWith(PlannerSpec spec, Map<String, String> environment) {
        ChatModelFactory factory = new ChatModelFactory(ChatModelFactory.builtIn().providers(), environment::get);
        ChatModel model = factory.create(spec);
        try (HazelcastEventBus bus = new HazelcastEventBus(hazelcast, "providers-" + UUID.randomUUID())) {
            EventEmitter events = new EventEmitter(bus, new EventStamper(new SimulatedClock()));
            Agent agent = new Agent("a1", spec.provider(), model, new TracedTools("a1", events, new BodyTools(body)),
                    events);
            return agent.think(new Observation("a1", 2.0, 1, 1, 45, 12, 10, null, List.of(), 0, 0, 0, 0, List.of()));
        }
    }

    @Test
    void should_plan_through_the_real_mistral_client() throws Exception {
        try (ChatCompletionsServer server = ChatCompletionsServer.callingThenReplying(
                "set_goal", "{\"x\":3,\"y\":4}", "Heading to (3, 4).")) {
            // when
            PlannerTurn turn = turnWith(PlannerSpec.builder("mistral").model("mistral-small-latest")
                    .baseUrl(server.baseUrl()).apiKeyEnv("MISTRAL_TEST_KEY").timeoutSeconds(10.0).build(),
                    Map.of("MISTRAL_TEST_KEY", "sk-mistral-test"));
            // then
            assertNull(turn.error());
            assertEquals("Heading to (3, 4).", turn.reply());
            assertEquals(List.of(3.0, 4.0), body.goal);
            assertEquals(2, server.requests().size());
            assertTrue(server.requests().get(0).get("tools").toString().contains("set_goal"));
        }
    }

    @Test
    void should_plan_through_the_real_ollama_client() throws Exception {
        try (OllamaChatServer server = new OllamaChatServer("set_goal", "{\"x\":3,\"y\":4}", "Heading to (3, 4).")) {
            // when
            PlannerTurn turn = turnWith(PlannerSpec.builder("ollama").model("qwen2.5:7b").baseUrl(server.baseUrl())
                    .timeoutSeconds(10.0).build(), Map.of());
            // then
            assertNull(turn.error());
            assertEquals("Heading to (3, 4).", turn.reply());
            assertEquals(List.of(3.0, 4.0), body.goal);
            assertEquals(100, turn.inputTokens(), "tokens as the server reported them, over two requests");
            assertEquals(2, server.requests().size());
            assertTrue(server.requests().get(0).get("tools").toString().contains("set_goal"));
        }
    }

    @Test
    void should_plan_through_the_real_anthropic_client() throws Exception {
        try (ProviderProtocolServer server = new ProviderProtocolServer()) {
            PlannerTurn turn = turnWith(PlannerSpec.builder("anthropic").model("claude-test")
                    .baseUrl(server.baseUrl() + "/v1/").apiKeyEnv("ANTHROPIC_TEST_KEY").timeoutSeconds(10.0).build(),
                    Map.of("ANTHROPIC_TEST_KEY", "sk-ant-test"));
            assertNull(turn.error(), turn.error());
            assertEquals(ProviderProtocolServer.REPLY, turn.reply());
            assertEquals(List.of(3.0, 4.0), body.goal);
            assertEquals(List.of("/v1/messages", "/v1/messages"), server.paths());
            assertTrue(server.requests().get(0).get("tools").toString().contains("set_goal"));
        }
    }

    @Test
    void should_plan_through_the_real_gemini_client() throws Exception {
        try (ProviderProtocolServer server = new ProviderProtocolServer()) {
            PlannerTurn turn = turnWith(PlannerSpec.builder("gemini").model("gemini-test")
                    .baseUrl(server.baseUrl() + "/v1beta").apiKeyEnv("GEMINI_TEST_KEY").timeoutSeconds(10.0).build(),
                    Map.of("GEMINI_TEST_KEY", "gm-test"));
            assertNull(turn.error(), turn.error());
            assertEquals(ProviderProtocolServer.REPLY, turn.reply());
            assertEquals(List.of(3.0, 4.0), body.goal);
            assertTrue(server.paths().get(0).endsWith("/models/gemini-test:generateContent"), server.paths().get(0));
        }
    }

    @Test
    void should_plan_offline_through_the_same_path_as_the_providers() {
        // when: the same turn, with the offline planner and no server at all
        PlannerTurn turn = turnWith(PlannerSpec.offline(), Map.of());
        // then: the same contract: a successful turn that set a goal through the tool, with token counts
        assertNull(turn.error(), turn.error());
        assertEquals(1, turn.toolCalls());
        assertTrue(body.goal != null && body.goal.get(0) >= 0 && body.goal.get(0) <= 12, "goal " + body.goal);
        assertTrue(turn.inputTokens() > 0 && turn.outputTokens() > 0);
        assertTrue(turn.reply() != null && !turn.reply().isBlank());
    }
}
