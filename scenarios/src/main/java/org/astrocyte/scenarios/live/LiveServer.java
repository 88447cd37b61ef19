package org.astrocyte.scenarios.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The live view's web server (the JDK's {@code HttpServer}): {@code GET /} is the page, {@code GET /events} a stream
 * of Server-Sent Events from a {@link LiveFeed}, one JSON message per event (and the browser's favicon request an
 * empty answer). It binds to a loopback address only,
 * since it has neither authentication nor TLS, and serves at most {@value #MAX_PAGES} streams at once.
 */
public final class LiveServer implements AutoCloseable {

    /** Event streams served at once; one more is refused with 503. */
    static final int MAX_PAGES = 8;

    private final HttpServer server;
    private final ExecutorService threads;
    private final LiveFeed feed;
    private final byte[] page;
    private final Set<SseStream> streams = ConcurrentHashMap.newKeySet();

    private LiveServer(HttpServer server, ExecutorService threads, LiveFeed feed, String page) {
        this.server = server;
        this.threads = threads;
        this.feed = feed;
        this.page = page.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Serves {@code feed} at {@code address} (port 0: any free port) with {@link LivePage}'s page.
     *
     * @throws IllegalArgumentException if the address is not a loopback address
     */
    public static LiveServer start(InetSocketAddress address, LiveFeed feed) throws IOException {
        if (address.getAddress() == null || !address.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("the live view serves on a loopback address only (such as "
                    + "127.0.0.1), not " + address.getHostString() + ": it has no authentication and no TLS");
        }
        ExecutorService threads = Executors.newFixedThreadPool(MAX_PAGES + 4, runnable -> {
            Thread thread = new Thread(runnable, "astrocyte-live");
            thread.setDaemon(true);
            return thread;
        });
        HttpServer server;
        try {
            server = HttpServer.create(address, 16);
        } catch (BindException e) {
            threads.shutdown();
            throw new IllegalArgumentException("the live view cannot listen on port " + address.getPort() + ": "
                    + e.getMessage() + " (another --port, or 0 for any free port)", e);
        }
        LiveServer live = new LiveServer(server, threads, feed, LivePage.render());
        server.createContext("/", live::handle);
        server.setExecutor(threads);
        server.start();
        return live;
    }

    /** Where a browser opens the page. */
    public URI url() {
        InetSocketAddress at = server.getAddress();
        return URI.create("http://" + at.getAddress().getHostAddress() + ":" + at.getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                reply(exchange, 405, "text/plain", "only GET\n".getBytes(StandardCharsets.UTF_8));
            } else if ("/".equals(exchange.getRequestURI().getPath())) {
                reply(exchange, 200, "text/html; charset=utf-8", page);
            } else if ("/events".equals(exchange.getRequestURI().getPath())) {
                stream(exchange);
            } else if ("/favicon.ico".equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(204, -1);
            } else {
                reply(exchange, 404, "text/plain", "no such page; the live view is at /\n"
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void stream(HttpExchange exchange) throws IOException {
        SseStream stream = new SseStream();
        synchronized (streams) {
            if (streams.size() >= MAX_PAGES) {
                reply(exchange, 503, "text/plain", ("at most " + MAX_PAGES + " pages at once\n")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            streams.add(stream);
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        feed.listen(stream);
        try (OutputStream out = exchange.getResponseBody()) {
            stream.pump(out);
        } catch (IOException pageGone) {
            // the browser closed the page or lost the connection: nothing to do but stop sending
        } finally {
            feed.forget(stream);
            streams.remove(stream);
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Pages that have the event stream open now. */
    public int pages() {
        return streams.size();
    }

    /** Ends every stream and stops serving. */
    @Override
    public void close() {
        streams.forEach(SseStream::end);
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
