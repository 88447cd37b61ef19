package org.astrocyte.memory.sdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Sanity check of the chance overlap of unrelated codes, which sets how low a recall threshold may go (Ahmad and
 * Hawkins 2015): for random codes of n bits with w active, the overlap is hypergeometric with mean w*w/n.
 */
class SdrFalseMatchTest {

    private static final int N = 2048;
    private static final int W = 40;
    private static final int PAIRS = 20_000;

    @Test
    void should_overlap_random_codes_by_about_w_squared_over_n() {
        // given
        SplittableRandom rng = new SplittableRandom(5);
        long sum = 0;
        int largest = 0;
        // when
        for (int p = 0; p < PAIRS; p++) {
            int overlap = randomCode(rng).overlap(randomCode(rng));
            sum += overlap;
            largest = Math.max(largest, overlap);
        }
        // then: the mean is within four standard errors of w*w/n = 0.78
        double mean = (double) sum / PAIRS;
        double expected = (double) W * W / N;
        double variance = expected * (N - W) / N * (N - W) / (N - 1.0);
        double standardError = Math.sqrt(variance / PAIRS);
        assertEquals(expected, mean, 4 * standardError, "mean chance overlap");
        // and no pair comes near a threshold of a quarter of the code (P(overlap >= 10) is about 1e-8 per pair)
        assertTrue(largest < W / 4, "largest chance overlap " + largest);
    }

    private static Sdr randomCode(SplittableRandom rng) {
        return Sdr.of(N, rng.ints(0, N).distinct().limit(W).toArray());
    }
}
