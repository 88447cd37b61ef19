package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;

/**
 * Writes a scenario as the YAML that {@code astrocyte run} reads, so that a scenario built in Java (with
 * {@link ScenarioBuilder}) can be saved, shared and run from the command line, and read back equal.
 */
public final class ScenarioYaml {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ScenarioYaml() {
    }

    /** {@code scenario} as YAML, every default written out. */
    public static String write(ScenarioSpec scenario) {
        try {
            return YAML.writeValueAsString(scenario);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("scenario " + scenario.name() + " cannot be written as YAML", e);
        }
    }
}
