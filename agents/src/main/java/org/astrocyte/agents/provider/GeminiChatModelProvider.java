package org.astrocyte.agents.provider;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import jakarta.inject.Singleton;
import java.util.function.UnaryOperator;

/** The {@code gemini} provider: Google's Gemini models through the Google AI (Generative Language) API. */
@Singleton
public class GeminiChatModelProvider implements ChatModelProvider {

    @Override
    public String name() {
        return "gemini";
    }

    @Override
    public String description() {
        return "Google's Gemini models (Google AI API); needs model and apiKeyEnv, baseUrl optional";
    }

    @Override
    public String example() {
        return "{provider: gemini, model: gemini-2.5-flash, apiKeyEnv: GOOGLE_AI_API_KEY}";
    }

    @Override
    public ChatModel create(PlannerSpec spec, UnaryOperator<String> environment) {
        GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder builder = GoogleAiGeminiChatModel.builder()
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
