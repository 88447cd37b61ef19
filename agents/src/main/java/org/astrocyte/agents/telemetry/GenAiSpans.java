package org.astrocyte.agents.telemetry;

import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.output.TokenUsage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;

/**
 * A LangChain4j {@link ChatModelListener} that makes each model call a {@code chat {model}} span with the GenAI
 * attributes: {@code gen_ai.operation.name}, {@code gen_ai.request.model}, {@code gen_ai.usage.input_tokens},
 * {@code gen_ai.usage.output_tokens}, {@code gen_ai.response.finish_reasons}, and {@code error.type} on failure.
 */
public final class GenAiSpans implements ChatModelListener {

    private static final String SPAN = GenAiSpans.class.getName();

    private final Tracer tracer;
    private final String model;

    /** Spans of {@code model} (e.g. {@code openai:gpt-4o-mini}) on {@code tracer}. */
    public GenAiSpans(Tracer tracer, String model) {
        this.tracer = tracer;
        this.model = model;
    }

    @Override
    public void onRequest(ChatModelRequestContext context) {
        Span span = tracer.spanBuilder("chat " + model).setSpanKind(SpanKind.CLIENT)
                .setAttribute("gen_ai.operation.name", "chat")
                .setAttribute("gen_ai.request.model", model)
                .startSpan();
        context.attributes().put(SPAN, span);
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        Span span = (Span) context.attributes().remove(SPAN);
        if (span == null) {
            return;
        }
        TokenUsage usage = context.chatResponse().tokenUsage();
        if (usage != null && usage.inputTokenCount() != null) {
            span.setAttribute("gen_ai.usage.input_tokens", usage.inputTokenCount());
        }
        if (usage != null && usage.outputTokenCount() != null) {
            span.setAttribute("gen_ai.usage.output_tokens", usage.outputTokenCount());
        }
        if (context.chatResponse().finishReason() != null) {
            span.setAttribute("gen_ai.response.finish_reasons", context.chatResponse().finishReason().name()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        span.end();
    }

    @Override
    public void onError(ChatModelErrorContext context) {
        Span span = (Span) context.attributes().remove(SPAN);
        if (span == null) {
            return;
        }
        span.setAttribute("error.type", context.error().getClass().getSimpleName());
        span.setStatus(StatusCode.ERROR, context.error().getMessage() == null ? "" : context.error().getMessage());
        span.end();
    }
}
