package org.astrocyte.agents.provider;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * What every provider reads from a {@link PlannerSpec} the same way: the model name, the API key from the
 * environment variable the spec names (the key itself never enters a message), and the timeout.
 */
final class ProviderSettings {

    /** Retries LangChain4j makes on its own: none, the framework retries in simulated time (ResilientChatModel). */
    static final int MAX_RETRIES = 0;

    private ProviderSettings() {
    }

    /** The model {@code spec} names; what it is called for this provider goes into the message. */
    static String model(PlannerSpec spec, String provider, String what) {
        if (spec.model() == null || spec.model().isBlank()) {
            throw new IllegalArgumentException("provider " + provider + " needs " + what + " (planner.model)");
        }
        return spec.model();
    }

    /**
     * The key held by the variable {@code spec.apiKeyEnv()}.
     *
     * @throws IllegalArgumentException naming the variable (never its value) if none is named or it is not set
     */
    static String requiredKey(PlannerSpec spec, UnaryOperator<String> environment, String provider) {
        if (spec.apiKeyEnv() == null) {
            throw new IllegalArgumentException("provider " + provider + " needs apiKeyEnv, the environment variable "
                    + "that holds the API key");
        }
        String key = environment.apply(spec.apiKeyEnv());
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("provider " + provider + ": the environment variable "
                    + spec.apiKeyEnv() + " that should hold the API key is not set");
        }
        return key;
    }

    /** The base URL {@code spec} names, required by this provider. */
    static String requiredBaseUrl(PlannerSpec spec, String provider, String what) {
        if (spec.baseUrl() == null || spec.baseUrl().isBlank()) {
            throw new IllegalArgumentException("provider " + provider + " needs " + what + " (planner.baseUrl)");
        }
        return spec.baseUrl();
    }

    static Duration timeout(PlannerSpec spec) {
        return Duration.ofMillis(Math.round(spec.timeoutSeconds() * 1000));
    }
}
