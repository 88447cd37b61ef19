package org.astrocyte.scenarios.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Binned population rates: spikes per neuron per second. */
class PopulationRatesTest {

    @Test
    void should_divide_the_spikes_of_a_bin_by_neurons_and_bin_width() {
        // given: 1 s in bins of 5 ms; 20 spikes of 10 neurons in the first bin, one in the last
        double[] times = new double[21];
        int[] neurons = new int[21];
        for (int i = 0; i < 20; i++) {
            times[i] = 4.9;
            neurons[i] = i % 10;
        }
        times[20] = 1000.0;
        SpikeRaster raster = new SpikeRaster("r", 1000.0, List.of(new SpikeRaster.Group("A", 10, times, neurons)));
        // when
        PopulationRates rates = PopulationRates.of(raster);
        // then
        assertEquals(5.0, rates.binWidthMs());
        assertEquals(201, rates.edgesMs().length);
        double[] a = rates.ratesHz().get(0);
        assertEquals(20 / (10 * 0.005), a[0], 1e-9);
        assertEquals(0.0, a[1]);
        assertEquals(1 / (10 * 0.005), a[199], 1e-9);
    }

    @Test
    void should_use_1_ms_bins_for_short_runs_and_a_narrower_last_bin() {
        // given: 10.5 ms, one neuron spiking at the very end
        SpikeRaster raster = new SpikeRaster("r", 10.5, List.of(
                new SpikeRaster.Group("A", 1, new double[] {10.5}, new int[] {0}),
                new SpikeRaster.Group("B", 4, new double[0], new int[0])));
        // when
        PopulationRates rates = PopulationRates.of(raster);
        // then
        assertEquals(1.0, rates.binWidthMs());
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10.5}, rates.edgesMs(), 1e-12);
        assertEquals(1 / 0.0005, rates.ratesHz().get(0)[10], 1e-9);
        assertEquals(2000.0, rates.maxHz(), 1e-9);
        assertEquals(0.0, rates.ratesHz().get(1)[10]);
    }
}
