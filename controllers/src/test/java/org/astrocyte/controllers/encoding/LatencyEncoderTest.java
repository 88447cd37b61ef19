package org.astrocyte.controllers.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.simulator.monitor.SpikeMonitor;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

class LatencyEncoderTest {

    private static final double[] VALUES = {0, 0.2, 0.5, 0.8, 1.0};

    private static TickedNetwork network(CubaLif neuron) {
        return new TickedNetwork(NetworkSpec.builder("latency").dtMs(0.1).population("s", VALUES.length, neuron)
                .build(), 5, 1.0);
    }

    @Test
    void should_fire_once_per_tick_and_earlier_for_stronger_values() {
        // given
        TickedNetwork network = network(ReflexNeurons.SENSOR);
        LatencyEncoder encoder = new LatencyEncoder("s", VALUES.length, ReflexNeurons.SENSOR);
        SpikeMonitor monitor = network.monitor("s");
        int ticks = 20;
        int[] spikes = new int[VALUES.length];
        // when
        for (int t = 0; t < ticks; t++) {
            encoder.encode(VALUES, network);
            int[] counts = network.tick().counts("s");
            for (int i = 0; i < spikes.length; i++) {
                spikes[i] += counts[i];
            }
        }
        // then
        assertArrayEquals(new int[] {0, ticks, ticks, ticks, ticks}, spikes);
        double[] latency = new double[VALUES.length];
        double[] times = monitor.timesMs();
        int[] neurons = monitor.neurons();
        for (int k = 0; k < times.length; k++) {
            double inTick = times[k] - Math.ceil(times[k] - 1e-9) + 1;
            if (latency[neurons[k]] == 0) {
                latency[neurons[k]] = inTick;
            }
            assertEquals(latency[neurons[k]], inTick, 1e-9, "the same value must give the same latency each tick");
        }
        for (int i = 2; i < VALUES.length; i++) {
            assertTrue(latency[i] < latency[i - 1], "value " + VALUES[i] + " fires at " + latency[i] + " ms, value "
                    + VALUES[i - 1] + " at " + latency[i - 1] + " ms");
        }
        assertEquals(0.1, latency[VALUES.length - 1], 1e-9, "the strongest value fires at the end of the first step");
    }

    @Test
    void should_map_values_onto_the_usable_steps_of_the_tick() {
        assertEquals(0, LatencyEncoder.step(1.0, 8));
        assertEquals(7, LatencyEncoder.step(1e-6, 8));
        assertTrue(LatencyEncoder.step(0.3, 8) > LatencyEncoder.step(0.6, 8));
    }

    @Test
    void should_refuse_neurons_refractory_for_a_whole_tick() {
        TickedNetwork network = network(ReflexNeurons.RELAY);
        LatencyEncoder encoder = new LatencyEncoder("s", VALUES.length, ReflexNeurons.RELAY);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> encoder.encode(VALUES, network));
        assertTrue(e.getMessage().contains("refractory"), e.getMessage());
    }
}
