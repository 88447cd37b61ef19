package org.astrocyte.controllers.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LearningCurveTest {

    @Test
    void should_count_events_into_bins_of_simulated_time() {
        // given
        LearningCurve.Recorder recorder = LearningCurve.recorder("collisions", 60, 4);
        // when
        for (long micros : new long[] {0, 59_999_999, 60_000_000, 61_000_000, 200_000_000, 239_999_999}) {
            recorder.record(micros);
        }
        LearningCurve curve = recorder.build();
        // then
        assertArrayEquals(new int[] {2, 2, 0, 2}, curve.counts());
        assertEquals(6, curve.total());
    }

    @Test
    void should_compare_the_second_half_with_the_first() {
        // given
        LearningCurve curve = new LearningCurve("collisions", 60, new int[] {9, 7, 3, 1});
        // then
        assertEquals(16, curve.firstHalf());
        assertEquals(4, curve.secondHalf());
        assertEquals(0.25, curve.secondToFirstRatio(), 1e-12);
        assertTrue(Double.isNaN(new LearningCurve("none", 60, new int[] {0, 0}).secondToFirstRatio()));
    }

    @Test
    void should_print_curves_side_by_side() {
        // given
        LearningCurve learning = new LearningCurve("learning", 60, new int[] {9, 7, 3, 1});
        LearningCurve control = new LearningCurve("control", 60, new int[] {8, 9, 9, 8});
        // when
        String table = LearningCurve.table(learning, control);
        // then
        String[] lines = table.split("\n");
        assertEquals(8, lines.length, table);
        assertTrue(lines[0].contains("learning") && lines[0].contains("control"), table);
        assertTrue(lines[1].startsWith("0-60") && lines[1].matches(".*\\|\\s+9\\s+\\|\\s+8$"), table);
        assertTrue(lines[5].startsWith("first half") && lines[5].matches(".*\\|\\s+16\\s+\\|\\s+17$"), table);
        assertTrue(lines[7].matches("second/first.*\\|\\s+0\\.25\\s+\\|\\s+1\\.00$"), table);
    }

    @Test
    void should_reject_curves_that_cannot_be_split_in_halves_or_compared() {
        assertThrows(IllegalArgumentException.class, () -> new LearningCurve("odd", 60, new int[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> LearningCurve.recorder("x", 0, 2));
        LearningCurve.Recorder recorder = LearningCurve.recorder("x", 60, 2);
        assertThrows(IllegalArgumentException.class, () -> recorder.record(120_000_000));
        assertThrows(IllegalArgumentException.class, () -> LearningCurve.table(
                new LearningCurve("a", 60, new int[] {1, 2}), new LearningCurve("b", 30, new int[] {1, 2})));
    }

    @Test
    void should_keep_its_counts_to_itself() {
        // given
        int[] counts = {1, 2};
        LearningCurve curve = new LearningCurve("x", 60, counts);
        // when
        counts[0] = 99;
        curve.counts()[1] = 99;
        // then
        assertArrayEquals(new int[] {1, 2}, curve.counts());
    }
}
