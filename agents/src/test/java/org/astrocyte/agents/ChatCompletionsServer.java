package org.astrocyte.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local HTTP server that speaks the OpenAI chat-completions protocol on loopback, scripted by the test: each
 * request body goes to {@code script}, which returns the assistant message to send back (a tool call or text).
 */
public final class ChatCompletionsServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A scripted reply with this field is sent as an error of that HTTP status instead. */
    private static final String REFUSE = "refuse_with_status";
    /** ... with this Retry-After header, s. */
    private static final String RETRY_AFTER = "retry_after";
    /** A scripted reply with this field is sent this many ms late. */
    private static final String DELAY = "delay_ms";

    private final HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    public ChatCompletionsServer(Function<JsonNode, ObjectNode> script) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> respond(exchange, script));
        // Several handler threads, so that a request the script makes slow does not hold up the next one.
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    /**
     * A server that answers every request with a call of {@code tool}, until the request carries a tool result;
     * then it answers with the text {@code reply}. This is one turn of a tool-using model.
     */
    public static ChatCompletionsServer callingThenReplying(String tool, String arguments, String reply)
            throws IOException {
        return new ChatCompletionsServer(request -> lastMessage(request).path("role").asText().equals("tool")
                ? text(reply) : toolCall("call_1", tool, arguments));
    }

    /**
     * A server that refuses every request with 401 and an error message that echoes the Authorization header it
     * got, as a careless gateway might: what a framework must not pass on.
     */
    public static ChatCompletionsServer refusingAndEchoingTheKey() throws IOException {
        return new ChatCompletionsServer(request -> JSON.createObjectNode().put(REFUSE, 401));
    }

    /** A scripted refusal with HTTP {@code status}, and a Retry-After header when {@code retryAfter} is not null. */
    public static ObjectNode refusal(int status, Integer retryAfter) {
        ObjectNode refusal = JSON.createObjectNode().put(REFUSE, status);
        return retryAfter == null ? refusal : refusal.put(RETRY_AFTER, retryAfter);
    }

    /** {@code reply}, sent {@code millis} late (a slow server). */
    public static ObjectNode late(ObjectNode reply, int millis) {
        return reply.deepCopy().put(DELAY, millis);
    }

    /** The base URL to give the OpenAI client, including {@code /v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The Authorization header of every request, in order (empty when a request had none). */
    public List<String> authorizations() {
        return authorizations;
    }

    /** Every request body received, in order. */
    public List<JsonNode> requests() {
        return requests;
    }

    /** An assistant message that calls one tool. */
    public static ObjectNode toolCall(String id, String tool, String arguments) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant").putNull("content");
        ArrayNode calls = message.putArray("tool_calls");
        ObjectNode call = calls.addObject().put("id", id).put("type", "function");
        call.putObject("function").put("name", tool).put("arguments", arguments);
        return message;
    }

    /** An assistant message with text only. */
    public static ObjectNode text(String content) {
        return JSON.createObjectNode().put("role", "assistant").put("content", content);
    }

    /** The last message of a request, as the client sent it. */
    public static JsonNode lastMessage(JsonNode request) {
        JsonNode messages = request.get("messages");
        return messages.get(messages.size() - 1);
    }

    private void respond(HttpExchange exchange, Function<JsonNode, ObjectNode> script) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        requests.add(request);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(authorization == null ? "" : authorization);
        ObjectNode message = script.apply(request).deepCopy();
        if (message.has(DELAY)) {
            try {
                Thread.sleep(message.remove(DELAY).asInt());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (message.has(REFUSE)) {
            if (message.has(RETRY_AFTER)) {
                exchange.getResponseHeaders().add("Retry-After", message.get(RETRY_AFTER).asText());
            }
            refuse(exchange, message.get(REFUSE).asInt(), authorization);
            return;
        }
        ObjectNode response = JSON.createObjectNode()
                .put("id", "chatcmpl-" + requests.size())
                .put("object", "chat.completion")
                .put("created", 0)
                .put("model", request.path("model").asText());
        ObjectNode choice = response.putArray("choices").addObject().put("index", 0);
        choice.set("message", message);
        choice.put("finish_reason", message.has("tool_calls") ? "tool_calls" : "stop");
        response.putObject("usage").put("prompt_tokens", 50).put("completion_tokens", 10)
                .put("total_tokens", 60);
        byte[] body = JSON.writeValueAsBytes(response);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void refuse(HttpExchange exchange, int status, String authorization) throws IOException {
        ObjectNode error = JSON.createObjectNode();
        error.putObject("error").put("message", "Incorrect API key provided: " + authorization)
                .put("type", "invalid_request_error").put("code", "invalid_api_key");
        byte[] body = JSON.writeValueAsBytes(error);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
