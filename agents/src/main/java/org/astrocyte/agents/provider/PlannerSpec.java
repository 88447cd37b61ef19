package org.astrocyte.agents.provider;

import org.astrocyte.agents.budget.PlannerBudget;
import org.astrocyte.agents.latency.LatencySpec;
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
 */
public record PlannerSpec(String provider, String model, String baseUrl, String apiKeyEnv, Double timeoutSeconds,
        Double temperature, LatencySpec latency, RetryPolicy retry, PlannerBudget budget) {

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
        return new PlannerSpec(newProvider != null ? newProvider : provider, newModel != null ? newModel : model,
                newBaseUrl != null ? newBaseUrl : baseUrl, newApiKeyEnv != null ? newApiKeyEnv : apiKeyEnv,
                timeoutSeconds, temperature, latency, retry, budget);
    }

    /** The deterministic, rule-based planner that needs no key and no network. */
    public static PlannerSpec offline() {
        return new PlannerSpec("offline", null, null, null, null, null, null, null, null);
    }
}
