package org.astrocyte.controllers.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.simulator.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

class CurrentEncoderTest {

    private static final double[] VALUES = {0, 0.05, 0.1, 0.2, 0.4, 0.7, 1.0};

    private final TickedNetwork network = new TickedNetwork(NetworkSpec.builder("current").dtMs(0.1)
            .population("s", VALUES.length, ReflexNeurons.RELAY).build(), 1, 1.0);
    private final CurrentEncoder encoder = new CurrentEncoder("s", VALUES.length,
            ReflexNeurons.rheobasePa(ReflexNeurons.RELAY), 0.1);

    private int[] spikesOver(int ticks) {
        int[] total = new int[VALUES.length];
        for (int t = 0; t < ticks; t++) {
            encoder.encode(VALUES, network);
            int[] counts = network.tick().counts("s");
            for (int i = 0; i < total.length; i++) {
                total[i] += counts[i];
            }
        }
        return total;
    }

    @Test
    void should_give_the_rheobase_at_the_onset_value() {
        assertEquals(ReflexNeurons.rheobasePa(ReflexNeurons.RELAY), encoder.currentPa(0.1), 1e-9);
        assertEquals(0, encoder.currentPa(0), 0);
    }

    @Test
    void should_keep_neurons_at_or_below_the_onset_silent_and_fire_faster_for_stronger_values() {
        // when
        int[] spikes = spikesOver(500);
        // then
        assertEquals(0, spikes[0]);
        assertEquals(0, spikes[1]);
        assertEquals(0, spikes[2], "exactly at rheobase the membrane only approaches the threshold");
        for (int i = 3; i < spikes.length; i++) {
            assertTrue(spikes[i] > spikes[i - 1], "value " + VALUES[i] + ": " + spikes[i] + " vs " + spikes[i - 1]);
        }
        // A refractory period of 1 ms bounds the rate below 1 kHz.
        assertTrue(spikes[spikes.length - 1] < 500, "at most one spike per 1 ms tick: " + spikes[spikes.length - 1]);
    }

    @Test
    void should_reject_values_outside_the_unit_interval_and_the_wrong_number_of_values() {
        double[] tooStrong = VALUES.clone();
        tooStrong[3] = 1.2;
        double[] notANumber = VALUES.clone();
        notANumber[0] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(tooStrong, network));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(notANumber, network));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(new double[2], network));
    }

    @Test
    void should_reject_an_onset_outside_the_unit_interval_and_a_non_positive_rheobase() {
        assertThrows(IllegalArgumentException.class, () -> new CurrentEncoder("s", 2, 750, 0));
        assertThrows(IllegalArgumentException.class, () -> new CurrentEncoder("s", 2, 750, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new CurrentEncoder("s", 2, -1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new CurrentEncoder("s", 0, 750, 0.5));
    }
}
