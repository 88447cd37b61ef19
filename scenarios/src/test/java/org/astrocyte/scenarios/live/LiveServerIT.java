package org.astrocyte.scenarios.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.astrocyte.core.event.BodySampled;
import org.astrocyte.core.event.FoodCollected;
import org.astrocyte.core.event.Stamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live view's server over plain HTTP: its page, its Server-Sent Events, its bounds, loopback only. */
class LiveServerIT {

    private static final long WAIT_SECONDS = 10;

    private final DirectBus bus = new DirectBus();
    private final LiveFeed feed = new LiveFeed();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Stream<String>> open = new ArrayList<>();
    private LiveServer server;
    private long sequence;

    @BeforeEach
    void start() throws Exception {
        server = LiveServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), feed);
    }

    @AfterEach
    void stop() {
        open.forEach(Stream::close);
        server.close();
    }

    /** The data lines of an event stream, as the server sends them; read on a thread of the client's own. */
    private BlockingQueue<JsonNode> events() throws Exception {
        HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(server.url().resolve("events"))
                .build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        BlockingQueue<JsonNode> data = new LinkedBlockingQueue<>();
        Stream<String> lines = response.body();
        open.add(lines);
        Thread reader = new Thread(() -> {
            try {
                lines.filter(line -> line.startsWith("data: "))
                        .forEach(line -> data.add(read(line.substring("data: ".length()))));
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        return data;
    }

    private static JsonNode read(String json) {
        try {
            return JsonMapper.builder().build().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode next(BlockingQueue<JsonNode> data) throws InterruptedException {
        JsonNode message = data.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(message, "a message within " + WAIT_SECONDS + " s");
        return message;
    }

    private Stamp stamp(double seconds) {
        return new Stamp("a", Math.round(seconds * 1e6), ++sequence);
    }

    @Test
    void thePageIsServedWithTheArenaDrawingOfTheReport() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.url()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("const AstroArena"), "arena.js is inlined");
        assertTrue(page.body().contains("new EventSource('events')"), "live.js is inlined");
        assertTrue(server.url().toString().startsWith("http://127.0.0.1:"), server.url().toString());
    }

    @Test
    void aStreamStartsWithASnapshotAndThenCarriesEachEventAsItIsPublished() throws Exception {
        // given a run that has started, and a page connected to it
        feed.starting(bus, LiveFeedTest.layout());
        bus.publish(new FoodCollected(stamp(0.5), 0, 1, 1));
        BlockingQueue<JsonNode> data = events();
        // when
        JsonNode snapshot = next(data);
        bus.publish(new BodySampled(stamp(0.6), 1.25, 1.5, 0.1, 0.2, 0.2, 0.75));
        // then
        assertEquals("snapshot", snapshot.path("k").asText());
        assertEquals("a", snapshot.path("world").path("bodies").get(0).path("id").asText());
        assertEquals("FoodCollected", snapshot.path("recent").get(0).path("type").asText());
        assertEquals(0, snapshot.path("food").get(0).get(1).asInt());
        JsonNode body = next(data);
        assertEquals("b", body.path("k").asText());
        assertEquals(1.25, body.path("x").asDouble());
        assertEquals(0.75, body.path("e").asDouble());
        assertEquals(1, server.pages());
    }

    @Test
    void aPageThatJoinsLateGetsOnlyTheLastEventsAndNoMoreThanEightPagesAreServed() throws Exception {
        // given a run with more events than the feed keeps
        feed.starting(bus, LiveFeedTest.layout());
        for (int k = 0; k < LiveFeed.RECENT_EVENTS * 2; k++) {
            bus.publish(new FoodCollected(stamp(k / 10.0), 0, 1, 1));
        }
        // when pages connect
        List<BlockingQueue<JsonNode>> pages = new ArrayList<>();
        for (int i = 0; i < LiveServer.MAX_PAGES; i++) {
            pages.add(events());
        }
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(server.url().resolve("events")).build(),
                HttpResponse.BodyHandlers.ofString());
        // then
        JsonNode snapshot = next(pages.get(0));
        assertEquals(LiveFeed.RECENT_EVENTS, snapshot.path("recent").size());
        assertEquals((LiveFeed.RECENT_EVENTS * 2 - 1) / 10.0, snapshot.path("recent").get(LiveFeed.RECENT_EVENTS - 1)
                .path("t").asDouble(), "the newest are kept");
        assertEquals(503, refused.statusCode(), refused.body());
    }

    @Test
    void onlyGetOfThePageAndTheStreamIsAnswered() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.url())
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(server.url().resolve("trace.jsonl")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals(404, other.statusCode());
    }

    @Test
    void anAddressOtherThanLoopbackIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LiveServer.start(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0), feed));
        assertTrue(e.getMessage().startsWith("the live view serves on a loopback address only"), e.getMessage());
    }
}
