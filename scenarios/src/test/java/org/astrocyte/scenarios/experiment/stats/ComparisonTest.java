package org.astrocyte.scenarios.experiment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    /** Student's sleep data (R's {@code sleep}): extra hours of sleep under drug 1 and drug 2. */
    private static final double[] SLEEP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    private static final double[] SLEEP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    /** Two samples without ties. */
    private static final double[] LOW = {1.1, 2.3, 0.4, 3.8, 2.9, 1.7, 0.9};
    private static final double[] HIGH = {4.2, 3.1, 5.6, 2.6, 4.9, 6.3, 3.3, 5.0};

    private static final GroupKey A = GroupKey.of("drug 1");
    private static final GroupKey B = GroupKey.of("drug 2");

    @Test
    void should_match_r_welch_test_on_the_sleep_data() {
        // when
        Comparison comparison = Comparison.of("extra", A, SLEEP_1, B, SLEEP_2);

        // then: R t.test(extra ~ group, sleep): t = -1.8608, df = 17.776, p = 0.07939, CI of 1 - 2 is
        // [-3.3654832, 0.2054832]; scipy ttest_ind(b, a, equal_var=False) gives the figures below
        assertEquals(1.58, comparison.difference(), 1e-12);
        assertEquals(17.776473516178488, comparison.welchDegreesOfFreedom(), 1e-9);
        assertEquals(0.0793941401873583, comparison.welchP(), 1e-9);
        assertEquals(-0.20548323071171137, comparison.differenceInterval().lower(), 1e-7);
        assertEquals(3.3654832307117104, comparison.differenceInterval().upper(), 1e-7);
        assertEquals(10, comparison.baselineN());
        assertEquals(10, comparison.treatmentN());
    }

    @Test
    void should_give_a_welch_p_consistent_with_its_own_degrees_of_freedom() {
        // given
        Comparison comparison = Comparison.of("x", A, LOW, B, HIGH);
        double se = comparison.differenceInterval().width() / 2.0
                / ConditionSummary.tQuantile(comparison.welchDegreesOfFreedom());

        // when: the two-sided p-value from t = difference / se and the Welch degrees of freedom
        double t = comparison.difference() / se;
        double p = 2.0 * new TDistribution(null, comparison.welchDegreesOfFreedom()).cumulativeProbability(-t);

        // then: scipy ttest_ind(HIGH, LOW, equal_var=False): t = 3.870723331720723, df = 12.942309362542257,
        // p = 0.0019453787820421901
        assertEquals(3.870723331720723, t, 1e-7);
        assertEquals(12.942309362542257, comparison.welchDegreesOfFreedom(), 1e-9);
        assertEquals(0.0019453787820421901, comparison.welchP(), 1e-9);
        assertEquals(comparison.welchP(), p, 1e-9);
    }

    @Test
    void should_match_scipy_mann_whitney_normal_approximation_without_ties() {
        // when
        Comparison comparison = Comparison.of("x", A, LOW, B, HIGH);

        // then: U = 52 of 56; scipy mannwhitneyu(HIGH, LOW, method='asymptotic', use_continuity=False) p
        assertEquals(0.005478553242547366, comparison.mannWhitneyP(), 1e-9);
        // by hand: z = (56 - 52 - 28) / sqrt(7 * 8 * 16 / 12) = -2.7775 gives the same p
        double z = (4.0 - 28.0) / Math.sqrt(7.0 * 8.0 * 16.0 / 12.0);
        assertEquals(-2.7775, z, 1e-4);
    }

    @Test
    void should_compute_hedges_g_by_hand_on_a_known_example() {
        // given: means 3 and 5, both variances 2.5, so d = 2 / sqrt(2.5) = 1.2649; m = 8 and
        // J(8) = Gamma(4) / (sqrt(4) Gamma(3.5)) = 6 / (2 * 15 sqrt(pi) / 8) = 1.6 / sqrt(pi) = 0.9027
        double[] a = {1, 2, 3, 4, 5};
        double[] b = {3, 4, 5, 6, 7};
        double d = 2.0 / Math.sqrt(2.5);
        double j = 1.6 / Math.sqrt(Math.PI);
        double g = j * d;
        double se = Math.sqrt(10.0 / 25.0 + g * g / 20.0);

        // when
        HedgesG effect = Comparison.of("x", A, a, B, b).effectSize();

        // then
        assertEquals(1.1418394343377734, g, 1e-12);
        assertEquals(g, effect.g(), 1e-12);
        assertEquals(g - 1.959963984540054 * se, effect.interval().lower(), 1e-9);
        assertEquals(g + 1.959963984540054 * se, effect.interval().upper(), 1e-9);
        assertEquals(-g, HedgesG.of(b, a).g(), 1e-12);
        assertEquals(1.0 - 3.0 / 31.0, HedgesG.correction(8), 1e-3);
    }

    @Test
    void should_write_a_verdict_with_fewer_and_the_interval_turned_to_match() {
        // given: the treatment has the smaller mean
        GroupKey plannerOnly = new GroupKey("planner-only", Map.of("speed", "0.3"));
        GroupKey both = new GroupKey("planner+reflex", Map.of("speed", "0.3"));

        // when
        Comparison comparison = Comparison.of("collisions", plannerOnly, HIGH, both, LOW);

        // then: scipy ttest_ind(LOW, HIGH, equal_var=False) CI of B - A = [-3.901524360795797, -1.10561849634706]
        assertEquals(13.1 / 7.0 - 35.0 / 8.0, comparison.difference(), 1e-12);
        assertEquals(-3.901524360795797, comparison.differenceInterval().lower(), 1e-7);
        assertEquals(-1.10561849634706, comparison.differenceInterval().upper(), 1e-7);
        assertEquals("planner+reflex has 2.5 fewer collisions than planner-only at speed=0.3 (95% CI 1.11 to 3.9), "
                + "g = -1.9, p = 0.0019", comparison.verdict());
    }

    @Test
    void should_write_a_verdict_with_more_full_labels_and_a_small_p() {
        // given: groups of different settings, a large difference
        GroupKey slow = new GroupKey("reflex-only", Map.of("speed", "0.1"));
        GroupKey fast = new GroupKey("reflex-only", Map.of("speed", "0.5"));
        double[] few = {0, 1, 0, 1, 0, 1, 0, 1};
        double[] many = {10, 11, 10, 11, 10, 11, 10, 11};

        // when
        String verdict = Comparison.of("collisions", slow, few, fast, many).verdict();

        // then
        assertEquals("reflex-only [speed=0.5] has 10 more collisions than reflex-only [speed=0.1] (95% CI 9.43 to "
                + "10.6), g = 18, p < 0.001", verdict);
    }

    @Test
    void should_say_when_neither_group_varies() {
        // given: no collisions at all in either group
        double[] zeros = {0, 0, 0, 0};

        // when
        Comparison comparison = Comparison.of("collisions", A, zeros, B, zeros.clone());

        // then
        assertNull(comparison.differenceInterval());
        assertTrue(Double.isNaN(comparison.welchP()));
        assertTrue(Double.isNaN(comparison.effectSize().g()));
        assertEquals(1.0, comparison.mannWhitneyP(), 1e-12);
        assertEquals("drug 2 has the same mean collisions as drug 1 (neither group varies: no interval, g or "
                + "Welch p)", comparison.verdict());
    }

    @Test
    void should_exclude_nan_values_and_refuse_groups_of_fewer_than_two() {
        // when
        Comparison comparison = Comparison.of("x", A, new double[] {1, Double.NaN, 3}, B, new double[] {2, 4});

        // then
        assertEquals(2, comparison.baselineN());
        assertEquals(1.0, comparison.difference(), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> Comparison.of("x", A, new double[] {1, Double.NaN}, B, new double[] {2, 4}));
    }
}
