package org.astrocyte.agents.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The file a planner's calls are recorded to and replayed from, JSON Lines: a header
 * {@code {"format":1,"model":"openai:gpt-4o-mini"}}, then one line per call with the request (messages in
 * LangChain4j's JSON, tool names) and either the response (the AI message, token usage, finish reason) or the error
 * the call failed with.
 */
final class PlannerRecording {

    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlannerRecording() {
    }

    /** A recorded call: the request's messages and tools, and what came back. */
    record Call(String messages, List<String> tools, ChatResponse response, String error, boolean retriable,
            Double retryAfter) {
    }

    static String header(String model) {
        return JSON.createObjectNode().put("format", FORMAT).put("model", model).toString();
    }

    static String request(ChatRequest request) {
        return ChatMessageSerializer.messagesToJson(request.messages());
    }

    static List<String> tools(ChatRequest request) {
        return request.toolSpecifications() == null ? List.of()
                : request.toolSpecifications().stream().map(ToolSpecification::name).toList();
    }

    static String line(ChatRequest request, ChatResponse response, String error, boolean retriable,
            Double retryAfter) {
        ObjectNode line = JSON.createObjectNode();
        line.put("messages", request(request));
        ArrayNode tools = line.putArray("tools");
        tools(request).forEach(tools::add);
        if (response != null) {
            ObjectNode out = line.putObject("response");
            out.put("aiMessage", ChatMessageSerializer.messageToJson(response.aiMessage()));
            TokenUsage usage = response.tokenUsage();
            if (usage != null) {
                out.put("inputTokens", usage.inputTokenCount());
                out.put("outputTokens", usage.outputTokenCount());
            }
            if (response.finishReason() != null) {
                out.put("finishReason", response.finishReason().name());
            }
            out.put("modelName", response.modelName());
        } else {
            line.put("error", error);
            line.put("retriable", retriable);
            if (retryAfter != null) {
                line.put("retryAfter", retryAfter);
            }
        }
        return line.toString();
    }

    /** The model named in the header of {@code file}. */
    static String model(Path file) {
        List<String> lines = read(file);
        return header(file, lines).path("model").asText();
    }

    /**
     * The calls of {@code file}, in order.
     *
     * @throws IllegalArgumentException naming the file and line of what is not a recorded call
     */
    static List<Call> calls(Path file) {
        List<String> lines = read(file);
        header(file, lines);
        List<Call> calls = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(lines.get(i));
                List<String> tools = new ArrayList<>();
                node.path("tools").forEach(t -> tools.add(t.asText()));
                JsonNode out = node.get("response");
                ChatResponse response = null;
                if (out != null) {
                    ChatResponse.Builder builder = ChatResponse.builder()
                            .aiMessage((AiMessage) ChatMessageDeserializer.messageFromJson(out.get("aiMessage")
                                    .asText()));
                    if (out.has("inputTokens")) {
                        builder.tokenUsage(new TokenUsage(out.path("inputTokens").isNull() ? null
                                : out.get("inputTokens").asInt(), out.path("outputTokens").isNull() ? null
                                : out.get("outputTokens").asInt()));
                    }
                    if (out.hasNonNull("finishReason")) {
                        builder.finishReason(FinishReason.valueOf(out.get("finishReason").asText()));
                    }
                    if (out.hasNonNull("modelName")) {
                        builder.modelName(out.get("modelName").asText());
                    }
                    response = builder.build();
                }
                calls.add(new Call(node.get("messages").asText(), tools, response, node.path("error").asText(null),
                        node.path("retriable").asBoolean(false),
                        node.hasNonNull("retryAfter") ? node.get("retryAfter").asDouble() : null));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a recorded planner call: "
                        + e.getMessage(), e);
            }
        }
        return calls;
    }

    private static JsonNode header(Path file, List<String> lines) {
        try {
            JsonNode header = lines.isEmpty() ? null : JSON.readTree(lines.get(0));
            if (header == null || header.path("format").asInt() != FORMAT || !header.hasNonNull("model")) {
                throw new IllegalArgumentException(file + ":1: expected a planner recording header "
                        + "{\"format\":" + FORMAT + ",\"model\":...}");
            }
            return header;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ":1: expected a planner recording header: " + e.getMessage(),
                    e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("no planner recording at " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the planner recording " + file, e);
        }
    }
}
