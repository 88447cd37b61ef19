package org.astrocyte.scenarios.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a raster accepts. */
class SpikeRasterTest {

    @Test
    void should_reject_a_spike_of_a_neuron_outside_its_group() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SpikeRaster.Group("E", 4, new double[] {1.0}, new int[] {4}));
        assertEquals("group 'E': spike 0 names neuron 4, outside [0, 4)", error.getMessage());
    }

    @Test
    void should_reject_a_spike_after_the_run_and_groups_of_one_name() {
        SpikeRaster.Group late = new SpikeRaster.Group("E", 4, new double[] {100.5}, new int[] {0});
        assertThrows(IllegalArgumentException.class, () -> new SpikeRaster("r", 100.0, List.of(late)));
        SpikeRaster.Group e = new SpikeRaster.Group("E", 4, new double[0], new int[0]);
        assertThrows(IllegalArgumentException.class, () -> new SpikeRaster("r", 100.0, List.of(e, e)));
    }

    @Test
    void should_keep_its_spikes_from_changes_to_the_arrays_it_was_given() {
        // given
        double[] times = {1.0, 2.0};
        SpikeRaster.Group group = new SpikeRaster.Group("E", 1, times, new int[2]);
        // when
        times[0] = 99.0;
        group.timesMs()[1] = 99.0;
        // then
        assertEquals(1.0, group.timeMs(0));
        assertEquals(2.0, group.timeMs(1));
    }
}
