package org.astrocyte.scenarios.experiment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class ConditionSummaryTest {

    private static final GroupKey GROUP = GroupKey.of("planner-only");

    /** t(0.975, 7) from scipy 1.17.1 {@code stats.t.ppf(0.975, 7)}; R's {@code qt(0.975, 7)} agrees. */
    private static final double T_975_DF7 = 2.364624251592784;

    @Test
    void should_match_mean_sd_and_t_interval_computed_by_hand() {
        // given: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32
        double[] values = {2, 4, 4, 4, 5, 5, 7, 9};
        double sd = Math.sqrt(32.0 / 7.0);
        double se = sd / Math.sqrt(8.0);

        // when
        ConditionSummary summary = ConditionSummary.of(GROUP, "collisions", values, 1);

        // then
        assertEquals(8, summary.n());
        assertEquals(0, summary.excluded());
        assertEquals(5.0, summary.mean(), 1e-12);
        assertEquals(sd, summary.standardDeviation(), 1e-12);
        assertEquals(se, summary.standardError(), 1e-12);
        assertEquals(5.0 - T_975_DF7 * se, summary.tInterval().lower(), 1e-8);
        assertEquals(5.0 + T_975_DF7 * se, summary.tInterval().upper(), 1e-8);
        // scipy: stats.t.interval(0.95, 7, loc=5, scale=sem) = (3.21251208176379, 6.787487918236209)
        assertEquals(3.21251208176379, summary.tInterval().lower(), 1e-8);
        assertEquals(6.787487918236209, summary.tInterval().upper(), 1e-8);
        assertEquals(2.0, summary.min());
        assertEquals(9.0, summary.max());
    }

    @Test
    void should_use_the_t_quantile_that_r_and_scipy_give() {
        // R qt(0.975, 9) = 2.262157; scipy stats.t.ppf(0.975, 9) = 2.262157162798205
        assertEquals(2.262157162798205, ConditionSummary.tQuantile(9), 1e-8);
        assertEquals(T_975_DF7, ConditionSummary.tQuantile(7), 1e-8);

        // and the interval of ten values is mean +- 2.262157 se
        ConditionSummary summary = ConditionSummary.of(GROUP, "x", new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 1);
        double halfWidth = summary.tInterval().width() / 2.0;
        assertEquals(2.262157, halfWidth / summary.standardError(), 1e-6);
    }

    @Test
    void should_give_the_same_bootstrap_interval_for_the_same_seed_and_another_for_another_seed() {
        // given
        double[] values = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};

        // when
        ConditionSummary first = ConditionSummary.of(GROUP, "x", values, 42);
        ConditionSummary again = ConditionSummary.of(GROUP, "x", values.clone(), 42);
        ConditionSummary other = ConditionSummary.of(GROUP, "x", values, 43);

        // then
        assertEquals(first.bootstrapInterval(), again.bootstrapInterval());
        assertNotEquals(first.bootstrapInterval(), other.bootstrapInterval());
        assertTrue(first.bootstrapInterval().contains(first.mean()), first.bootstrapInterval().toString());
        assertTrue(first.bootstrapInterval().lower() >= first.min());
        assertTrue(first.bootstrapInterval().upper() <= first.max());
    }

    @Test
    void should_bring_the_bootstrap_interval_near_the_t_interval_for_a_large_normal_sample() {
        // given: 500 values from N(10, 2^2)
        double[] values = new NormalDistribution(new Well19937c(2024), 10.0, 2.0).sample(500);

        // when
        ConditionSummary summary = ConditionSummary.of(GROUP, "x", values, 7);

        // then: the t interval is about +-0.18 wide; the bootstrap's ends are within 5 % of its width
        ConfidenceInterval t = summary.tInterval();
        ConfidenceInterval bootstrap = summary.bootstrapInterval();
        assertTrue(bootstrap.contains(summary.mean()));
        assertEquals(t.lower(), bootstrap.lower(), 0.05 * t.width(), () -> t + " vs " + bootstrap);
        assertEquals(t.upper(), bootstrap.upper(), 0.05 * t.width(), () -> t + " vs " + bootstrap);
    }

    @Test
    void should_report_no_spread_and_no_interval_for_a_single_value() {
        // when
        ConditionSummary summary = ConditionSummary.of(GROUP, "time_to_goal", new double[] {12.5}, 1);

        // then
        assertEquals(1, summary.n());
        assertEquals(12.5, summary.mean());
        assertTrue(Double.isNaN(summary.standardDeviation()));
        assertTrue(Double.isNaN(summary.standardError()));
        assertNull(summary.tInterval());
        assertNull(summary.bootstrapInterval());
        assertEquals(12.5, summary.min());
        assertEquals(12.5, summary.max());
    }

    @Test
    void should_exclude_and_count_nan_values() {
        // when
        ConditionSummary summary = ConditionSummary.of(GROUP, "time_to_goal",
                new double[] {Double.NaN, 2, 4, Double.NaN, 6}, 1);

        // then
        assertEquals(3, summary.n());
        assertEquals(2, summary.excluded());
        assertEquals(4.0, summary.mean(), 1e-12);
        assertEquals(2.0, summary.standardDeviation(), 1e-12);
    }

    @Test
    void should_refuse_a_group_without_values_or_with_an_infinite_value() {
        assertThrows(IllegalArgumentException.class, () -> ConditionSummary.of(GROUP, "x", new double[0], 1));
        assertThrows(IllegalArgumentException.class,
                () -> ConditionSummary.of(GROUP, "x", new double[] {Double.NaN, Double.NaN}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> ConditionSummary.of(GROUP, "x", new double[] {1, Double.NEGATIVE_INFINITY}, 1));
    }

    @Test
    void should_refuse_a_summary_whose_intervals_do_not_match_its_count() {
        ConfidenceInterval interval = new ConfidenceInterval(1, 2);
        assertThrows(IllegalArgumentException.class, () -> new ConditionSummary(GROUP, "x", 1, 0, 1, 0, 0,
                interval, interval, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ConditionSummary(GROUP, "x", 3, 0, 1, 0, 0,
                null, null, 1, 1));
    }
}
