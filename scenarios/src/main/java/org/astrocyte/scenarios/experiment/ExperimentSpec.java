package org.astrocyte.scenarios.experiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.scenarios.spec.Metric;

/**
 * An experiment as written in YAML: a base scenario, the conditions to compare, the parameters to sweep, the
 * seeds and trials, the metrics to report and the comparisons to make. Conditions and parameters change the
 * scenario by path ({@code agents[*].reflex}, {@code agents[0].planner.latency}); a {@code null} value removes the
 * key.
 *
 * @param name       names the experiment in its results
 * @param scenario   the base scenario file, relative to the experiment file; or
 * @param scenarios  several base scenarios by name (each trial of each is run; the name is a parameter of the
 *                   results, {@code scenario})
 * @param duration   simulated seconds per trial, replacing the scenario's (optional)
 * @param seeds      how many seeds, from {@code firstSeed} on (default 5)
 * @param firstSeed  the first seed (default 1)
 * @param trials     repetitions per seed and setting (default 1); a repetition gets its own seed
 * @param changes    changes to the scenario in every trial (e.g. start jitter, so that seeds differ)
 * @param conditions named sets of changes to the scenario, compared with each other (default: one condition,
 *                   {@code base}, with no change)
 * @param parameters paths to sweep, each with its values; every combination is run (a grid)
 * @param metrics    the figures to summarise (default: those the scenario declares)
 * @param compare    pairs of conditions to compare on every metric
 */
public record ExperimentSpec(@JsonProperty(required = true) String name, String scenario,
        LinkedHashMap<String, String> scenarios, Double duration, Integer seeds, Long firstSeed,
        Integer trials, LinkedHashMap<String, JsonNode> changes,
        LinkedHashMap<String, LinkedHashMap<String, JsonNode>> conditions,
        LinkedHashMap<String, ParameterSpec> parameters, List<Metric> metrics, List<ComparisonSpec> compare) {

    /** Most trials one experiment may plan. */
    public static final int MAX_TRIALS = 100_000;
    /** Most seeds. */
    public static final int MAX_SEEDS = 10_000;

    public ExperimentSpec {
        if (name == null || !name.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException("name may hold 1 to 64 letters, digits, '.', '-' and '_', got '"
                    + name + "'");
        }
        if ((scenario == null) == (scenarios == null || scenarios.isEmpty())) {
            throw new IllegalArgumentException("give either 'scenario' (one base scenario file) or 'scenarios' "
                    + "(names and files)");
        }
        if (scenario != null) {
            String stem = java.nio.file.Path.of(scenario).getFileName().toString().replaceFirst("\\.ya?ml$", "");
            scenarios = new LinkedHashMap<>(Map.of(stem, scenario));
        }
        if (duration != null && !(duration > 0 && duration <= 3600)) {
            throw new IllegalArgumentException("duration must be from 0 to 3600 s, got " + duration);
        }
        seeds = seeds == null ? 5 : seeds;
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new IllegalArgumentException("seeds must be from 1 to " + MAX_SEEDS + ", got " + seeds);
        }
        firstSeed = firstSeed == null ? 1L : firstSeed;
        trials = trials == null ? 1 : trials;
        if (trials < 1 || trials > 1000) {
            throw new IllegalArgumentException("trials must be from 1 to 1000, got " + trials);
        }
        if (conditions == null || conditions.isEmpty()) {
            conditions = new LinkedHashMap<>(Map.of("base", new LinkedHashMap<>()));
        }
        for (String condition : conditions.keySet()) {
            if (!condition.matches("[A-Za-z0-9_.+-]{1,64}")) {
                throw new IllegalArgumentException("condition names may hold 1 to 64 letters, digits and . _ + -, "
                        + "got '" + condition + "'");
            }
        }
        changes = changes == null ? new LinkedHashMap<>() : changes;
        parameters = parameters == null ? new LinkedHashMap<>() : parameters;
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        compare = compare == null ? List.of() : List.copyOf(compare);
        for (ComparisonSpec pair : compare) {
            for (String side : List.of(pair.a(), pair.b())) {
                if (!conditions.containsKey(side)) {
                    throw new IllegalArgumentException("compare names condition '" + side + "', which is not one of "
                            + conditions.keySet());
                }
            }
        }
    }

    /** How many trials the experiment plans: scenarios x conditions x parameter settings x seeds x trials. */
    public long plannedTrials() {
        long settings = 1;
        for (ParameterSpec parameter : parameters.values()) {
            settings *= parameter.expand().size();
        }
        return (long) scenarios.size() * conditions.size() * settings * seeds * trials;
    }

    /** This experiment with {@code newSeeds} seeds and {@code newTrials} trials (command-line overrides). */
    public ExperimentSpec shrunk(Integer newSeeds, Integer newTrials) {
        return new ExperimentSpec(name, null, scenarios, duration, newSeeds == null ? seeds : newSeeds, firstSeed,
                newTrials == null ? trials : newTrials, changes, conditions, parameters, metrics, compare);
    }

    /** Two conditions to compare: {@code b} against {@code a}. */
    public record ComparisonSpec(@JsonProperty(required = true) String a, @JsonProperty(required = true) String b) {
    }
}
