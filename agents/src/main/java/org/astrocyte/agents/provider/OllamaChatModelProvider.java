package org.astrocyte.agents.provider;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import jakarta.inject.Singleton;
import java.util.function.UnaryOperator;

/** The {@code ollama} provider: a local or remote Ollama server, no key. */
@Singleton
public class OllamaChatModelProvider implements ChatModelProvider {

    /** Where Ollama listens by default. */
    public static final String DEFAULT_BASE_URL = "http://localhost:11434";

    @Override
    public String name() {
        return "ollama";
    }

    @Override
    public String description() {
        return "an Ollama server; needs model (one that supports tools), baseUrl defaults to " + DEFAULT_BASE_URL;
    }

    @Override
    public String example() {
        return "{provider: ollama, model: qwen2.5:7b, baseUrl: http://localhost:11434}";
    }

    @Override
    public ChatModel create(PlannerSpec spec, UnaryOperator<String> environment) {
        return OllamaChatModel.builder()
                .baseUrl(spec.baseUrl() == null ? DEFAULT_BASE_URL : spec.baseUrl())
                .modelName(ProviderSettings.model(spec, name(), "a model name"))
                .temperature(spec.temperature())
                .timeout(ProviderSettings.timeout(spec))
                .maxRetries(ProviderSettings.MAX_RETRIES)
                .build();
    }
}
