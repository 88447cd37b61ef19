package org.astrocyte.scenarios.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which spikes the raster draws, and where. */
class RasterDotsTest {

    @Test
    void should_draw_every_spike_below_the_bound_with_groups_stacked_in_order() {
        // given
        SpikeRaster raster = new SpikeRaster("r", 100.0, List.of(
                new SpikeRaster.Group("A", 5, new double[] {1, 2}, new int[] {0, 4}),
                new SpikeRaster.Group("B", 3, new double[] {3}, new int[] {2})));
        // when
        RasterDots dots = RasterDots.of(raster, 10);
        // then
        assertFalse(dots.thinned());
        assertArrayEquals(new double[] {0, 4}, dots.rows().get(0));
        assertArrayEquals(new double[] {7}, dots.rows().get(1));
        assertArrayEquals(new double[] {3}, dots.timesMs().get(1));
    }

    @Test
    void should_thin_to_exactly_the_bound_evenly_across_groups_and_the_same_way_every_time() {
        // given: 800 spikes in A and 200 in B at times 0, 1, 2, ... ms
        SpikeRaster raster = new SpikeRaster("r", 1000.0, List.of(group("A", 0, 800), group("B", 800, 200)));
        // when
        RasterDots dots = RasterDots.of(raster, 100);
        // then
        assertTrue(dots.thinned());
        assertEquals(100, dots.drawn());
        assertEquals(1000, dots.total());
        assertEquals(80, dots.timesMs().get(0).length);
        assertEquals(20, dots.timesMs().get(1).length);
        double[] a = dots.timesMs().get(0);
        for (int i = 1; i < a.length; i++) {
            assertEquals(10.0, a[i] - a[i - 1], "every tenth spike");
        }
        assertArrayEquals(a, RasterDots.of(raster, 100).timesMs().get(0));
    }

    private static SpikeRaster.Group group(String name, int firstMs, int spikes) {
        double[] times = new double[spikes];
        int[] neurons = new int[spikes];
        for (int i = 0; i < spikes; i++) {
            times[i] = firstMs + i;
        }
        return new SpikeRaster.Group(name, 1, times, neurons);
    }
}
