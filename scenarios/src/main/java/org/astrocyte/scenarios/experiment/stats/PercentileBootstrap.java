package org.astrocyte.scenarios.experiment.stats;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The percentile bootstrap confidence interval of a mean (Efron &amp; Tibshirani 1993, <i>An Introduction to the
 * Bootstrap</i>, ch. 13): resample the sample with replacement many times, take the mean of each resample, and
 * report the 2.5th and 97.5th percentiles of those means (R's quantile type 7).
 *
 * <p>Resampling draws from a {@link Well19937c} generator seeded explicitly, so the same sample, number of resamples
 * and seed always give the same interval.
 */
public final class PercentileBootstrap {

    /** The number of resamples used for summaries. */
    public static final int RESAMPLES = 2000;

    private PercentileBootstrap() {
    }

    /**
     * Computes the 95 % percentile bootstrap interval of the mean of a sample.
     *
     * @param sample    the values, finite, at least two
     * @param resamples the number of resamples, at least 100
     * @param seed      the seed of the resampling generator
     * @return the interval, in the unit of the sample
     */
    public static ConfidenceInterval meanInterval(double[] sample, int resamples, long seed) {
        if (sample.length < 2) {
            throw new IllegalArgumentException("the bootstrap needs at least two values, got " + sample.length);
        }
        if (resamples < 100) {
            throw new IllegalArgumentException("at least 100 resamples are needed, got " + resamples);
        }
        RandomGenerator random = new Well19937c(seed);
        int n = sample.length;
        double[] resample = new double[n];
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                resample[i] = sample[random.nextInt(n)];
            }
            means[b] = StatUtils.mean(resample);
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(means);
        double tail = 100.0 * (1.0 - ConfidenceInterval.LEVEL) / 2.0;
        return new ConfidenceInterval(percentile.evaluate(tail), percentile.evaluate(100.0 - tail));
    }
}
