package org.astrocyte.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void should_draw_the_doubles_of_splittable_random_from_the_same_seed() {
        for (long seed : new long[] {0, 1, -7, 0x5DEECE66DL}) {
            SplittableRandom jdk = new SplittableRandom(seed);
            SplitMix64 ours = new SplitMix64(seed);
            for (int i = 0; i < 10_000; i++) {
                assertEquals(jdk.nextDouble(), ours.nextDouble(), 0.0, "seed " + seed + ", draw " + i);
            }
        }
    }

    @Test
    void should_continue_the_stream_from_a_restored_state() {
        SplitMix64 first = new SplitMix64(42);
        for (int i = 0; i < 1000; i++) {
            first.nextDouble();
        }
        SplitMix64 second = new SplitMix64(0);
        second.restore(first.state());
        for (int i = 0; i < 100; i++) {
            assertEquals(first.nextDouble(), second.nextDouble(), 0.0);
        }
    }
}
