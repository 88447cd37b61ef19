package org.astrocyte.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server that speaks Ollama's {@code /api/chat} protocol on loopback: it calls one tool until the
 * request carries the tool's result, then answers with text, as one turn of a tool-using model.
 */
final class OllamaChatServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final String tool;
    private final String arguments;
    private final String reply;

    OllamaChatServer(String tool, String arguments, String reply) throws IOException {
        this.tool = tool;
        this.arguments = arguments;
        this.reply = reply;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/chat", this::respond);
        server.start();
    }

    /** The base URL to give the Ollama client. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request body received, in order. */
    List<JsonNode> requests() {
        return requests;
    }

    private void respond(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        requests.add(request);
        JsonNode messages = request.get("messages");
        boolean answered = messages.get(messages.size() - 1).path("role").asText().equals("tool");
        ObjectNode response = JSON.createObjectNode()
                .put("model", request.path("model").asText())
                .put("created_at", "2026-11-23T10:00:00Z");
        ObjectNode message = response.putObject("message").put("role", "assistant");
        if (answered) {
            message.put("content", reply);
        } else {
            message.put("content", "");
            message.putArray("tool_calls").addObject().putObject("function").put("name", tool)
                    .set("arguments", JSON.readTree(arguments));
        }
        response.put("done", true).put("done_reason", "stop").put("prompt_eval_count", 50).put("eval_count", 10);
        byte[] body = JSON.writeValueAsBytes(response);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
