package org.astrocyte.memory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.astrocyte.memory.sdr.Sdr;
import org.junit.jupiter.api.Test;

class TopRecollectionsTest {

    private static Episode episode(String id, long timeMicros) {
        return new Episode(id, "a", timeMicros, "", 0, 0, Sdr.empty(8));
    }

    @Test
    void should_keep_the_same_recollections_as_sorting_them_all() {
        // given: many ties in overlap and time, so that every key of the order matters
        SplittableRandom rng = new SplittableRandom(13);
        List<Recollection> all = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            all.add(new Recollection(episode("e" + rng.nextInt(5_000), rng.nextInt(20)), rng.nextInt(12)));
        }
        for (int k : new int[] {1, 5, 64, 1_999, 5_000}) {
            for (int minOverlap : new int[] {0, 6}) {
                TopRecollections top = new TopRecollections(k, minOverlap);
                // when
                all.forEach(r -> top.offer(r.episode(), r.overlap()));
                // then
                List<Recollection> reference = all.stream().filter(r -> r.overlap() >= minOverlap)
                        .sorted(Recollection.BEST_FIRST).limit(k).toList();
                assertEquals(reference, top.best(), "k " + k + ", minOverlap " + minOverlap);
            }
        }
    }

    @Test
    void should_reject_k_below_one_and_a_negative_minimum() {
        assertEquals("k must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new TopRecollections(0, 0)).getMessage());
        assertEquals("minOverlap must not be negative, got -1",
                assertThrows(IllegalArgumentException.class, () -> new TopRecollections(1, -1)).getMessage());
    }
}
