package org.astrocyte.agents.provider;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import jakarta.inject.Singleton;
import java.util.function.UnaryOperator;

/** The {@code anthropic} provider: Claude models through Anthropic's Messages API. */
@Singleton
public class AnthropicChatModelProvider implements ChatModelProvider {

    @Override
    public String name() {
        return "anthropic";
    }

    @Override
    public String description() {
        return "Anthropic's Claude models; needs model and apiKeyEnv, baseUrl optional";
    }

    @Override
    public String example() {
        return "{provider: anthropic, model: claude-sonnet-4-5, apiKeyEnv: ANTHROPIC_API_KEY}";
    }

    @Override
    public ChatModel create(PlannerSpec spec, UnaryOperator<String> environment) {
        AnthropicChatModel.AnthropicChatModelBuilder builder = AnthropicChatModel.builder()
                .modelName(ProviderSettings.model(spec, name(), "a model name"))
                .apiKey(ProviderSettings.requiredKey(spec, environment, name()))
                .temperature(spec.temperature())
                .timeout(ProviderSettings.timeout(spec))
                .maxRetries(ProviderSettings.MAX_RETRIES);
        if (spec.baseUrl() != null) {
            builder.baseUrl(spec.baseUrl());
        }
        return builder.build();
    }
}
