package org.astrocyte.agents.planner;

import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.tool.DefaultToolExecutor;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.astrocyte.core.event.EventEmitter;
import org.astrocyte.core.event.ToolCalled;

/**
 * Wraps an agent's tool objects for an AI Service so that every call, good or bad, is traced as a
 * {@link ToolCalled} event and counted, and so that no failure of a tool (bad JSON, a value out of range, a bug)
 * escapes into the run: the model gets an {@code error: ...} result it can correct.
 */
public final class TracedTools {

    /** Longest tool result kept in a trace event, in characters. */
    static final int MAX_TRACED_RESULT = 500;

    /**
     * Bad tool calls (rejected arguments, unknown tools, failures) a model may make in one turn: after this many
     * the turn is given up, and the reflex keeps the body safe until the next.
     */
    public static final int MAX_BAD_CALLS_PER_TURN = 3;

    private final String agentId;
    private final EventEmitter events;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger badCallsThisTurn = new AtomicInteger();
    private volatile Tracer tracer;
    private final Map<ToolSpecification, ToolExecutor> executors = new LinkedHashMap<>();

    public TracedTools(String agentId, EventEmitter events, Object... tools) {
        this.agentId = agentId;
        this.events = events;
        for (Object tool : tools) {
            Arrays.stream(tool.getClass().getMethods())
                    .filter(m -> m.isAnnotationPresent(Tool.class))
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(m -> executors.put(ToolSpecifications.toolSpecificationFrom(m),
                            traced(new DefaultToolExecutor(tool, m))));
        }
    }

    /** The tools with their traced executors, for {@code AiServices.builder(...).tools(map)}. */
    public Map<ToolSpecification, ToolExecutor> executors() {
        return executors;
    }

    /** Makes every tool call also an {@code execute_tool} span on {@code tracer}; none when it is null. */
    public void useTracer(Tracer tracer) {
        this.tracer = tracer;
    }

    /** A planner turn starts: its count of bad calls starts from zero. */
    public void turnStarted() {
        badCallsThisTurn.set(0);
    }

    /** Tool calls so far, including rejected ones. */
    public int calls() {
        return calls.get();
    }

    /** Tool calls that were rejected or failed. */
    public int failures() {
        return failures.get();
    }

    /** The result for a tool name the model made up; traced like any other failed call. */
    public String unknownTool(ToolExecutionRequest request) {
        String known = String.join(", ", executors.keySet().stream().map(ToolSpecification::name).toList());
        String result = record(request, "error: there is no tool '" + request.name() + "'; available tools: " + known,
                false);
        giveUpIfTooManyBadCalls();
        return result;
    }

    private ToolExecutor traced(ToolExecutor inner) {
        return new ToolExecutor() {
            @Override
            public String execute(ToolExecutionRequest request, Object memoryId) {
                return executeWithContext(request, InvocationContext.builder().chatMemoryId(memoryId).build())
                        .resultText();
            }

            @Override
            public ToolExecutionResult executeWithContext(ToolExecutionRequest request, InvocationContext context) {
                Tracer spans = tracer;
                if (spans == null) {
                    return executeTraced(request, context);
                }
                Span span = spans.spanBuilder("execute_tool " + request.name())
                        .setAttribute("gen_ai.operation.name", "execute_tool")
                        .setAttribute("gen_ai.tool.name", request.name())
                        .setAttribute("gen_ai.tool.call.id", request.id() == null ? "" : request.id())
                        .startSpan();
                try (Scope scope = span.makeCurrent()) {
                    ToolExecutionResult result = executeTraced(request, context);
                    if (result.isError()) {
                        span.setStatus(StatusCode.ERROR, result.resultText());
                    }
                    return result;
                } catch (RuntimeException e) {
                    span.setStatus(StatusCode.ERROR, String.valueOf(e.getMessage()));
                    throw e;
                } finally {
                    span.end();
                }
            }

            private ToolExecutionResult executeTraced(ToolExecutionRequest request, InvocationContext context) {
                String text;
                boolean ok;
                try {
                    ToolExecutionResult result = inner.executeWithContext(request, context);
                    ok = !result.isError();
                    text = ok ? result.resultText() : "error: " + result.resultText();
                } catch (RuntimeException e) {
                    ok = false;
                    text = "error: " + rootMessage(e);
                }
                String recorded = record(request, text, ok);
                if (!ok) {
                    giveUpIfTooManyBadCalls();
                }
                return ToolExecutionResult.builder().isError(!ok).resultText(recorded).build();
            }
        };
    }

    private String record(ToolExecutionRequest request, String result, boolean ok) {
        calls.incrementAndGet();
        if (!ok) {
            failures.incrementAndGet();
        }
        String traced = result.length() > MAX_TRACED_RESULT ? result.substring(0, MAX_TRACED_RESULT) + "..." : result;
        events.emit(agentId, stamp -> new ToolCalled(stamp, request.name(), request.arguments(), traced, ok));
        return result;
    }

    private void giveUpIfTooManyBadCalls() {
        if (badCallsThisTurn.incrementAndGet() >= MAX_BAD_CALLS_PER_TURN) {
            throw new TurnGivenUp(MAX_BAD_CALLS_PER_TURN);
        }
    }

    /** Ends a turn whose model made {@link #MAX_BAD_CALLS_PER_TURN} bad tool calls. */
    public static final class TurnGivenUp extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TurnGivenUp(int badCalls) {
            super("gave up the turn after " + badCalls + " bad tool calls; the reflex drives until the next turn",
                    null, false, false);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
