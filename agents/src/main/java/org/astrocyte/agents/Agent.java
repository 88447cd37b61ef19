package org.astrocyte.agents;

import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.tool.ToolErrorContext;
import dev.langchain4j.service.tool.ToolErrorHandlerResult;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;
import org.astrocyte.agents.budget.PlannerBudget;
import org.astrocyte.agents.planner.Observation;
import org.astrocyte.agents.planner.Planner;
import org.astrocyte.agents.planner.PlannerTurn;
import org.astrocyte.agents.planner.TracedTools;
import org.astrocyte.agents.replay.ReplayChatModel;
import org.astrocyte.agents.resilience.ResilientChatModel;
import org.astrocyte.agents.telemetry.GenAiSpans;
import org.astrocyte.agents.telemetry.ListenedChatModel;
import org.astrocyte.core.event.EventEmitter;
import org.astrocyte.core.event.PlannerCalled;

/**
 * An agent's cortex: the planner (a LangChain4j AI Service over the agent's tools) and its accounting. The body,
 * the reflex and the world stay with the runner, which calls {@link #think} every few simulated seconds.
 */
public final class Agent {


    private final String id;
    private final String modelName;
    private final Planner planner;
    private final ChatModel model;
    private final Tracer tracer;
    private final PlannerBudget.TokenPrice price;
    private final TracedTools tools;
    private final EventEmitter events;
    private int turns;
    private int failedTurns;
    private long inputTokens;
    private long outputTokens;

    /**
     * @param model  the chat model (any provider, or the offline planner)
     * @param tools  the agent's tools, already wrapped for tracing
     */
    public Agent(String id, String modelName, ChatModel model, TracedTools tools, EventEmitter events) {
        this(id, modelName, model, tools, events, null, PlannerBudget.unlimited());
    }

    /**
     * An agent whose turns, model calls and tool calls are also OpenTelemetry spans on {@code tracer} (GenAI
     * conventions: {@code invoke_agent}, {@code chat}, {@code execute_tool}); no spans when it is null.
     */
    public Agent(String id, String modelName, ChatModel model, TracedTools tools, EventEmitter events,
            Tracer tracer) {
        this(id, modelName, model, tools, events, tracer, PlannerBudget.unlimited());
    }

    /**
     * As above, chaining at most {@code budget.toolCallsPerTurn()} tool calls a turn and pricing each turn with
     * {@code budget.price()} in its {@code PlannerCalled} event (the budget's limits are the runner's to enforce).
     */
    public Agent(String id, String modelName, ChatModel model, TracedTools tools, EventEmitter events,
            Tracer tracer, PlannerBudget budget) {
        this.id = id;
        this.modelName = modelName;
        this.tools = tools;
        this.events = events;
        this.model = model;
        this.tracer = tracer;
        this.price = budget.price();
        tools.useTracer(tracer);
        this.planner = AiServices.builder(Planner.class)
                .chatModel(tracer == null ? model
                        : new ListenedChatModel(model, List.of(new GenAiSpans(tracer, modelName))))
                .tools(tools.executors())
                .hallucinatedToolNameStrategy(request -> ToolExecutionResultMessage.from(request,
                        tools.unknownTool(request)))
                .maxSequentialToolsInvocations(budget.toolCallsPerTurn())
                .toolExecutionErrorHandler(Agent::toolError)
                .toolArgumentsErrorHandler(Agent::toolError)
                .build();
    }

    public String id() {
        return id;
    }

    /**
     * One planner turn on {@code observation}. A failing model (timeout, refusal, garbage) never escapes: the turn
     * is traced with its error and the reflex keeps driving toward the last goal.
     */
    public PlannerTurn think(Observation observation) {
        if (tracer == null) {
            return turn(observation);
        }
        Span span = tracer.spanBuilder("invoke_agent " + id).setAttribute("gen_ai.operation.name", "invoke_agent")
                .setAttribute("gen_ai.agent.name", id).setAttribute("astrocyte.sim_time_s", observation.timeS())
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            PlannerTurn turn = turn(observation);
            span.setAttribute("gen_ai.usage.input_tokens", turn.inputTokens());
            span.setAttribute("gen_ai.usage.output_tokens", turn.outputTokens());
            if (turn.error() != null) {
                span.setStatus(StatusCode.ERROR, turn.error());
            }
            return turn;
        } finally {
            span.end();
        }
    }

    private PlannerTurn turn(Observation observation) {
        turns++;
        tools.turnStarted();
        int callsBefore = tools.calls();
        PlannerTurn turn;
        try {
            Result<String> result = planner.decide(observation.toJson());
            TokenUsage usage = result.tokenUsage();
            int in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
            int out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
            ResilientChatModel.CallStats retried = retries();
            turn = new PlannerTurn(result.content(), tools.calls() - callsBefore, in, out, null, retried.retries(),
                    retried.waitedMicros());
        } catch (RuntimeException e) {
            // A replay that no longer matches its recording stops the run: answering anyway would be another run.
            ReplayChatModel.ReplayDiverged diverged = causeOfType(e, ReplayChatModel.ReplayDiverged.class);
            if (diverged != null) {
                throw diverged;
            }
            failedTurns++;
            TracedTools.TurnGivenUp given = causeOfType(e, TracedTools.TurnGivenUp.class);
            String message = messageOf(given != null ? given : e);
            ResilientChatModel.CallStats retried = retries();
            turn = new PlannerTurn(null, tools.calls() - callsBefore, 0, 0, message, retried.retries(),
                    retried.waitedMicros());
        }
        inputTokens += turn.inputTokens();
        outputTokens += turn.outputTokens();
        PlannerTurn done = turn;
        events.emit(id, stamp -> new PlannerCalled(stamp, modelName, done.toolCalls(), done.reply(),
                done.inputTokens(), done.outputTokens(), done.error(), done.retries(), done.backoffMicros() / 1000.0,
                price == null ? 0 : price.cost(done.inputTokens(), done.outputTokens())));
        return turn;
    }

    /**
     * What a tool failure tells the model; a given-up turn is not a tool failure but the end of the turn, so it is
     * thrown on out of the AI Service.
     */
    private static ToolErrorHandlerResult toolError(Throwable error, ToolErrorContext context) {
        TracedTools.TurnGivenUp given = causeOfType(error, TracedTools.TurnGivenUp.class);
        if (given != null) {
            throw given;
        }
        return ToolErrorHandlerResult.text("error: " + messageOf(error));
    }

    /** The first throwable of {@code type} in {@code e}'s cause chain, or null. */
    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String messageOf(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The retries of the turn just ended, when the model retries (every model the factory builds does). */
    private ResilientChatModel.CallStats retries() {
        return model instanceof ResilientChatModel resilient ? resilient.takeStats()
                : new ResilientChatModel.CallStats(0, 0);
    }

    /** Planner turns so far. */
    public int turns() {
        return turns;
    }

    /** Turns whose model call failed. */
    public int failedTurns() {
        return failedTurns;
    }

    /** Tool calls so far, including rejected ones. */
    public int toolCalls() {
        return tools.calls();
    }

    /** Tool calls the tools rejected. */
    public int failedToolCalls() {
        return tools.failures();
    }

    public long inputTokens() {
        return inputTokens;
    }

    public long outputTokens() {
        return outputTokens;
    }
}
