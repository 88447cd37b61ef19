package org.astrocyte.scenarios.report.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.scenarios.experiment.ExperimentSpec;
import org.astrocyte.scenarios.experiment.ExperimentSpec.ComparisonSpec;
import org.astrocyte.scenarios.experiment.ExperimentSpecFile;
import org.astrocyte.scenarios.experiment.ExperimentSummary;
import org.astrocyte.scenarios.experiment.ParameterSpec;
import org.astrocyte.scenarios.experiment.TrialOutcome;
import org.astrocyte.scenarios.experiment.stats.ExperimentReport;
import org.astrocyte.scenarios.spec.Metric;

/**
 * An experiment folder as 'astrocyte experiment' leaves it, written without running a scenario: two conditions, a
 * latency of "2 s" or "10 s" (plan order, which text order would turn round), three seeds; one trial failed, one
 * never reached its goal (time_to_goal NaN). Its results.jsonl lines are in the order threads might finish.
 */
public final class TinyExperimentFolder {

    static final List<String> CONDITIONS = List.of("planner-only", "planner+reflex");
    static final List<String> LATENCIES = List.of("2 s", "10 s");
    static final int SEEDS = 3;
    /** The failed trial: planner+reflex at 10 s, seed 2. */
    static final int FAILED_INDEX = 10;
    /** The trial that never reached its goal: planner-only at 2 s, seed 3. */
    static final int NO_GOAL_INDEX = 2;
    static final String ERROR = "IllegalStateException: <boom> & no planner";

    private TinyExperimentFolder() {
    }

    static ExperimentSpec spec() {
        LinkedHashMap<String, LinkedHashMap<String, JsonNode>> conditions = new LinkedHashMap<>();
        conditions.put("planner-only", new LinkedHashMap<>(Map.of("agents[*].reflex",
                JsonNodeFactory.instance.textNode("none"))));
        conditions.put("planner+reflex", new LinkedHashMap<>());
        LinkedHashMap<String, ParameterSpec> parameters = new LinkedHashMap<>();
        parameters.put("agents[*].planner.latency", new ParameterSpec("latency", List.of(
                JsonNodeFactory.instance.numberNode(2), JsonNodeFactory.instance.numberNode(10)), LATENCIES, null,
                null));
        return new ExperimentSpec("tiny", "base.yaml", null, 3.0, SEEDS, 1L, 1, null, conditions, parameters,
                List.of(Metric.COLLISIONS, Metric.TIME_TO_GOAL),
                List.of(new ComparisonSpec("planner-only", "planner+reflex")));
    }

    /** Every trial in plan order. */
    public static List<TrialOutcome> outcomes() {
        List<TrialOutcome> outcomes = new ArrayList<>();
        for (String condition : CONDITIONS) {
            for (String latency : LATENCIES) {
                for (int seed = 1; seed <= SEEDS; seed++) {
                    int index = outcomes.size();
                    String id = "condition=" + condition + ";latency=" + latency + ";seed=" + seed + ";repetition=1";
                    Map<String, String> parameters = Map.of("latency", latency);
                    if (index == FAILED_INDEX) {
                        outcomes.add(new TrialOutcome(index, id, condition, parameters, seed, 1, false, 2, Map.of(),
                                ERROR, 0.25));
                        continue;
                    }
                    double collisions = condition.equals("planner-only") ? 4 + seed + (latency.equals("10 s") ? 2 : 0)
                            : seed % 2;
                    double time = index == NO_GOAL_INDEX ? Double.NaN
                            : 30 + 2 * seed + (latency.equals("10 s") ? 9 : 0);
                    // In the order a scenario declares them, as the runner writes them (Map.of has no order).
                    Map<String, Double> metrics = new LinkedHashMap<>();
                    metrics.put("collisions", collisions);
                    metrics.put("time_to_goal", time);
                    outcomes.add(new TrialOutcome(index, id, condition, parameters, seed, 1, true, 1, metrics, null,
                            0.5));
                }
            }
        }
        return outcomes;
    }

    /** Writes the folder into {@code dir}, as a finished experiment does, and returns its statistics. */
    public static ExperimentReport write(Path dir) throws IOException {
        List<TrialOutcome> outcomes = outcomes();
        writeLog(dir, outcomes);
        ExperimentSpec spec = spec();
        ExperimentSpecFile.write(spec, dir.resolve("experiment.yaml"), dir);
        ExperimentReport report = ExperimentSummary.of(spec, outcomes);
        ExperimentSummary.write(spec, report, dir);
        return report;
    }

    /** Writes results.jsonl: every other line swapped with the next, as parallel trials finish out of order. */
    public static void writeLog(Path dir, List<TrialOutcome> outcomes) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < outcomes.size(); i += 2) {
            if (i + 1 < outcomes.size()) {
                log.append(json.writeValueAsString(outcomes.get(i + 1))).append('\n');
            }
            log.append(json.writeValueAsString(outcomes.get(i))).append('\n');
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(TrialLog.FILE), log.toString());
    }
}
