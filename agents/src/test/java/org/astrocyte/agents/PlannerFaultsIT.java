package org.astrocyte.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.astrocyte.agents.planner.Observation;
import org.astrocyte.agents.planner.PlannerTurn;
import org.astrocyte.agents.planner.TracedTools;
import org.astrocyte.agents.provider.ChatModelFactory;
import org.astrocyte.agents.provider.PlannerSpec;
import org.astrocyte.agents.resilience.RetryPolicy;
import org.astrocyte.core.bus.HazelcastEventBus;
import org.astrocyte.core.clock.SimulatedClock;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.EventEmitter;
import org.astrocyte.core.event.EventStamper;
import org.astrocyte.core.event.PlannerCalled;
import org.astrocyte.core.event.Topics;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.tools.body.BodyTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults injected by a local chat-completions server into the real OpenAI client: rate limits with Retry-After,
 * server errors, a reply slower than the timeout, a refused key, a server that never recovers. Retries are counted
 * in simulated time (the test does not wait for them), each turn is traced with its retries and backoff, and a
 * turn that cannot succeed fails cleanly.
 */
class PlannerFaultsIT {

    private static final ObjectNode CALL = ChatCompletionsServer.toolCall("call_1", "set_goal", "{\"x\":3,\"y\":4}");
    private static final ObjectNode DONE = ChatCompletionsServer.text("Heading to (3, 4).");

    private static HazelcastInstance hazelcast;

    private final RecordingBody body = new RecordingBody();
    private final List<Event> traced = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startMember() {
        hazelcast = EmbeddedHazelcast.start(HazelcastSettings.embedded("faults-it-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stopMember() {
        hazelcast.shutdown();
    }

    /** A script that answers the n-th request (from 0) with {@code replies[n]}, the last one from then on. */
    private static Function<JsonNode, ObjectNode> inTurn(ObjectNode... replies) {
        AtomicInteger next = new AtomicInteger();
        return request -> replies[Math.min(next.getAndIncrement(), replies.length - 1)];
    }

    private PlannerTurn turnAgainst(ChatCompletionsServer server, double timeoutSeconds) throws Exception {
        PlannerSpec spec = PlannerSpec.builder("openai").model("test-model").baseUrl(server.baseUrl())
                .timeoutSeconds(timeoutSeconds).retry(new RetryPolicy(3, 1.0, 30.0, 0.2)).build();
        try (HazelcastEventBus bus = new HazelcastEventBus(hazelcast, "faults-" + UUID.randomUUID())) {
            bus.subscribe(Topics.PLANNER, traced::add);
            EventEmitter events = new EventEmitter(bus, new EventStamper(new SimulatedClock()));
            Agent agent = new Agent("a1", "openai:test-model", ChatModelFactory.builtIn().create(spec),
                    new TracedTools("a1", events, new BodyTools(body)), events);
            PlannerTurn turn = agent.think(new Observation("a1", 2.0, 1, 1, 45, 12, 10, null, List.of(), 0, 0, 0,
                    0, List.of()));
            assertTrue(bus.awaitDelivery(Duration.ofSeconds(10)));
            return turn;
        }
    }

    private PlannerCalled tracedTurn() {
        return (PlannerCalled) traced.stream().filter(e -> e instanceof PlannerCalled).findFirst().orElseThrow();
    }

    @Test
    void should_wait_what_retry_after_says_on_a_rate_limit_and_then_succeed() throws Exception {
        try (ChatCompletionsServer server = new ChatCompletionsServer(inTurn(
                ChatCompletionsServer.refusal(429, 7), CALL, DONE))) {
            PlannerTurn turn = turnAgainst(server, 10);
            assertNull(turn.error());
            assertEquals(List.of(3.0, 4.0), body.goal);
            assertEquals(1, turn.retries());
            assertEquals(7_000_000, turn.backoffMicros(), "Retry-After: 7, in simulated time");
            assertEquals(3, server.requests().size());
            assertEquals(1, tracedTurn().retries());
            assertEquals(7000.0, tracedTurn().backoffMs());
        }
    }

    @Test
    void should_back_off_exponentially_with_jitter_on_server_errors() throws Exception {
        try (ChatCompletionsServer server = new ChatCompletionsServer(inTurn(
                ChatCompletionsServer.refusal(500, null), ChatCompletionsServer.refusal(503, null), CALL, DONE))) {
            PlannerTurn turn = turnAgainst(server, 10);
            assertNull(turn.error());
            assertEquals(2, turn.retries());
            assertTrue(turn.backoffMicros() >= 0.8 * 3_000_000 && turn.backoffMicros() <= 1.2 * 3_000_000,
                    "1 s then 2 s, each within 20%: " + turn.backoffMicros());
        }
    }

    @Test
    void should_retry_a_reply_slower_than_the_timeout() throws Exception {
        try (ChatCompletionsServer server = new ChatCompletionsServer(inTurn(
                ChatCompletionsServer.late(CALL, 1500), CALL, DONE))) {
            PlannerTurn turn = turnAgainst(server, 0.5);
            assertNull(turn.error());
            assertEquals(1, turn.retries());
            assertEquals(List.of(3.0, 4.0), body.goal);
        }
    }

    @Test
    void should_not_retry_a_refused_key_and_trace_the_error() throws Exception {
        try (ChatCompletionsServer server = new ChatCompletionsServer(inTurn(ChatCompletionsServer.refusal(401,
                null)))) {
            PlannerTurn turn = turnAgainst(server, 10);
            assertTrue(turn.error() != null && turn.error().contains("Incorrect API key"), turn.error());
            assertEquals(0, turn.retries());
            assertEquals(1, server.requests().size());
            assertEquals(null, body.goal, "no decision: the reflex keeps the body safe");
            assertEquals(turn.error(), tracedTurn().error());
        }
    }

    @Test
    void should_give_up_after_the_last_retry_of_a_server_that_never_recovers() throws Exception {
        try (ChatCompletionsServer server = new ChatCompletionsServer(inTurn(ChatCompletionsServer.refusal(503,
                2)))) {
            PlannerTurn turn = turnAgainst(server, 10);
            assertTrue(turn.error() != null, "the turn failed");
            assertEquals(3, turn.retries());
            assertEquals(6_000_000, turn.backoffMicros(), "three Retry-After: 2");
            assertEquals(4, server.requests().size());
        }
    }
}
