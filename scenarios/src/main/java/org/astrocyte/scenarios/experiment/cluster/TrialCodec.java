package org.astrocyte.scenarios.experiment.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.astrocyte.core.config.YamlConfigReader;
import org.astrocyte.scenarios.experiment.Trial;
import org.astrocyte.scenarios.experiment.TrialOutcome;
import org.astrocyte.scenarios.spec.ScenarioSpec;

/**
 * Trials and their outcomes as JSON text, the form in which they travel between the submitting client and the
 * members (plain strings: no class of ours needs to be known to Hazelcast's serialization but the task itself).
 */
final class TrialCodec {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private TrialCodec() {
    }

    static String write(Trial trial) {
        return text(trial);
    }

    static String write(TrialOutcome outcome) {
        return text(outcome);
    }

    /** The trial written by {@link #write(Trial)}; its scenario is read back as a scenario file would be. */
    static Trial readTrial(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            Map<String, String> parameters = new LinkedHashMap<>();
            tree.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
            String id = tree.path("id").asText();
            ScenarioSpec scenario = new YamlConfigReader().fromTree(tree.path("scenario"), ScenarioSpec.class,
                    Path.of("trial " + id), "the scenario of trial " + id);
            return new Trial(tree.path("index").asInt(), id, tree.path("condition").asText(), parameters,
                    tree.path("seed").asLong(), tree.path("repetition").asInt(), scenario);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a trial: " + e.getOriginalMessage(), e);
        }
    }

    static TrialOutcome readOutcome(String json) {
        try {
            return JSON.readValue(json, TrialOutcome.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a trial outcome: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
