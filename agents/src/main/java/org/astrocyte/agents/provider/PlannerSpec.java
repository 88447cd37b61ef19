package org.astrocyte.agents.provider;

import org.astrocyte.agents.budget.PlannerBudget;
import org.astrocyte.agents.latency.LatencySpec;
import org.astrocyte.agents.offline.OfflinePlannerModel;
import org.astrocyte.agents.replay.ReplayChatModel;
import org.astrocyte.agents.resilience.RetryPolicy;

/**
 * Which LLM an agent's planner uses. Secrets never appear here: {@code apiKeyEnv} names the environment variable
 * that holds the key.
 *
 * @param provider       a registered provider name ({@code offline}, {@code openai}, ...)
 * @param model          the model name the provider expects
 * @param baseUrl        for OpenAI-compatible servers, the URL including {@code /v1}; null for the provider default
 * @param apiKeyEnv      the environment variable holding the API key; null when the server needs none
 * @param timeoutSeconds the longest one model call may take, in wall-clock seconds
 * @param temperature    sampling temperature from 0 to 2; null for the provider's default
 * @param latency        how long a call takes in simulated time; lockstep (zero) when absent
 * @param retry          how a failed call is retried; {@link RetryPolicy#defaults()} when absent
 * @param budget         limits on calls, tokens and cost; none when absent
 * @param recording      a file of recorded calls: written as the planner runs, or read back by the {@code replay}
 *                       provider; null for none
 */
public record PlannerSpec(String provider, String model, String baseUrl, String apiKeyEnv, Double timeoutSeconds,
        Double temperature, LatencySpec latency, RetryPolicy retry, PlannerBudget budget, String recording) {

    /** Missing values take the defaults of the offline planner. */
    public PlannerSpec {
        provider = provider == null ? "offline" : provider;
        latency = latency == null ? LatencySpec.zero() : latency;
        retry = retry == null ? RetryPolicy.defaults() : retry;
        budget = budget == null ? PlannerBudget.unlimited() : budget;
        timeoutSeconds = timeoutSeconds == null ? 60.0 : timeoutSeconds;
        if (!(timeoutSeconds > 0)) {
            throw new IllegalArgumentException("timeoutSeconds must be positive, got " + timeoutSeconds);
        }
        if (temperature != null && !(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be between 0 and 2, got " + temperature);
        }
        if (apiKeyEnv != null && !apiKeyEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("apiKeyEnv must name an environment variable, got '" + apiKeyEnv
                    + "'");
        }
    }

    /** This spec with {@code provider}, {@code baseUrl}, {@code model} and {@code apiKeyEnv} replaced where given. */
    public PlannerSpec overriddenBy(String newProvider, String newBaseUrl, String newModel, String newApiKeyEnv) {
        return toBuilder().provider(newProvider != null ? newProvider : provider)
                .model(newModel != null ? newModel : model).baseUrl(newBaseUrl != null ? newBaseUrl : baseUrl)
                .apiKeyEnv(newApiKeyEnv != null ? newApiKeyEnv : apiKeyEnv).build();
    }

    /** This spec recording its calls to {@code file}. */
    public PlannerSpec recordingTo(String file) {
        return toBuilder().recording(file).build();
    }

    /** A spec that replays the calls recorded in {@code file}, with this spec's latency, retries and budget. */
    public PlannerSpec replaying(String file) {
        return toBuilder().provider("replay").model(null).baseUrl(null).apiKeyEnv(null).recording(file).build();
    }

    /** The name the trace gives this planner's model, e.g. {@code openai:gpt-4o-mini}. */
    public String modelName() {
        if ("replay".equals(provider) && recording != null) {
            return ReplayChatModel.recordedModel(java.nio.file.Path.of(recording));
        }
        return "offline".equals(provider) ? OfflinePlannerModel.MODEL_NAME : provider + ":" + model;
    }

    /** The deterministic, rule-based planner that needs no key and no network. */
    public static PlannerSpec offline() {
        return builder("offline").build();
    }

    /** Starts a spec of {@code provider}; the rest take their defaults unless set. */
    public static Builder builder(String provider) {
        return new Builder().provider(provider);
    }

    /** A builder holding this spec's fields, to change some. */
    public Builder toBuilder() {
        return new Builder().provider(provider).model(model).baseUrl(baseUrl).apiKeyEnv(apiKeyEnv)
                .timeoutSeconds(timeoutSeconds).temperature(temperature).latency(latency).retry(retry).budget(budget)
                .recording(recording);
    }

    /** Collects the fields of a {@link PlannerSpec}; setters named after them. */
    public static final class Builder {
        private String provider;
        private String model;
        private String baseUrl;
        private String apiKeyEnv;
        private Double timeoutSeconds;
        private Double temperature;
        private LatencySpec latency;
        private RetryPolicy retry;
        private PlannerBudget budget;
        private String recording;

        public Builder provider(String value) {
            provider = value;
            return this;
        }

        public Builder model(String value) {
            model = value;
            return this;
        }

        public Builder baseUrl(String value) {
            baseUrl = value;
            return this;
        }

        public Builder apiKeyEnv(String value) {
            apiKeyEnv = value;
            return this;
        }

        public Builder timeoutSeconds(Double value) {
            timeoutSeconds = value;
            return this;
        }

        public Builder temperature(Double value) {
            temperature = value;
            return this;
        }

        public Builder latency(LatencySpec value) {
            latency = value;
            return this;
        }

        public Builder retry(RetryPolicy value) {
            retry = value;
            return this;
        }

        public Builder budget(PlannerBudget value) {
            budget = value;
            return this;
        }

        public Builder recording(String value) {
            recording = value;
            return this;
        }

        public PlannerSpec build() {
            return new PlannerSpec(provider, model, baseUrl, apiKeyEnv, timeoutSeconds, temperature, latency, retry,
                    budget, recording);
        }
    }
}
