package org.astrocyte.scenarios.experiment.stats;

import java.util.Objects;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The comparison of one metric between a baseline group A and a treatment group B: the difference of means B - A
 * with its Welch 95 % confidence interval, Hedges' g, and two two-sided p-values. Means, the difference and its
 * interval are in the unit of the metric; g and the p-values are dimensionless.
 *
 * <p>The Welch interval is (B - A) +- t(0.975, df) sqrt(vA / nA + vB / nB) with the Welch-Satterthwaite degrees of
 * freedom (Welch 1947, Biometrika 34:28-35); its p-value is Commons Math's unequal-variance {@link TTest}. The
 * Mann-Whitney p-value is Commons Math's {@link MannWhitneyUTest}, which in version 3.6.1 always uses the normal
 * approximation without continuity or tie correction: with ties (for example many zero collision counts) it is
 * conservative, and for very small groups it differs from an exact test. When neither group varies the Welch
 * interval, its degrees of freedom and p-value and Hedges' g are undefined (null or NaN).
 *
 * @param metric                the metric name
 * @param baseline              group A
 * @param treatment             group B
 * @param baselineN             the number of values of A used (NaN values excluded), at least two
 * @param treatmentN            the number of values of B used, at least two
 * @param baselineMean          the mean of A
 * @param treatmentMean         the mean of B
 * @param differenceInterval    the Welch 95 % interval of B - A, or {@code null} if neither group varies
 * @param welchDegreesOfFreedom the Welch-Satterthwaite degrees of freedom, or NaN if neither group varies
 * @param effectSize            Hedges' g of B against A, with its interval
 * @param welchP                the two-sided Welch t-test p-value, or NaN if neither group varies
 * @param mannWhitneyP          the two-sided Mann-Whitney U test p-value
 */
public record Comparison(String metric, GroupKey baseline, GroupKey treatment, int baselineN, int treatmentN,
        double baselineMean, double treatmentMean, ConfidenceInterval differenceInterval,
        double welchDegreesOfFreedom, HedgesG effectSize, double welchP, double mannWhitneyP) {

    /** Validates the fields. */
    public Comparison {
        TrialResult.requireName(metric, "metric");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(effectSize, "effectSize");
        if (baselineN < 2 || treatmentN < 2) {
            throw new IllegalArgumentException("a comparison needs two values per group, got " + baselineN
                    + " and " + treatmentN);
        }
    }

    /**
     * Compares the values of one metric between two groups.
     *
     * @param metric          the metric name
     * @param baseline        group A
     * @param baselineValues  the values of A, one per trial; NaN values are excluded
     * @param treatment       group B
     * @param treatmentValues the values of B, one per trial; NaN values are excluded
     * @return the comparison
     * @throws IllegalArgumentException if a group has fewer than two values once NaN values are excluded
     */
    public static Comparison of(String metric, GroupKey baseline, double[] baselineValues, GroupKey treatment,
            double[] treatmentValues) {
        double[] a = Samples.withoutNaN(baselineValues, baseline.label() + " / " + metric);
        double[] b = Samples.withoutNaN(treatmentValues, treatment.label() + " / " + metric);
        if (a.length < 2 || b.length < 2) {
            throw new IllegalArgumentException("comparing " + metric + " needs two values per group: "
                    + baseline.label() + " has " + a.length + ", " + treatment.label() + " has " + b.length);
        }
        double meanA = StatUtils.mean(a);
        double meanB = StatUtils.mean(b);
        double shareA = StatUtils.variance(a) / a.length;
        double shareB = StatUtils.variance(b) / b.length;
        double mannWhitneyP = new MannWhitneyUTest().mannWhitneyUTest(a, b);
        HedgesG effectSize = HedgesG.of(a, b);
        if (shareA + shareB == 0.0) {
            return new Comparison(metric, baseline, treatment, a.length, b.length, meanA, meanB, null, Double.NaN,
                    effectSize, Double.NaN, mannWhitneyP);
        }
        double se = Math.sqrt(shareA + shareB);
        double df = Math.pow(shareA + shareB, 2)
                / (shareA * shareA / (a.length - 1) + shareB * shareB / (b.length - 1));
        double halfWidth = ConditionSummary.tQuantile(df) * se;
        double difference = meanB - meanA;
        ConfidenceInterval interval = new ConfidenceInterval(difference - halfWidth, difference + halfWidth);
        double welchP = new TTest().tTest(a, b);
        return new Comparison(metric, baseline, treatment, a.length, b.length, meanA, meanB, interval, df,
                effectSize, welchP, mannWhitneyP);
    }

    /**
     * Returns the difference of means, treatment minus baseline.
     *
     * @return mean B - mean A, in the unit of the metric
     */
    public double difference() {
        return treatmentMean - baselineMean;
    }

    /**
     * Returns the comparison as one readable line, e.g. {@code "planner+reflex has 4.2 fewer collisions than
     * planner-only (95% CI 3.1 to 5.3), g = -1.8, p < 0.001"}: the difference as a magnitude with "fewer" or
     * "more" (its interval turned the same way), Hedges' g of B against A, and the Welch p-value. Groups with the
     * same parameters are named by their conditions, followed by "at" and the setting.
     *
     * @return the verdict
     */
    public String verdict() {
        String subject = treatment.label();
        String object = baseline.label();
        String setting = "";
        if (baseline.parameters().equals(treatment.parameters())) {
            subject = treatment.condition();
            object = baseline.condition();
            setting = baseline.parameters().isEmpty() ? "" : " at " + baseline.setting();
        }
        double difference = difference();
        StringBuilder line = new StringBuilder(subject).append(" has ");
        if (difference == 0.0) {
            line.append("the same mean ").append(metric).append(" as ");
        } else {
            line.append(Figures.significant(Math.abs(difference), 3))
                    .append(difference < 0 ? " fewer " : " more ").append(metric).append(" than ");
        }
        line.append(object).append(setting);
        if (differenceInterval == null) {
            return line.append(" (neither group varies: no interval, g or Welch p)").toString();
        }
        boolean fewer = difference < 0;
        double low = fewer ? -differenceInterval.upper() : differenceInterval.lower();
        double high = fewer ? -differenceInterval.lower() : differenceInterval.upper();
        return line.append(" (95% CI ").append(Figures.significant(low, 3)).append(" to ")
                .append(Figures.significant(high, 3)).append("), g = ")
                .append(Figures.significant(effectSize.g(), 2)).append(", p ").append(Figures.pValue(welchP))
                .toString();
    }
}
