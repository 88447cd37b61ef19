package org.astrocyte.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A {@link ChatModel} for tests that answers by rules: the first rule whose predicate holds for the request chooses
 * the reply, a text or tool calls, so an agent can be tested through the real planner path (AI Service, tool
 * execution, tracing) without an LLM. Token usage is estimated from the text (4 characters a token).
 *
 * <pre>{@code
 * ScriptedChatModel model = ScriptedChatModel.builder()
 *         .when(ScriptedChatModel.toolAnswered()).reply("done")
 *         .when(ScriptedChatModel.observationContains("\"food_visible\":[{")).callTool("set_goal", "{\"x\":3,\"y\":4}")
 *         .otherwise("nothing to do");
 * }</pre>
 */
public final class ScriptedChatModel implements ChatModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Rule> rules;
    private final Function<ChatRequest, AiMessage> otherwise;
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    private record Rule(Predicate<ChatRequest> when, Function<ChatRequest, AiMessage> reply) {
    }

    private ScriptedChatModel(List<Rule> rules, Function<ChatRequest, AiMessage> otherwise) {
        this.rules = List.copyOf(rules);
        this.otherwise = otherwise;
    }

    /** Starts the rules. */
    public static Builder builder() {
        return new Builder();
    }

    /** True when the last message is a tool's result: the model is asked to go on after its tool call. */
    public static Predicate<ChatRequest> toolAnswered() {
        return request -> last(request) instanceof ToolExecutionResultMessage;
    }

    /** True when the last user message (the observation) contains {@code text}. */
    public static Predicate<ChatRequest> observationContains(String text) {
        return request -> {
            List<ChatMessage> messages = request.messages();
            for (int i = messages.size() - 1; i >= 0; i--) {
                if (messages.get(i) instanceof UserMessage user && user.hasSingleText()) {
                    return user.singleText().contains(text);
                }
            }
            return false;
        };
    }

    /** True when the request offers the tool {@code name}. */
    public static Predicate<ChatRequest> offers(String name) {
        return request -> request.toolSpecifications() != null
                && request.toolSpecifications().stream().anyMatch(tool -> tool.name().equals(name));
    }

    /**
     * The observation the planner sent in {@code request} (the JSON of its last user message), e.g.
     * {@code observation(request).get("food_visible")}.
     *
     * @throws IllegalArgumentException if the request carries no observation
     */
    public static JsonNode observation(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage user && user.hasSingleText()
                    && user.singleText().contains("{")) {
                String text = user.singleText();
                try {
                    return JSON.readTree(text.substring(text.indexOf('{')));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("the last user message holds no observation: " + text, e);
                }
            }
        }
        throw new IllegalArgumentException("the request holds no user message");
    }

    /** Every request received, in order. */
    public List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        AiMessage reply = rules.stream().filter(rule -> rule.when().test(request)).findFirst()
                .map(rule -> rule.reply().apply(request)).orElseGet(() -> otherwise.apply(request));
        int in = request.messages().stream().mapToInt(m -> m.toString().length()).sum() / 4 + 1;
        int out = (reply.text() == null ? 0 : reply.text().length()) / 4 + 1;
        return ChatResponse.builder().aiMessage(reply).tokenUsage(new TokenUsage(in, out))
                .finishReason(reply.hasToolExecutionRequests() ? FinishReason.TOOL_EXECUTION : FinishReason.STOP)
                .build();
    }

    private static ChatMessage last(ChatRequest request) {
        return request.messages().isEmpty() ? null : request.messages().get(request.messages().size() - 1);
    }

    /** Collects the rules, first match wins. */
    public static final class Builder {
        private final List<Rule> rules = new ArrayList<>();

        /** A rule for the requests {@code when} accepts; say what it answers next. */
        public RuleBuilder when(Predicate<ChatRequest> when) {
            return new RuleBuilder(this, when);
        }

        /** The model, answering {@code text} when no rule holds. */
        public ScriptedChatModel otherwise(String text) {
            return new ScriptedChatModel(rules, request -> AiMessage.from(text));
        }
    }

    /** The answer of one rule. */
    public static final class RuleBuilder {
        private final Builder builder;
        private final Predicate<ChatRequest> when;
        private int calls;

        private RuleBuilder(Builder builder, Predicate<ChatRequest> when) {
            this.builder = builder;
            this.when = when;
        }

        /** Answers {@code text}. */
        public Builder reply(String text) {
            builder.rules.add(new Rule(when, request -> AiMessage.from(text)));
            return builder;
        }

        /** Calls the tool {@code name} with the JSON {@code arguments}. */
        public Builder callTool(String name, String arguments) {
            return callTool(request -> ToolExecutionRequest.builder().name(name).arguments(arguments));
        }

        /** Calls the tool that {@code call} makes of the request (a builder with the name and arguments set). */
        public Builder callTool(Function<ChatRequest, ToolExecutionRequest.Builder> call) {
            builder.rules.add(new Rule(when, request -> AiMessage.from(List.of(call.apply(request)
                    .id("call-" + ++calls).build()))));
            return builder;
        }
    }
}
