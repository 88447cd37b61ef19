package org.astrocyte.agents.offline;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.astrocyte.agents.planner.Observation;

/**
 * A deterministic, rule-based {@link ChatModel}: it reads the observation in the last user message and the tools
 * the request offers, and answers with tool calls and a short rationale, through exactly the path a real provider
 * takes (AI Service, tool execution, tool results back). Token counts are estimated at four characters a token,
 * so that budgets and reports work offline.
 */
public final class OfflinePlannerModel implements ChatModel {

    /** The model name reported in traces. */
    public static final String MODEL_NAME = "offline-forager";

    private final ForagingRules rules = new ForagingRules();

    @Override
    public ChatResponse doChat(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        int start = lastUserMessage(messages);
        Set<String> offered = request.toolSpecifications() == null ? Set.of()
                : request.toolSpecifications().stream().map(ToolSpecification::name).collect(Collectors.toSet());
        AiMessage answer;
        if (start < 0) {
            answer = AiMessage.from("I have no observation to plan from.");
        } else {
            answer = answer(messages.subList(start, messages.size()), offered);
        }
        return ChatResponse.builder()
                .aiMessage(answer)
                .modelName(MODEL_NAME)
                .tokenUsage(new TokenUsage(estimateTokens(messages), estimateTokens(List.of(answer))))
                .finishReason(answer.hasToolExecutionRequests() ? FinishReason.TOOL_EXECUTION : FinishReason.STOP)
                .build();
    }

    private AiMessage answer(List<ChatMessage> turn, Set<String> offered) {
        Observation observation;
        try {
            observation = Observation.fromJson(jsonPart(((UserMessage) turn.get(0)).singleText()));
        } catch (RuntimeException e) {
            return AiMessage.from("I cannot read the observation: " + e.getMessage());
        }
        List<ForagingRules.Result> results = new ArrayList<>();
        String reason = null;
        int callNumber = 0;
        for (ChatMessage message : turn) {
            if (message instanceof ToolExecutionResultMessage result) {
                results.add(new ForagingRules.Result(result.toolName(), result.text()));
            } else if (message instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                reason = ai.text();
                callNumber += ai.toolExecutionRequests().size();
            }
        }
        ForagingRules.Step step = rules.next(observation, results, offered, reason);
        if (step.isFinal()) {
            return AiMessage.from(step.reason());
        }
        List<ToolExecutionRequest> requests = new ArrayList<>();
        for (ForagingRules.Call call : step.calls()) {
            callNumber++;
            requests.add(ToolExecutionRequest.builder()
                    .id("call_" + callNumber)
                    .name(call.tool())
                    .arguments(call.arguments())
                    .build());
        }
        return AiMessage.from(step.reason(), requests);
    }

    private static int lastUserMessage(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage) {
                return i;
            }
        }
        return -1;
    }

    private static String jsonPart(String text) {
        int brace = text.indexOf('{');
        if (brace < 0) {
            throw new IllegalArgumentException("no JSON object in the message");
        }
        return text.substring(brace);
    }

    private static int estimateTokens(List<? extends ChatMessage> messages) {
        long chars = 0;
        for (ChatMessage message : messages) {
            if (message instanceof UserMessage user && user.hasSingleText()) {
                chars += user.singleText().length();
            } else if (message instanceof SystemMessage system) {
                chars += system.text().length();
            } else if (message instanceof ToolExecutionResultMessage result) {
                chars += result.text().length();
            } else if (message instanceof AiMessage ai) {
                chars += ai.text() == null ? 0 : ai.text().length();
                if (ai.hasToolExecutionRequests()) {
                    for (ToolExecutionRequest request : ai.toolExecutionRequests()) {
                        chars += request.name().length() + request.arguments().length();
                    }
                }
            }
        }
        return (int) Math.max(1, (chars + 3) / 4);
    }
}
