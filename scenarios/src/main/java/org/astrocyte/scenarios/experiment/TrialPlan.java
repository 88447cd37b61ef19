package org.astrocyte.scenarios.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.core.config.InputException;
import org.astrocyte.core.config.YamlConfigReader;
import org.astrocyte.scenarios.spec.ScenarioSpec;

/**
 * Expands an experiment into its trials: every condition × every combination of parameter values × every seed ×
 * every repetition, in that order. Each condition and setting is applied to the base scenario and checked once,
 * so that a mistake is reported before any trial runs.
 */
public final class TrialPlan {

    private TrialPlan() {
    }

    /**
     * The trials of {@code spec}, whose base scenario is read relative to {@code experimentFile}.
     *
     * @throws InputException naming the file and the condition or setting that does not make a valid scenario
     */
    public static List<Trial> of(ExperimentSpec spec, Path experimentFile, YamlConfigReader reader) {
        Map<String, TreePath> paths = new LinkedHashMap<>();
        Map<String, List<JsonNode>> values = new LinkedHashMap<>();
        spec.parameters().forEach((path, parameter) -> {
            paths.put(path, parse(experimentFile, path));
            values.put(path, parameter.expand());
        });
        Map<String, String> shortNames = shortNames(List.copyOf(paths.keySet()));
        spec.parameters().forEach((path, parameter) -> {
            if (parameter.name() != null) {
                shortNames.put(path, parameter.name());
            }
        });
        List<Map<String, JsonNode>> settings = grid(values);
        long total = spec.plannedTrials();
        if (total > ExperimentSpec.MAX_TRIALS) {
            throw new InputException(experimentFile, 0, 0, "the experiment plans " + total + " trials, more than "
                    + ExperimentSpec.MAX_TRIALS + "; shrink it with --seeds or --trials, or sweep fewer values");
        }
        boolean named = spec.scenarios().size() > 1;
        List<Trial> trials = new ArrayList<>();
        for (Map.Entry<String, String> scenarioFile : spec.scenarios().entrySet()) {
            Path base = resolve(experimentFile, scenarioFile.getValue());
            JsonNode baseTree = reader.readTree(base);
            if (!(baseTree instanceof ObjectNode)) {
                throw new InputException(base, 1, 1, "expected a scenario (a mapping)");
            }
            for (Map.Entry<String, LinkedHashMap<String, JsonNode>> condition : spec.conditions().entrySet()) {
                for (Map<String, JsonNode> setting : settings) {
                    Map<String, String> shown = new LinkedHashMap<>();
                    if (named) {
                        shown.put("scenario", scenarioFile.getKey());
                    }
                    setting.forEach((path, value) -> shown.put(shortNames.get(path), spec.parameters().get(path)
                            .label(values.get(path).indexOf(value), value)));
                    String context = "condition '" + condition.getKey() + "'"
                            + (shown.isEmpty() ? "" : " with " + shown);
                    ObjectNode tree = (ObjectNode) baseTree.deepCopy();
                    try {
                        spec.changes().forEach((path, value) -> parse(experimentFile, path).set(tree, value));
                        condition.getValue().forEach((path, value) -> parse(experimentFile, path).set(tree, value));
                        setting.forEach((path, value) -> paths.get(path).set(tree, value));
                    } catch (IllegalArgumentException e) {
                        throw new InputException(experimentFile, 0, 0, context + ": " + e.getMessage());
                    }
                    ScenarioSpec scenario = reader.fromTree(tree, ScenarioSpec.class, experimentFile, context);
                    double duration = spec.duration() != null ? spec.duration() : scenario.duration();
                    for (long s = 0; s < spec.seeds(); s++) {
                        long seed = spec.firstSeed() + s;
                        for (int repetition = 1; repetition <= spec.trials(); repetition++) {
                            long trialSeed = repetition == 1 ? seed : seed * 1_000_003L + repetition;
                            trials.add(new Trial(trials.size(), id(condition.getKey(), shown, seed, repetition),
                                    condition.getKey(), Collections.unmodifiableMap(shown), trialSeed, repetition,
                                    scenario.with(trialSeed, duration)));
                        }
                    }
                }
            }
        }
        return trials;
    }

    private static Path resolve(Path experimentFile, String scenario) {
        Path dir = experimentFile.toAbsolutePath().getParent();
        return dir == null ? Path.of(scenario) : dir.resolve(scenario).normalize();
    }

    private static TreePath parse(Path experimentFile, String path) {
        try {
            return new TreePath(path);
        } catch (IllegalArgumentException e) {
            throw new InputException(experimentFile, 0, 0, e.getMessage());
        }
    }

    /** Every combination of the parameters' values, the first parameter varying slowest. */
    private static List<Map<String, JsonNode>> grid(Map<String, List<JsonNode>> values) {
        List<Map<String, JsonNode>> grid = new ArrayList<>();
        grid.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<JsonNode>> parameter : values.entrySet()) {
            List<Map<String, JsonNode>> next = new ArrayList<>();
            for (Map<String, JsonNode> partial : grid) {
                for (JsonNode value : parameter.getValue()) {
                    Map<String, JsonNode> setting = new LinkedHashMap<>(partial);
                    setting.put(parameter.getKey(), value);
                    next.add(setting);
                }
            }
            grid = next;
        }
        return grid;
    }

    /** The last key of each path, or the whole path where two parameters share a last key. */
    static Map<String, String> shortNames(List<String> paths) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String path : paths) {
            String last = path.substring(path.lastIndexOf('.') + 1);
            boolean shared = paths.stream().filter(p -> p.substring(p.lastIndexOf('.') + 1).equals(last)).count() > 1;
            names.put(path, shared ? path : last);
        }
        return names;
    }

    /** A value as text: numbers and strings plainly, anything else as compact JSON. */
    static String render(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String id(String condition, Map<String, String> parameters, long seed, int repetition) {
        StringBuilder id = new StringBuilder("condition=").append(condition);
        parameters.forEach((name, value) -> id.append(';').append(name).append('=').append(value));
        return id.append(";seed=").append(seed).append(";repetition=").append(repetition).toString();
    }
}
