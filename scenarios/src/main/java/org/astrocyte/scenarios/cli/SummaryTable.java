package org.astrocyte.scenarios.cli;

import java.util.Locale;
import java.util.Map;
import org.astrocyte.core.bus.TopicStats;
import org.astrocyte.scenarios.run.AgentSummary;
import org.astrocyte.scenarios.run.RunSummary;

/** The run summary as a short text table for the terminal. */
final class SummaryTable {

    private SummaryTable() {
    }

    static String format(RunSummary summary, String outputDir) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%nScenario %s, seed %d: %.1f simulated s in %.2f wall s "
                + "(%.1f simulated s per wall s)%n%n", summary.scenario(), summary.seed(), summary.simulatedSeconds(),
                summary.wallSeconds(), summary.speedup()));
        text.append(String.format(Locale.ROOT, "%-12s %-12s %5s %10s %8s %6s %9s %10s %8s%n", "agent", "reflex",
                "food", "collisions", "planner", "tools", "overrides", "spikes", "tokens"));
        for (AgentSummary a : summary.agents()) {
            text.append(String.format(Locale.ROOT, "%-12s %-12s %5d %10d %8d %6d %9d %10d %8d%n", a.id(), a.reflex(),
                    a.foodCollected(), a.collisions(), a.plannerCalls(), a.toolCalls(), a.reflexOverrides(),
                    a.spikes(), a.inputTokens() + a.outputTokens()));
        }
        for (AgentSummary a : summary.agents()) {
            if (a.budgetExhausted() != null || a.plannerSkipped() > 0) {
                text.append(String.format(Locale.ROOT, "%s: %d planner turns skipped for budget%s; it ran on its "
                        + "reflex meanwhile%n", a.id(), a.plannerSkipped(), a.budgetExhausted() == null ? ""
                        : " (" + a.budgetExhausted() + ")"));
            }
        }
        if (summary.stoppedBy() != null) {
            text.append(String.format("Stopped early: %s%n", summary.stoppedBy()));
        }
        text.append(String.format("%nTeam metrics:%n"));
        summary.teamMetrics().forEach((metric, value) -> text.append(
                String.format(Locale.ROOT, "  %-20s %10.2f%n", metric, value)));
        text.append(String.format("%nBus events per topic (published / delivered, to the trace and every other "
                + "observer / lost):%n"));
        for (Map.Entry<String, TopicStats> topic : summary.busTopics().entrySet()) {
            TopicStats stats = topic.getValue();
            text.append(String.format(Locale.ROOT, "  %-10s %7d / %7d / %d%n", topic.getKey(), stats.published(),
                    stats.delivered(), stats.lost()));
        }
        text.append(String.format("%nWrote %s/trace.jsonl (%d events), %s/summary.json and %s/metrics.csv%n",
                outputDir, summary.traceEvents(), outputDir, outputDir));
        return text.toString();
    }
}
