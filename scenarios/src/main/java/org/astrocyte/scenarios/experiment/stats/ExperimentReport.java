package org.astrocyte.scenarios.experiment.stats;

import java.util.List;

/**
 * The statistics of an experiment: the summaries of every group and metric, the comparisons of the declared
 * condition pairs, and what could not be computed and why.
 *
 * @param summaries   one per group and metric that has at least one value, metric-major (all groups of the first
 *                    metric, then of the second, ...), groups in {@link ExperimentStatistics#groups()} order
 * @param comparisons one per declared pair, parameter setting and metric where both groups have two values,
 *                    metric-major, then pair order, then setting order
 * @param omissions   readable reasons for every summary or comparison left out, e.g. a group whose metric was
 *                    never measured
 */
public record ExperimentReport(List<ConditionSummary> summaries, List<Comparison> comparisons,
        List<String> omissions) {

    /** Stores unmodifiable copies of the lists. */
    public ExperimentReport {
        summaries = List.copyOf(summaries);
        comparisons = List.copyOf(comparisons);
        omissions = List.copyOf(omissions);
    }

    /**
     * Returns the verdict line of every comparison, in order.
     *
     * @return the verdicts
     */
    public List<String> verdicts() {
        return comparisons.stream().map(Comparison::verdict).toList();
    }
}
