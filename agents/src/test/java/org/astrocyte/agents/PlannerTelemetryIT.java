package org.astrocyte.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.astrocyte.agents.planner.Observation;
import org.astrocyte.agents.planner.TracedTools;
import org.astrocyte.agents.provider.ChatModelFactory;
import org.astrocyte.agents.provider.PlannerSpec;
import org.astrocyte.agents.telemetry.PlannerTelemetry;
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
 * Planner turns as OpenTelemetry spans after the GenAI conventions: a turn is an {@code invoke_agent} span whose
 * children are its {@code chat} calls (with model and tokens) and its {@code execute_tool} calls; with an OTLP
 * endpoint configured the spans reach a collector over OTLP/HTTP.
 */
class PlannerTelemetryIT {

    private static HazelcastInstance hazelcast;

    @BeforeAll
    static void startMember() {
        hazelcast = EmbeddedHazelcast.start(HazelcastSettings.embedded("telemetry-it-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stopMember() {
        hazelcast.shutdown();
    }

    private static void oneTurn(PlannerSpec spec, PlannerTelemetry telemetry) {
        try (HazelcastEventBus bus = new HazelcastEventBus(hazelcast, "telemetry-" + UUID.randomUUID())) {
            EventEmitter events = new EventEmitter(bus, new EventStamper(new SimulatedClock()));
            Agent agent = new Agent("a1", spec.modelName(), ChatModelFactory.builtIn().create(spec),
                    new TracedTools("a1", events, new BodyTools(new RecordingBody())), events, telemetry.tracer());
            agent.think(new Observation("a1", 2.0, 1, 1, 45, 12, 10, null, List.of(), 0, 0, 0, 0, List.of()));
        }
    }

    private static String attribute(SpanData span, String key) {
        Object value = span.getAttributes().get(AttributeKey.stringKey(key));
        return value == null ? String.valueOf(span.getAttributes().get(AttributeKey.longKey(key))) : value.toString();
    }

    @Test
    void should_make_a_turn_an_invoke_agent_span_with_chat_and_tool_children() throws Exception {
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        try (ChatCompletionsServer server = ChatCompletionsServer.callingThenReplying("set_goal",
                "{\"x\":3,\"y\":4}", "Heading to (3, 4).")) {
            PlannerTelemetry telemetry = PlannerTelemetry.exportingTo(exporter);
            // when
            oneTurn(PlannerSpec.builder("openai").model("test-model").baseUrl(server.baseUrl()).build(), telemetry);
            telemetry.flush();
        }
        // then
        List<SpanData> spans = exporter.getFinishedSpanItems();
        SpanData turn = spans.stream().filter(s -> s.getName().equals("invoke_agent a1")).findFirst().orElseThrow();
        List<SpanData> chats = spans.stream().filter(s -> s.getName().equals("chat openai:test-model")).toList();
        SpanData tool = spans.stream().filter(s -> s.getName().equals("execute_tool set_goal")).findFirst()
                .orElseThrow();
        assertEquals(2, chats.size(), "the tool call, then the answer");
        for (SpanData chat : chats) {
            assertEquals(turn.getSpanId(), chat.getParentSpanId());
            assertEquals("chat", attribute(chat, "gen_ai.operation.name"));
            assertEquals("openai:test-model", attribute(chat, "gen_ai.request.model"));
            assertEquals("50", attribute(chat, "gen_ai.usage.input_tokens"));
            assertEquals("10", attribute(chat, "gen_ai.usage.output_tokens"));
        }
        assertEquals(turn.getSpanId(), tool.getParentSpanId());
        assertEquals("execute_tool", attribute(tool, "gen_ai.operation.name"));
        assertEquals("set_goal", attribute(tool, "gen_ai.tool.name"));
        assertEquals("100", attribute(turn, "gen_ai.usage.input_tokens"));
    }

    @Test
    void should_send_spans_to_the_configured_otlp_endpoint() throws Exception {
        // given: a collector that keeps what it receives
        List<byte[]> received = new CopyOnWriteArrayList<>();
        List<String> paths = new CopyOnWriteArrayList<>();
        HttpServer collector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        collector.createContext("/", exchange -> {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            exchange.getRequestBody().transferTo(body);
            received.add(body.toByteArray());
            paths.add(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        try {
            String endpoint = "http://127.0.0.1:" + collector.getAddress().getPort();
            PlannerTelemetry telemetry = PlannerTelemetry.fromEnvironment(
                    Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint)::get);
            assertTrue(telemetry.enabled());
            // when: one offline turn, then the flush of a run's end
            oneTurn(PlannerSpec.offline(), telemetry);
            telemetry.close();
        } finally {
            collector.stop(0);
        }
        // then: OTLP/HTTP protobuf carries the span names and GenAI attribute keys as plain strings
        assertEquals(List.of("/v1/traces"), paths.stream().distinct().toList());
        String body = new String(received.stream().reduce(new byte[0], PlannerTelemetryIT::concat),
                StandardCharsets.ISO_8859_1);
        assertTrue(body.contains("invoke_agent a1"), "the turn span");
        assertTrue(body.contains("gen_ai.request.model"), "the chat span's attributes");
        assertTrue(body.contains("execute_tool"), "a tool span");
        assertTrue(body.contains(PlannerTelemetry.SERVICE));
    }

    @Test
    void should_make_no_spans_without_an_endpoint() {
        assertEquals(false, PlannerTelemetry.fromEnvironment(Map.<String, String>of()::get).enabled());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
