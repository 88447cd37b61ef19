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
 * A local server that speaks the Anthropic Messages, Google Gemini generateContent and OpenAI chat-completions
 * protocols on loopback, for one planner turn each: it calls {@code set_goal} with (3, 4) until the request carries
 * the tool's result, then answers with text. Paths decide the protocol.
 */
final class ProviderProtocolServer implements AutoCloseable {

    static final String REPLY = "Heading to (3, 4).";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    ProviderProtocolServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::respond);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> paths() {
        return paths;
    }

    List<JsonNode> requests() {
        return requests;
    }

    private void respond(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        paths.add(path);
        requests.add(request);
        ObjectNode response;
        if (path.endsWith("/messages")) {
            response = anthropic(request);
        } else if (path.contains(":generateContent")) {
            response = gemini(request);
        } else {
            response = openAi(request);
        }
        byte[] body = JSON.writeValueAsBytes(response);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static ObjectNode anthropic(JsonNode request) {
        JsonNode messages = request.get("messages");
        JsonNode last = messages.get(messages.size() - 1).path("content");
        boolean answered = last.isArray() && last.size() > 0 && last.get(0).path("type").asText()
                .equals("tool_result");
        ObjectNode response = JSON.createObjectNode().put("id", "msg_1").put("type", "message")
                .put("role", "assistant").put("model", request.path("model").asText());
        if (answered) {
            response.putArray("content").addObject().put("type", "text").put("text", REPLY);
            response.put("stop_reason", "end_turn");
        } else {
            ObjectNode use = response.putArray("content").addObject().put("type", "tool_use").put("id", "toolu_1")
                    .put("name", "set_goal");
            use.putObject("input").put("x", 3).put("y", 4);
            response.put("stop_reason", "tool_use");
        }
        response.putObject("usage").put("input_tokens", 50).put("output_tokens", 10);
        return response;
    }

    private static ObjectNode gemini(JsonNode request) {
        JsonNode contents = request.get("contents");
        JsonNode parts = contents.get(contents.size() - 1).path("parts");
        boolean answered = parts.size() > 0 && parts.get(0).has("functionResponse");
        ObjectNode response = JSON.createObjectNode();
        ObjectNode candidate = response.putArray("candidates").addObject();
        ObjectNode content = candidate.putObject("content").put("role", "model");
        if (answered) {
            content.putArray("parts").addObject().put("text", REPLY);
        } else {
            ObjectNode call = content.putArray("parts").addObject().putObject("functionCall").put("name", "set_goal");
            call.putObject("args").put("x", 3).put("y", 4);
        }
        candidate.put("finishReason", "STOP");
        response.putObject("usageMetadata").put("promptTokenCount", 50).put("candidatesTokenCount", 10)
                .put("totalTokenCount", 60);
        return response;
    }

    private static ObjectNode openAi(JsonNode request) {
        JsonNode messages = request.get("messages");
        boolean answered = messages.get(messages.size() - 1).path("role").asText().equals("tool");
        ObjectNode message = answered ? ChatCompletionsServer.text(REPLY)
                : ChatCompletionsServer.toolCall("call_1", "set_goal", "{\"x\":3,\"y\":4}");
        ObjectNode response = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 0).put("model", request.path("model").asText("deployment"));
        ObjectNode choice = response.putArray("choices").addObject().put("index", 0);
        choice.set("message", message);
        choice.put("finish_reason", answered ? "stop" : "tool_calls");
        response.putObject("usage").put("prompt_tokens", 50).put("completion_tokens", 10).put("total_tokens", 60);
        return response;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
