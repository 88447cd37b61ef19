package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.util.Locale;

/**
 * The JSON Schema of a scenario file, generated from the Java model ({@link ScenarioSpec} and the records it holds),
 * so that it never drifts from what {@code astrocyte run} accepts: required fields as the model marks them, no key
 * the model does not know. Editors use it for completion and checks (e.g. a
 * {@code # yaml-language-server: $schema=...} comment); {@code docs/scenario.schema.json} is the published copy.
 */
public final class ScenarioSchema {

    private ScenarioSchema() {
    }

    /** The schema, draft 2020-12, as pretty-printed JSON. */
    public static String json() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS);

        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(ScenarioSpec.class);
        lowerCaseEnums(schema);
        allowIncludes(schema);
        schema.put("title", "Astrocyte scenario");
        schema.put("description", "A scenario file for astrocyte run; generated from the Java model.");
        return schema.toPrettyString() + "\n";
    }

    /** Every mapping may name fragments to include (a file, or a list of files), as the reader allows. */
    private static void allowIncludes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("properties") instanceof ObjectNode properties) {
                ObjectNode include = properties.putObject("include");
                include.put("description", "fragments to merge under this mapping's own keys, relative to this file");
                ArrayNode either = include.putArray("anyOf");
                either.addObject().put("type", "string");
                either.addObject().put("type", "array").putObject("items").put("type", "string");
            }
            object.forEach(ScenarioSchema::allowIncludes);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ScenarioSchema::allowIncludes);
        }
    }

    /** Files are read with case-insensitive enums and written in lower case ({@code reflex: braitenberg}). */
    private static void lowerCaseEnums(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode values = object.get("enum");
            if (values instanceof ArrayNode array) {
                ArrayNode lower = object.putArray("enum");
                array.forEach(value -> lower.add(value.asText().toLowerCase(Locale.ROOT)));
            }
            object.forEach(ScenarioSchema::lowerCaseEnums);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ScenarioSchema::lowerCaseEnums);
        }
    }
}
