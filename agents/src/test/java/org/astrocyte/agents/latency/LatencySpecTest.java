package org.astrocyte.agents.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencySpecTest {

    private static long[] draws(PlannerLatency latency, int count) {
        return LongStream.range(0, count).map(i -> latency.delayMicros(0)).sorted().toArray();
    }

    @Test
    void should_give_zero_fixed_and_measured_latencies() {
        assertEquals(0, LatencySpec.zero().create(1).delayMicros(5_000_000));
        assertEquals(2_000_000, LatencySpec.fixed(2).create(1).delayMicros(5_000_000));
        assertEquals(1_234, new LatencySpec("measured", null, null, null, null, null).create(1).delayMicros(1_234_567));
    }

    @Test
    void should_draw_uniform_latencies_within_bounds_and_the_same_for_a_seed() {
        LatencySpec spec = new LatencySpec("uniform", null, 0.5, 1.5, null, null);
        long[] first = draws(spec.create(42), 10_000);
        assertTrue(first[0] >= 500_000 && first[first.length - 1] <= 1_500_000);
        assertEquals(1_000_000, first[first.length / 2], 20_000, "median of U(0.5, 1.5) s");
        assertTrue(Arrays.equals(first, draws(spec.create(42), 10_000)), "same seed, same draws");
        assertTrue(!Arrays.equals(first, draws(spec.create(43), 10_000)), "another seed, other draws");
    }

    @Test
    void should_draw_log_normal_latencies_around_the_median_with_the_given_spread() {
        long[] draws = draws(new LatencySpec("lognormal", null, null, null, 2.0, 0.5).create(7), 20_000);
        assertEquals(2_000_000, draws[draws.length / 2], 50_000, "median 2 s");
        // the 84th percentile of a log-normal is median * e^sigma
        assertEquals(2.0 * Math.exp(0.5), draws[(int) (0.8413 * draws.length)] / 1e6, 0.1);
    }

    @Test
    void should_name_what_is_missing_or_wrong() {
        assertEquals("latency seconds must be from 0 to 600 s, got null", assertThrows(IllegalArgumentException.class,
                () -> new LatencySpec("fixed", null, null, null, null, null)).getMessage());
        assertEquals("latency min (2.0 s) is above max (1.0 s)", assertThrows(IllegalArgumentException.class,
                () -> new LatencySpec("uniform", null, 2.0, 1.0, null, null)).getMessage());
        assertEquals("latency kind must be zero, measured, fixed, uniform or lognormal, got 'gamma'",
                assertThrows(IllegalArgumentException.class,
                        () -> new LatencySpec("gamma", null, null, null, null, null)).getMessage());
    }
}
