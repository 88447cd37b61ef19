package org.astrocyte.scenarios.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class ScenarioSchemaTest {

    private static final Path PUBLISHED = Path.of("..", "docs", "scenario.schema.json");

    @Test
    void should_publish_the_schema_the_model_generates() throws Exception {
        assertEquals(ScenarioSchema.json(), Files.readString(PUBLISHED),
                "docs/scenario.schema.json is stale: run ./astrocyte schema --out docs/scenario.schema.json");
    }

    @Test
    void should_require_what_the_model_requires_and_refuse_unknown_keys() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(ScenarioSchema.json());
        assertEquals(List.of("agents", "arena", "duration", "name"), sorted(schema.get("required")));
        assertEquals(false, schema.get("additionalProperties").asBoolean());
        JsonNode agent = schema.get("$defs").get("AgentSpec");
        assertEquals(List.of("id", "start"), sorted(agent.get("required")));
        assertEquals(Arrays.stream(ReflexKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).sorted().toList(),
                sorted(schema.get("$defs").get("ReflexKind").get("enum")));
        assertTrue(sorted(schema.get("$defs").get("ReflexKind").get("enum")).contains("touch_escape"));
    }

    @Test
    void should_point_the_examples_at_the_schema_for_editors() throws Exception {
        for (String example : List.of("foraging.yaml", "foraging-pair.yaml")) {
            String text = Files.readString(Path.of("..", "examples", example));
            assertEquals("# yaml-language-server: $schema=../docs/scenario.schema.json", text.lines().findFirst()
                    .orElseThrow(), example);
        }
    }

    private static List<String> sorted(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).sorted().toList();
    }
}
