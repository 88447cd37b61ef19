package org.astrocyte.agents.provider;

import java.nio.file.Path;
import org.astrocyte.agents.replay.RecordingChatModel;
import org.astrocyte.agents.resilience.ResilientChatModel;
import org.astrocyte.agents.resilience.RetryPolicy;

import dev.langchain4j.model.chat.ChatModel;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Picks the registered {@link ChatModelProvider} a {@link PlannerSpec} names and builds its model. */
@Singleton
public class ChatModelFactory {

    private final Map<String, ChatModelProvider> providers = new TreeMap<>();
    private final UnaryOperator<String> environment;

    @Inject
    public ChatModelFactory(Instance<ChatModelProvider> providers) {
        this(providers.stream().toList(), System::getenv);
    }

    /** A factory over {@code providers}, reading API keys through {@code environment}. */
    public ChatModelFactory(List<ChatModelProvider> providers, UnaryOperator<String> environment) {
        for (ChatModelProvider provider : providers) {
            if (this.providers.put(provider.name(), provider) != null) {
                throw new IllegalStateException("two providers are named " + provider.name());
            }
        }
        this.environment = environment;
    }

    /** A factory with the built-in providers, reading keys from the process environment. */
    public static ChatModelFactory builtIn() {
        return new ChatModelFactory(List.of(new OfflineChatModelProvider(), new OpenAiChatModelProvider(),
                new AzureOpenAiChatModelProvider(), new AnthropicChatModelProvider(), new OllamaChatModelProvider(),
                new GeminiChatModelProvider(), new MistralChatModelProvider(), new ReplayChatModelProvider()),
                System::getenv);
    }

    /** The registered providers, sorted by name. */
    public List<ChatModelProvider> providers() {
        return List.copyOf(providers.values());
    }

    /** The names of the registered providers, sorted. */
    public List<String> providerNames() {
        return List.copyOf(providers.keySet());
    }

    /**
     * The model {@code spec} asks for, retried in simulated time under the spec's {@link RetryPolicy}; when it
     * reads an API key, its failures are reported with the key masked.
     *
     * @throws IllegalArgumentException naming the unknown provider or what the provider found missing
     */
    public ChatModel create(PlannerSpec spec) {
        ChatModelProvider provider = providers.get(spec.provider());
        if (provider == null) {
            throw new IllegalArgumentException("unknown planner provider '" + spec.provider() + "'; known: "
                    + String.join(", ", providers.keySet()));
        }
        ChatModel model = provider.create(spec, environment);
        String key = spec.apiKeyEnv() == null ? null : environment.apply(spec.apiKeyEnv());
        ChatModel masked = key == null || key.isBlank() ? model : new KeyRedactingChatModel(model, key);
        ChatModel recorded = spec.recording() == null || spec.provider().equals(ReplayChatModelProvider.NAME) ? masked
                : new RecordingChatModel(masked, spec.modelName(), Path.of(spec.recording()));
        // Seeded by the model's name, which a replay shares with its recording: the same backoff either way.
        return new ResilientChatModel(recorded, spec.retry(), spec.modelName().hashCode());
    }
}
