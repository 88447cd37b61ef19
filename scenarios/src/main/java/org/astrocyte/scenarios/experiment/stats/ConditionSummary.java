package org.astrocyte.scenarios.experiment.stats;

import java.util.Objects;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The summary of one metric over one group of trials: how many values, their mean and spread, and two 95 %
 * confidence intervals of the mean. All figures except the counts are in the unit of the metric.
 *
 * <p>With a single value there is no spread: the standard deviation and standard error are NaN and both intervals
 * are {@code null}. A group with no value is refused. NaN values (not measured) are excluded and counted in
 * {@code excluded}.
 *
 * @param group              the group of trials
 * @param metric             the metric name
 * @param n                  the number of values used, at least one
 * @param excluded           the number of trials of the group whose value was NaN or absent
 * @param mean               the arithmetic mean
 * @param standardDeviation  the sample standard deviation (divisor n - 1); NaN when n = 1
 * @param standardError      the standard error of the mean, sd / sqrt(n); NaN when n = 1
 * @param tInterval          mean +- t(0.975, n - 1) * se by Student's t; {@code null} when n = 1
 * @param bootstrapInterval  the percentile bootstrap interval of the mean ({@link PercentileBootstrap});
 *                           {@code null} when n = 1
 * @param min                the smallest value
 * @param max                the largest value
 */
public record ConditionSummary(GroupKey group, String metric, int n, int excluded, double mean,
        double standardDeviation, double standardError, ConfidenceInterval tInterval,
        ConfidenceInterval bootstrapInterval, double min, double max) {

    /** Validates the fields. */
    public ConditionSummary {
        Objects.requireNonNull(group, "group");
        TrialResult.requireName(metric, "metric");
        if (n < 1 || excluded < 0) {
            throw new IllegalArgumentException("bad counts n = " + n + ", excluded = " + excluded);
        }
        if ((n == 1) != (tInterval == null) || (n == 1) != (bootstrapInterval == null)) {
            throw new IllegalArgumentException("intervals must be absent exactly when n = 1 (n = " + n + ")");
        }
    }

    /**
     * Summarises the values of one metric over one group.
     *
     * @param group         the group of trials
     * @param metric        the metric name
     * @param values        the values, one per trial; NaN (not measured) values are excluded and counted
     * @param bootstrapSeed the seed of the bootstrap's resampling
     * @return the summary
     * @throws IllegalArgumentException if no value is left once NaN values are excluded, or a value is infinite
     */
    public static ConditionSummary of(GroupKey group, String metric, double[] values, long bootstrapSeed) {
        double[] kept = Samples.withoutNaN(values, group.label() + " / " + metric);
        if (kept.length == 0) {
            throw new IllegalArgumentException("no value of " + metric + " in " + group.label() + " ("
                    + values.length + " NaN)");
        }
        SummaryStatistics statistics = new SummaryStatistics();
        for (double value : kept) {
            statistics.addValue(value);
        }
        int n = kept.length;
        int excluded = values.length - n;
        if (n == 1) {
            return new ConditionSummary(group, metric, 1, excluded, kept[0], Double.NaN, Double.NaN, null, null,
                    kept[0], kept[0]);
        }
        double mean = statistics.getMean();
        double sd = statistics.getStandardDeviation();
        double se = sd / Math.sqrt(n);
        double halfWidth = tQuantile(n - 1) * se;
        ConfidenceInterval t = new ConfidenceInterval(mean - halfWidth, mean + halfWidth);
        ConfidenceInterval bootstrap = PercentileBootstrap.meanInterval(kept, PercentileBootstrap.RESAMPLES,
                bootstrapSeed);
        return new ConditionSummary(group, metric, n, excluded, mean, sd, se, t, bootstrap, statistics.getMin(),
                statistics.getMax());
    }

    /**
     * Returns the two-sided 95 % quantile of Student's t distribution, t(0.975, df).
     *
     * @param degreesOfFreedom the degrees of freedom, positive (need not be whole)
     * @return the quantile
     */
    static double tQuantile(double degreesOfFreedom) {
        // No generator is needed: the distribution is only inverted, never sampled.
        TDistribution t = new TDistribution(null, degreesOfFreedom);
        return t.inverseCumulativeProbability(1.0 - (1.0 - ConfidenceInterval.LEVEL) / 2.0);
    }
}
