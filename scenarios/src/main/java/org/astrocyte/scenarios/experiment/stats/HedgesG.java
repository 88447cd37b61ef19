package org.astrocyte.scenarios.experiment.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Hedges' g, the standardised difference of two means B - A corrected for its small-sample bias, with an
 * approximate 95 % confidence interval. Dimensionless.
 *
 * <p>Cohen's d = (mean B - mean A) / s, with s the pooled sample standard deviation
 * sqrt(((nA - 1) vA + (nB - 1) vB) / (nA + nB - 2)); g = J(m) d with m = nA + nB - 2 and the exact correction
 * J(m) = Gamma(m / 2) / (sqrt(m / 2) Gamma((m - 1) / 2)) (Hedges 1981, "Distribution theory for Glass's estimator
 * of effect size and related estimators", J. Educational Statistics 6(2):107-128; close to
 * 1 - 3 / (4m - 1)). The interval is g +- z(0.975) sqrt((nA + nB) / (nA nB) + g^2 / (2 (nA + nB))), the
 * large-sample normal approximation of Hedges &amp; Olkin 1985 (<i>Statistical Methods for Meta-Analysis</i>,
 * ch. 5).
 *
 * @param g        the effect size, NaN when neither group varies (pooled sd 0)
 * @param interval the approximate 95 % interval of g, {@code null} when g is NaN
 */
public record HedgesG(double g, ConfidenceInterval interval) {

    /** Validates that an interval is present exactly when g is defined. */
    public HedgesG {
        if (Double.isNaN(g) != (interval == null)) {
            throw new IllegalArgumentException("the interval must be absent exactly when g is NaN");
        }
    }

    /**
     * Computes Hedges' g of B against A.
     *
     * @param a the values of group A, finite, at least two
     * @param b the values of group B, finite, at least two
     * @return g and its interval
     */
    public static HedgesG of(double[] a, double[] b) {
        if (a.length < 2 || b.length < 2) {
            throw new IllegalArgumentException("Hedges' g needs two values per group, got " + a.length + " and "
                    + b.length);
        }
        int m = a.length + b.length - 2;
        double pooledVariance = ((a.length - 1) * StatUtils.variance(a) + (b.length - 1) * StatUtils.variance(b)) / m;
        if (pooledVariance == 0.0) {
            return new HedgesG(Double.NaN, null);
        }
        double d = (StatUtils.mean(b) - StatUtils.mean(a)) / Math.sqrt(pooledVariance);
        double g = correction(m) * d;
        double nSum = a.length + b.length;
        double se = Math.sqrt(nSum / ((double) a.length * b.length) + g * g / (2.0 * nSum));
        double z = new NormalDistribution(null, 0.0, 1.0)
                .inverseCumulativeProbability(1.0 - (1.0 - ConfidenceInterval.LEVEL) / 2.0);
        return new HedgesG(g, new ConfidenceInterval(g - z * se, g + z * se));
    }

    /**
     * Returns Hedges' exact small-sample correction J(m).
     *
     * @param m the degrees of freedom nA + nB - 2, at least two
     * @return J(m), below one and rising to one as m grows
     */
    static double correction(int m) {
        double half = m / 2.0;
        return Math.exp(Gamma.logGamma(half) - 0.5 * Math.log(half) - Gamma.logGamma((m - 1) / 2.0));
    }
}
