package org.astrocyte.memory.sdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The signal-to-noise theory of the memory: limits it must reach, monotonicity, and agreement with a Monte Carlo
 * of the same random variables, which checks the sums (mixtures, convolutions, ties) rather than the model.
 */
class SdmTheoryTest {

    /** A small shape whose predictions take milliseconds: n 512, w 16, 1500 locations with 6-bit addresses. */
    private static final KanervaMemory.Config SMALL = KanervaMemory.Config.builder().codeSize(512).outputBits(16)
            .locations(1500).addressBits(6).build();

    @Test
    void should_use_kanervas_access_probability_and_share_every_location_with_a_clean_cue() {
        SdmTheory theory = new SdmTheory(KanervaMemory.Config.defaults(), 40);
        // P(H(2048, 40, 6) >= 2), by hand: 1 - P(0) - P(1) of the hypergeometric
        double none = 1;
        for (int i = 0; i < 6; i++) {
            none *= (2048.0 - 40 - i) / (2048 - i);
        }
        double one = 6 * 40.0 / (2048 - 5);
        for (int i = 0; i < 5; i++) {
            one *= (2048.0 - 40 - i) / (2048 - i);
        }
        assertEquals(1 - none - one, theory.activationProbability(), 1e-12);
        assertEquals(10_000 * theory.activationProbability(), theory.meanActivated(), 1e-9);
        assertEquals(1.0, theory.sharedFraction(0), 1e-12);
        assertTrue(theory.sharedFraction(8) < 0.7 && theory.sharedFraction(8) > 0.6, "" + theory.sharedFraction(8));
    }

    @Test
    void should_split_the_write_rate_by_overlap_with_the_cue_without_changing_its_mean() {
        // given the overlap groups of the noise model
        ReadNoise noise = new ReadNoise(KanervaMemory.Config.defaults(), 40);
        // then their mean rate is P0, the unconditional chance that an item holding a bit wrote to a location whose
        // address lacks the bit: P(H(2047, 6, 39) >= 2), since activations by independent codes are independent
        double p0 = AccessGeometry.tail(2047, 6, 39, 2);
        assertEquals(p0, noise.meanColdRate(ReadNoise.OFF_CUE), 1e-9);
        assertEquals(p0, noise.meanColdRate(ReadNoise.IN_CUE), 1e-9);
    }

    @Test
    void should_predict_recall_near_one_for_few_items_and_falling_with_more() {
        SdmTheory theory = new SdmTheory(KanervaMemory.Config.defaults(), 40);
        assertTrue(theory.predict(10, 8).exactRecall() > 0.9999, "" + theory.predict(10, 8));
        double previousExact = 1;
        double previousQuality = 1;
        for (int items : new int[] {250, 1000, 2000, 4000, 8000}) {
            SdmPrediction prediction = theory.predict(items, 8);
            assertTrue(prediction.exactRecall() < previousExact, "exact recall at " + items);
            assertTrue(prediction.meanQuality() < previousQuality, "quality at " + items);
            previousExact = prediction.exactRecall();
            previousQuality = prediction.meanQuality();
        }
        assertTrue(previousExact < 0.01, "nothing is recalled exactly at 8000 items: " + previousExact);
    }

    @Test
    void should_find_the_capacity_where_predicted_recall_crosses_the_target() {
        SdmTheory theory = new SdmTheory(SMALL, 16);
        int capacity = theory.capacity(3, 0.9);
        assertTrue(capacity > 1, "capacity " + capacity);
        assertTrue(theory.predict(capacity, 3).exactRecall() >= 0.9);
        assertTrue(theory.predict(capacity + Math.max(1, capacity / 100), 3).exactRecall() < 0.9);
    }

    @Test
    void should_predict_a_critical_distance_that_shrinks_with_load() {
        SdmTheory theory = new SdmTheory(SMALL, 16);
        double light = theory.criticalDistance(5);
        double heavy = theory.criticalDistance(40);
        assertTrue(light > heavy && heavy > 0, "light " + light + ", heavy " + heavy);
        assertTrue(light < 16, "at most the code: " + light);
        assertEquals(0.0, theory.criticalDistance(2000), 0.0, "overloaded: the item is no longer an attractor");
    }

    @Test
    void should_match_a_monte_carlo_of_the_signal_noise_model() {
        // given the model of one read at a load where about half the reads are exact
        int w = 16;
        int items = 200;
        int noiseBits = 3;
        ReadPredictor model = new ReadPredictor(SMALL, w, w - noiseBits, new ReadNoise(SMALL, w));
        double[] predicted = model.predict(items);
        // when its random variables are drawn and read out as the memory does (ties by a random bit order)
        SplittableRandom rng = new SplittableRandom(17);
        int trials = 6000;
        int exact = 0;
        double quality = 0;
        for (int t = 0; t < trials; t++) {
            int recovered = simulateRead(model, SMALL.locations(), items, w, rng);
            exact += recovered == w ? 1 : 0;
            quality += (double) recovered / w;
        }
        // then exact recall agrees within 4 standard errors (and 0.005 for the truncated sums), quality within 0.01
        double measured = (double) exact / trials;
        double error = Math.sqrt(predicted[0] * (1 - predicted[0]) / trials);
        assertTrue(predicted[0] > 0.2 && predicted[0] < 0.9, "pick a load the comparison can see: " + predicted[0]);
        assertEquals(predicted[0], measured, 4 * error + 0.005, "exact recall");
        assertEquals(predicted[1], quality / trials, 0.01, "mean quality");
    }

    @Test
    void should_reject_what_it_does_not_model() {
        KanervaMemory.Config nearest = KanervaMemory.Config.builder().activation(Activation.NEAREST_K).build();
        assertEquals("the theory covers RADIUS activation only, got NEAREST_K",
                assertThrows(IllegalArgumentException.class, () -> new SdmTheory(nearest, 40)).getMessage());
        assertEquals("activeBits must lie in [1, codeSize / 2 = 1024], got 1025",
                assertThrows(IllegalArgumentException.class,
                        () -> new SdmTheory(KanervaMemory.Config.defaults(), 1025)).getMessage());
        SdmTheory theory = new SdmTheory(KanervaMemory.Config.defaults(), 40);
        assertEquals("noiseBits must lie in [0, 40], got 41",
                assertThrows(IllegalArgumentException.class, () -> theory.predict(10, 41)).getMessage());
        assertEquals("items must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> theory.predict(0, 8)).getMessage());
    }

    /** One read drawn from the model: how many of the item's bits the k-winners readout returns. */
    private static int simulateRead(ReadPredictor model, int locations, int items, int w, SplittableRandom rng) {
        int m = binomial(rng, locations, model.activation());
        if (m == 0) {
            return 0;
        }
        int s = binomial(rng, m, model.signalShare());
        ReadNoise noise = model.noise();
        int n = 0;
        for (int region = 0; region < 4; region++) {
            n += model.classCount(region);
        }
        int[] value = new int[n];
        boolean[] target = new boolean[n];
        int bit = 0;
        for (int region = 0; region < 4; region++) {
            boolean isTarget = region == AccessGeometry.KEPT || region == AccessGeometry.DROPPED;
            int family = region == AccessGeometry.KEPT || region == AccessGeometry.DISTRACTOR ? ReadNoise.IN_CUE
                    : ReadNoise.OFF_CUE;
            for (int c = 0; c < model.classCount(region); c++, bit++) {
                int h;
                do {
                    h = poisson(rng, model.hotMean(region, m, s));
                } while (h > m);
                int sum = 0;
                for (int g = 0; g < ReadNoise.GROUPS; g++) {
                    int holders = binomial(rng, items - 1, noise.bitShare() * noise.groupShare(family, g));
                    sum += poisson(rng, holders * noise.rate(family, g, m, h));
                }
                int signal = isTarget ? (model.masked() && s > 0 ? Math.max(0, s - h) : s) : 0;
                value[bit] = signal + sum;
                target[bit] = isTarget;
            }
        }
        // The memory breaks ties by bit number; the item's bits sit at random numbers, so shuffle the order.
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int j = rng.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        int[] winners = TopBits.winners(permute(value, order), w);
        int recovered = 0;
        for (int position : winners) {
            recovered += target[order[position]] ? 1 : 0;
        }
        return recovered;
    }

    private static int[] permute(int[] value, int[] order) {
        int[] permuted = new int[value.length];
        for (int position = 0; position < order.length; position++) {
            permuted[position] = value[order[position]];
        }
        return permuted;
    }

    private static int binomial(SplittableRandom rng, int trials, double p) {
        if (trials <= 0 || p <= 0) {
            return 0;
        }
        // Inversion from 0: the means here are small.
        double u = rng.nextDouble();
        double term = Math.pow(1 - p, trials);
        double cumulative = term;
        int k = 0;
        while (u > cumulative && k < trials) {
            term *= (double) (trials - k) / (k + 1) * p / (1 - p);
            k++;
            cumulative += term;
        }
        return k;
    }

    private static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double u = rng.nextDouble();
        double term = Math.exp(-mean);
        double cumulative = term;
        int k = 0;
        while (u > cumulative && term > 0) {
            k++;
            term *= mean / k;
            cumulative += term;
        }
        return k;
    }
}
