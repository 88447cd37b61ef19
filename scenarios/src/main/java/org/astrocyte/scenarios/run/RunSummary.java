package org.astrocyte.scenarios.run;

import java.util.List;
import java.util.Map;
import org.astrocyte.core.bus.TopicStats;

/**
 * The figures of one run, written as {@code summary.json}.
 *
 * @param simulatedSeconds  simulated time covered
 * @param wallSeconds       wall-clock time the run took (excluding start-up)
 * @param speedup           simulated seconds per wall second
 * @param busTopics         events per bus topic
 * @param traceEvents       events written to the trace
 * @param traceFile         path of the trace
 * @param metrics           the scenario's declared metrics per agent and for the team (key {@code team})
 * @param stoppedBy         the {@code stopWhen} condition that ended the run early; null if it ran its duration
 * @param collisionCurves   each agent's collisions in eight equal bins of the run (the learning curve of a
 *                          learning reflex)
 */
public record RunSummary(String scenario, long seed, double simulatedSeconds, double wallSeconds, double speedup,
        List<AgentSummary> agents, Map<String, TopicStats> busTopics, long traceEvents, String traceFile,
        Map<String, Map<String, Double>> metrics, String stoppedBy, Map<String, CollisionCurve> collisionCurves) {

    /** The team's figures of the declared metrics. */
    public Map<String, Double> teamMetrics() {
        return metrics.get(MetricsBook.TEAM);
    }

    /** Food collected by all agents. */
    public int foodCollected() {
        return agents.stream().mapToInt(AgentSummary::foodCollected).sum();
    }

    /** Collisions of all agents. */
    public int collisions() {
        return agents.stream().mapToInt(AgentSummary::collisions).sum();
    }
}
