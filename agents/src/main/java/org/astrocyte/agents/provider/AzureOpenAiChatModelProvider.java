package org.astrocyte.agents.provider;

import dev.langchain4j.model.azure.AzureOpenAiChatModel;
import dev.langchain4j.model.chat.ChatModel;
import jakarta.inject.Singleton;
import java.util.function.UnaryOperator;

/** The {@code azure-openai} provider: a model deployed on Azure OpenAI, reached at its resource's endpoint. */
@Singleton
public class AzureOpenAiChatModelProvider implements ChatModelProvider {

    @Override
    public String name() {
        return "azure-openai";
    }

    @Override
    public String description() {
        return "a deployment on Azure OpenAI; baseUrl is the resource endpoint, model the deployment name, "
                + "apiKeyEnv the key";
    }

    @Override
    public String example() {
        return "{provider: azure-openai, baseUrl: 'https://my-resource.openai.azure.com/', model: my-gpt-4o, "
                + "apiKeyEnv: AZURE_OPENAI_KEY}";
    }

    @Override
    public ChatModel create(PlannerSpec spec, UnaryOperator<String> environment) {
        return AzureOpenAiChatModel.builder()
                .endpoint(ProviderSettings.requiredBaseUrl(spec, name(), "the resource endpoint"))
                .deploymentName(ProviderSettings.model(spec, name(), "the deployment name"))
                .apiKey(ProviderSettings.requiredKey(spec, environment, name()))
                .temperature(spec.temperature())
                .timeout(ProviderSettings.timeout(spec))
                .maxRetries(ProviderSettings.MAX_RETRIES)
                .build();
    }
}
