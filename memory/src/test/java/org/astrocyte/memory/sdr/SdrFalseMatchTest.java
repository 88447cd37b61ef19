package org.astrocyte.memory.sdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chance overlap of unrelated codes, which sets how low a recall threshold may go (Ahmad and
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

    /**
     * Measured false-match rates against Ahmad and Hawkins's formula, where the rates are large enough to measure:
     * small codes and thresholds near the mean overlap. Each measured rate must lie within four binomial standard
     * errors of the formula.
     */
    @ParameterizedTest(name = "n {0}, w {1}, theta {2}")
    @CsvSource({"128, 16, 3", "128, 16, 5", "256, 24, 4", "512, 32, 4", "1024, 20, 2", "2048, 40, 3",
            "2048, 40, 5"})
    void should_match_unrelated_codes_as_often_as_the_theory_says(int n, int w, int theta) {
        // given
        SplittableRandom rng = new SplittableRandom(n * 31L + theta);
        int pairs = 200_000;
        // when
        int matches = 0;
        for (int p = 0; p < pairs; p++) {
            if (randomCode(rng, n, w).overlap(randomCode(rng, n, w)) >= theta) {
                matches++;
            }
        }
        // then
        double expected = SdrTheory.falseMatchProbability(n, w, theta);
        double measured = (double) matches / pairs;
        double standardError = Math.sqrt(expected * (1 - expected) / pairs);
        assertTrue(expected > 1e-4, "pick cases the sample can measure: " + expected);
        assertEquals(expected, measured, 4 * standardError, "false-match rate for n " + n + ", w " + w + ", theta "
                + theta);
    }

    @Test
    void should_make_chance_matches_negligible_at_the_default_code_and_a_quarter_threshold() {
        // P(overlap >= 10) for n 2048, w 40: the paper's point that sparse codes almost never collide
        double p = SdrTheory.falseMatchProbability(2048, 40, 10);
        assertTrue(p < 1e-7 && p > 1e-12, "P = " + p);
        assertEquals(1.0, SdrTheory.falseMatchProbability(2048, 40, 0), 0.0);
    }

    private static Sdr randomCode(SplittableRandom rng) {
        return randomCode(rng, N, W);
    }

    private static Sdr randomCode(SplittableRandom rng, int n, int w) {
        return Sdr.of(n, rng.ints(0, n).distinct().limit(w).toArray());
    }
}
