package org.astrocyte.agents.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every provider is built from configuration alone, and says what is missing without showing a key. */
class ChatModelProvidersTest {

    private static final String KEY = "sk-unit-test-5e2b91";

    private final ChatModelFactory factory = new ChatModelFactory(ChatModelFactory.builtIn().providers(),
            Map.of("TEST_KEY", KEY)::get);

    @Test
    void should_list_every_provider_family_with_an_example() {
        assertEquals(List.of("anthropic", "azure-openai", "gemini", "mistral", "offline", "ollama", "openai", "replay"),
                factory.providerNames());
        for (ChatModelProvider provider : factory.providers()) {
            assertFalse(provider.description().isBlank(), provider.name());
            assertFalse(provider.example().isBlank(), provider.name());
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "openai,       gpt-4o-mini,          -",
        "openai,       qwen2.5,              http://127.0.0.1:8000/v1",
        "azure-openai, my-deployment,        https://example.openai.azure.com/",
        "anthropic,    claude-sonnet-4-5,    -",
        "ollama,       qwen2.5:7b,           -",
        "gemini,       gemini-2.5-flash,     -",
        "mistral,      mistral-small-latest, -",
        "offline,      -,                    -"})
    void should_build_each_provider_from_a_spec_without_calling_it(String provider, String model, String baseUrl) {
        assertNotNull(factory.create(PlannerSpec.builder(provider).model(model).baseUrl(baseUrl)
                .apiKeyEnv(provider.equals("ollama") || provider.equals("offline") ? null : "TEST_KEY")
                .timeoutSeconds(30.0).temperature(0.2).build()));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", delimiter = '|', value = {
        "anthropic    | claude | -            | -        | provider anthropic needs apiKeyEnv, the environment variable that holds the API key",
        "gemini       | gemini | -            | NOT_SET  | provider gemini: the environment variable NOT_SET that should hold the API key is not set",
        "mistral      | -      | -            | TEST_KEY | provider mistral needs a model name (planner.model)",
        "azure-openai | dep    | -            | TEST_KEY | provider azure-openai needs the resource endpoint (planner.baseUrl)",
        "azure-openai | -      | https://x/   | TEST_KEY | provider azure-openai needs the deployment name (planner.model)",
        "openai       | gpt    | -            | -        | provider openai without baseUrl talks to OpenAI itself and needs apiKeyEnv, the environment variable that holds the API key",
        "nosuch       | m      | -            | -        | unknown planner provider 'nosuch'; known: anthropic, azure-openai, gemini, mistral, offline, ollama, openai, replay"})
    void should_say_what_is_missing_before_any_call(String provider, String model, String baseUrl, String keyEnv,
            String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> factory.create(PlannerSpec.builder(provider).model(model).baseUrl(baseUrl).apiKeyEnv(keyEnv)
                        .build()));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains(KEY));
    }

    @Test
    void should_reject_a_temperature_out_of_range() {
        assertEquals("temperature must be between 0 and 2, got 3.0", assertThrows(IllegalArgumentException.class,
                () -> PlannerSpec.builder("openai").model("m").temperature(3.0).build()).getMessage());
    }
}
