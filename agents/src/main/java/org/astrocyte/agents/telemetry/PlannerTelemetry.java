package org.astrocyte.agents.telemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Where planner turns, model calls and tool calls go as OpenTelemetry spans, named after the GenAI semantic
 * conventions ({@code invoke_agent}, {@code chat}, {@code execute_tool}), so that users see Astrocyte agents in the
 * tracing tools they already run. Off unless an OTLP endpoint is configured, the standard way:
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} (the collector's base URL, {@code /v1/traces} is added) or
 * {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT} (the full URL); spans go over OTLP/HTTP.
 */
public final class PlannerTelemetry implements AutoCloseable {

    /** The service name spans carry. */
    public static final String SERVICE = "astrocyte";

    private static final PlannerTelemetry OFF = new PlannerTelemetry(null);

    private final SdkTracerProvider provider;

    private PlannerTelemetry(SdkTracerProvider provider) {
        this.provider = provider;
    }

    /** No spans. */
    public static PlannerTelemetry off() {
        return OFF;
    }

    /** Spans to {@code exporter} (e.g. an OTLP exporter, or an in-memory one in a test). */
    public static PlannerTelemetry exportingTo(SpanExporter exporter) {
        return new PlannerTelemetry(SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(
                        io.opentelemetry.api.common.AttributeKey.stringKey("service.name"), SERVICE))))
                .addSpanProcessor(BatchSpanProcessor.builder(exporter).build())
                .build());
    }

    /** Spans over OTLP/HTTP when {@code environment} names an endpoint, else {@link #off()}. */
    public static PlannerTelemetry fromEnvironment(UnaryOperator<String> environment) {
        String traces = environment.apply("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
        String base = environment.apply("OTEL_EXPORTER_OTLP_ENDPOINT");
        String endpoint = traces != null && !traces.isBlank() ? traces
                : base != null && !base.isBlank() ? base.replaceAll("/+$", "") + "/v1/traces" : null;
        return endpoint == null ? off()
                : exportingTo(OtlpHttpSpanExporter.builder().setEndpoint(endpoint).build());
    }

    /** Whether spans are made. */
    public boolean enabled() {
        return provider != null;
    }

    /** The tracer of the planner, or null when off. */
    public Tracer tracer() {
        return provider == null ? null : provider.get("org.astrocyte.agents");
    }

    /** Sends what is buffered; waits at most 10 s. */
    public void flush() {
        if (provider != null) {
            provider.forceFlush().join(10, TimeUnit.SECONDS);
        }
    }

    /** Sends what is buffered and stops; waits at most 10 s. */
    @Override
    public void close() {
        if (provider != null) {
            provider.forceFlush().join(10, TimeUnit.SECONDS);
            provider.shutdown().join(10, TimeUnit.SECONDS);
        }
    }
}
