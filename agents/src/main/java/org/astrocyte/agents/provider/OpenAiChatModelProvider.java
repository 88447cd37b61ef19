package org.astrocyte.agents.provider;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.inject.Singleton;
import org.astrocyte.agents.resilience.RetryAfterHttpClient;
import java.util.function.UnaryOperator;

/**
 * The {@code openai} provider: OpenAI itself, or any server that speaks its chat-completions protocol when
 * {@code baseUrl} is set (vLLM, llama.cpp server, LM Studio, ...).
 */
@Singleton
public class OpenAiChatModelProvider implements ChatModelProvider {

    /** Sent when no key variable is named: local OpenAI-compatible servers ignore it. */
    private static final String NO_KEY = "no-key";

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public String description() {
        return "OpenAI, or any OpenAI-compatible server (vLLM, llama.cpp, LM Studio, Groq...) at baseUrl (with /v1);"
                + " needs model, and apiKeyEnv unless the server needs no key";
    }

    @Override
    public String example() {
        return "{provider: openai, model: gpt-4o-mini, apiKeyEnv: OPENAI_API_KEY} or {provider: openai, "
                + "baseUrl: 'http://localhost:8000/v1', model: qwen2.5-7b-instruct}";
    }

    @Override
    public ChatModel create(PlannerSpec spec, UnaryOperator<String> environment) {
        if (spec.model() == null || spec.model().isBlank()) {
            throw new IllegalArgumentException("provider openai needs a model name (planner.model)");
        }
        String key = NO_KEY;
        if (spec.apiKeyEnv() != null) {
            key = environment.apply(spec.apiKeyEnv());
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("provider openai: the environment variable " + spec.apiKeyEnv()
                        + " that should hold the API key is not set");
            }
        } else if (spec.baseUrl() == null) {
            throw new IllegalArgumentException("provider openai without baseUrl talks to OpenAI itself and needs "
                    + "apiKeyEnv, the environment variable that holds the API key");
        }
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .apiKey(key)
                .modelName(spec.model())
                .temperature(spec.temperature())
                .timeout(ProviderSettings.timeout(spec))
                .maxRetries(ProviderSettings.MAX_RETRIES)
                .httpClientBuilder(RetryAfterHttpClient.builder());
        if (spec.baseUrl() != null) {
            builder.baseUrl(spec.baseUrl());
        }
        return builder.build();
    }
}
