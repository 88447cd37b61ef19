package org.astrocyte.agents.provider;

import dev.langchain4j.model.chat.ChatModel;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.astrocyte.agents.replay.RecordingChatModel;
import org.astrocyte.agents.resilience.ResilientChatModel;
import org.astrocyte.agents.resilience.RetryPolicy;

/** Picks the registered {@link ChatModelProvider} a {@link PlannerSpec} names and builds its model. */
@Singleton
public class ChatModelFactory {

    /**
     * The provider families Astrocyte ships, each with a no-argument constructor: the one list that both
     * {@link #builtIn()} and the CLI's CDI container register, so that they cannot drift apart.
     */
    public static final List<Class<? extends ChatModelProvider>> BUILT_IN = List.of(OfflineChatModelProvider.class,
            OpenAiChatModelProvider.class, AzureOpenAiChatModelProvider.class, AnthropicChatModelProvider.class,
            OllamaChatModelProvider.class, GeminiChatModelProvider.class, MistralChatModelProvider.class,
            ReplayChatModelProvider.class);

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
        return new ChatModelFactory(BUILT_IN.stream().map(ChatModelFactory::instantiate).toList(), System::getenv);
    }

    private static ChatModelProvider instantiate(Class<? extends ChatModelProvider> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException target ? target.getCause() : e;
            throw new IllegalStateException("provider " + type.getName() + " cannot be created", cause);
        }
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
     * Checks that {@code spec} names a known provider that finds everything it needs (model, key variable, ...),
     * by building that provider's model alone: no recording is opened and nothing is called.
     *
     * @throws IllegalArgumentException naming the unknown provider or what the provider found missing
     */
    public void check(PlannerSpec spec) {
        provider(spec).create(spec, environment);
    }

    /**
     * The model {@code spec} asks for, retried in simulated time under the spec's {@link RetryPolicy}; when it
     * reads an API key, its failures are reported with the key masked.
     *
     * @throws IllegalArgumentException naming the unknown provider or what the provider found missing
     */
    public ChatModel create(PlannerSpec spec) {
        ChatModel model = provider(spec).create(spec, environment);
        String key = spec.apiKeyEnv() == null ? null : environment.apply(spec.apiKeyEnv());
        ChatModel masked = key == null || key.isBlank() ? model : new KeyRedactingChatModel(model, key);
        ChatModel recorded = spec.recording() == null || spec.provider().equals(ReplayChatModelProvider.NAME) ? masked
                : new RecordingChatModel(masked, spec.modelName(), Path.of(spec.recording()));
        // Seeded by the model's name, which a replay shares with its recording: the same backoff either way.
        return new ResilientChatModel(recorded, spec.retry(), spec.modelName().hashCode());
    }

    private ChatModelProvider provider(PlannerSpec spec) {
        ChatModelProvider provider = providers.get(spec.provider());
        if (provider == null) {
            throw new IllegalArgumentException("unknown planner provider '" + spec.provider() + "'; known: "
                    + String.join(", ", providers.keySet()));
        }
        return provider;
    }
}
