package org.astrocyte.agents.provider;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.mistralai.MistralAiChatModel;
import jakarta.inject.Singleton;
import java.util.function.UnaryOperator;

/** The {@code mistral} provider: Mistral AI's chat models (La Plateforme, or a compatible server via baseUrl). */
@Singleton
public class MistralChatModelProvider implements ChatModelProvider {

    @Override
    public String name() {
        return "mistral";
    }

    @Override
    public String description() {
        return "Mistral AI's models; needs model and apiKeyEnv, baseUrl optional (including /v1)";
    }

    @Override
    public String example() {
        return "{provider: mistral, model: mistral-small-latest, apiKeyEnv: MISTRAL_API_KEY}";
    }

    @Override
    public ChatModel create(PlannerSpec spec, UnaryOperator<String> environment) {
        MistralAiChatModel.MistralAiChatModelBuilder builder = MistralAiChatModel.builder()
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
