package org.astrocyte.scenarios.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.astrocyte.scenarios.spec.ConditionSpec;
import org.astrocyte.scenarios.spec.Metric;

/**
 * The scenario's declared metrics, read from the agents' counters at any moment of a run: per agent, and for the
 * team (the sum, except the last time to a goal and the mean energy). A metric that does not apply is NaN (the
 * goal metrics of a world without goal regions), so that experiments leave it out rather than average a
 * placeholder. Conditions of the timeline and of
 * {@code stopWhen} are checked against the same figures.
 */
final class MetricsBook {

    /** The key of the team's figures. */
    static final String TEAM = "team";

    private final List<Metric> declared;
    private final List<AgentRuntime> agents;

    MetricsBook(List<Metric> declared, List<AgentRuntime> agents) {
        this.declared = List.copyOf(declared);
        this.agents = List.copyOf(agents);
    }

    /** The value of {@code metric} for one agent after {@code nowSeconds} of simulated time. */
    static double value(Metric metric, AgentRuntime agent, double nowSeconds) {
        switch (metric) {
            case FOOD_COLLECTED:
                return agent.foodCollected;
            case COLLISIONS:
                return agent.collisions;
            case GOALS_REACHED:
                return agent.goalRegions.isEmpty() ? Double.NaN : agent.goalsReached;
            case TIME_TO_GOAL:
                if (agent.goalRegions.isEmpty()) {
                    return Double.NaN;
                }
                return Double.isNaN(agent.firstGoalSeconds) ? nowSeconds : agent.firstGoalSeconds;
            case ENERGY:
                return agent.body.energy();
            case DISTANCE_TRAVELLED:
                return agent.distance;
            case PLANNER_CALLS:
                return agent.agent.turns();
            case OVERRIDES:
                return agent.overrides;
            case PLANNER_WOKEN:
                return agent.woken;
            case HAZARDS_ENTERED:
                return agent.hazardsEntered;
            default:
                throw new IllegalArgumentException("no rule for metric " + metric);
        }
    }

    /** The team's value of {@code metric}. */
    double team(Metric metric, double nowSeconds) {
        double total = 0;
        double latest = 0;
        for (AgentRuntime agent : agents) {
            double v = value(metric, agent, nowSeconds);
            total += v;
            latest = Math.max(latest, v);
        }
        if (metric == Metric.TIME_TO_GOAL) {
            return latest;
        }
        return metric == Metric.ENERGY ? total / agents.size() : total;
    }

    /** Whether {@code condition} holds now. */
    boolean holds(ConditionSpec condition, double nowSeconds) {
        double v = condition.agent() == null ? team(condition.metric(), nowSeconds)
                : value(condition.metric(), agent(condition.agent()), nowSeconds);
        return v >= condition.atLeast();
    }

    /** Every declared metric per agent (in the scenario's order) and for the team, keyed by lower-case name. */
    Map<String, Map<String, Double>> table(double nowSeconds) {
        Map<String, Map<String, Double>> table = new LinkedHashMap<>();
        for (AgentRuntime agent : agents) {
            Map<String, Double> row = new LinkedHashMap<>();
            declared.forEach(m -> row.put(key(m), value(m, agent, nowSeconds)));
            table.put(agent.id(), row);
        }
        Map<String, Double> team = new LinkedHashMap<>();
        declared.forEach(m -> team.put(key(m), team(m, nowSeconds)));
        table.put(TEAM, team);
        return table;
    }

    /** Writes {@link #table} as CSV: a row per agent and one for the team, a column per metric. */
    void writeCsv(Path file, double nowSeconds) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("agent," + String.join(",", declared.stream().map(MetricsBook::key).toList()) + "\n");
            for (Map.Entry<String, Map<String, Double>> row : table(nowSeconds).entrySet()) {
                out.write(row.getKey());
                for (double v : row.getValue().values()) {
                    out.write("," + (v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                            : String.format(Locale.ROOT, "%.4f", v)));
                }
                out.write("\n");
            }
        }
    }

    private AgentRuntime agent(String id) {
        for (AgentRuntime agent : agents) {
            if (agent.id().equals(id)) {
                return agent;
            }
        }
        throw new IllegalArgumentException("no agent '" + id + "'");
    }

    static String key(Metric metric) {
        return metric.name().toLowerCase(Locale.ROOT);
    }
}
