package org.astrocyte.controllers.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SmoothedRateDecoderTest {

    /** Feeds {@code ticks} ticks of a regular train with one spike per neuron every {@code period} ticks. */
    private static double feed(SmoothedRateDecoder decoder, int neurons, int period, int ticks) {
        double hz = 0;
        for (int t = 0; t < ticks; t++) {
            int[] counts = new int[neurons];
            if (t % period == 0) {
                Arrays.fill(counts, 1);
            }
            hz = decoder.decode(counts);
        }
        return hz;
    }

    @Test
    void should_converge_to_the_rate_of_a_steady_train() {
        // given: τ 200 ms smooths a 100 Hz train of 1 ms ticks well
        SmoothedRateDecoder decoder = new SmoothedRateDecoder(200, 1);
        // when
        feed(decoder, 1, 10, 2000);
        double mean = 0;
        for (int t = 0; t < 10; t++) {
            mean += decoder.decode(new int[] {t == 0 ? 1 : 0}) / 10;
        }
        // then
        assertEquals(100, mean, 3);
    }

    @Test
    void should_report_the_rate_per_neuron_of_a_population() {
        SmoothedRateDecoder one = new SmoothedRateDecoder(50, 1);
        SmoothedRateDecoder four = new SmoothedRateDecoder(50, 1);
        assertEquals(feed(one, 1, 5, 500), feed(four, 4, 5, 500), 1e-9);
    }

    @Test
    void should_rise_with_the_input_rate_and_decay_to_zero_in_silence() {
        // given
        SmoothedRateDecoder slow = new SmoothedRateDecoder(20, 1);
        SmoothedRateDecoder fast = new SmoothedRateDecoder(20, 1);
        double slowHz = feed(slow, 1, 20, 400);
        double fastHz = feed(fast, 1, 4, 400);
        // then
        assertTrue(fastHz > slowHz, fastHz + " vs " + slowHz);
        assertTrue(slowHz >= 0);
        // when: 10 τ of silence
        double after = slow.decode(new int[1]);
        for (int t = 0; t < 200; t++) {
            after = slow.decode(new int[1]);
        }
        // then
        assertTrue(after < 0.01 * slowHz, "decayed to " + after);
        assertEquals(after, slow.rateHz());
    }

    @Test
    void should_reject_a_non_positive_window_or_tick() {
        assertThrows(IllegalArgumentException.class, () -> new SmoothedRateDecoder(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new SmoothedRateDecoder(20, -1));
        assertThrows(IllegalArgumentException.class, () -> new SmoothedRateDecoder(20, 1).decode(new int[0]));
    }
}
