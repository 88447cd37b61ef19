package org.astrocyte.controllers.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.simulator.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

class RateEncoderTest {

    private static final double MAX_HZ = 200;
    private static final double[] VALUES = {0, 0.25, 0.5, 1.0};

    private final RateEncoder encoder = new RateEncoder("s", VALUES.length, MAX_HZ, ReflexNeurons.RELAY_PA);
    private final TickedNetwork network = new TickedNetwork(encoder.wire(NetworkSpec.builder("rate").dtMs(0.1)
            .population("s", VALUES.length, ReflexNeurons.RELAY)).build(), 3, 1.0);

    @Test
    void should_fire_each_sensor_at_a_rate_proportional_to_its_value() {
        // given
        int ticks = 5000;
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
        assertEquals(0, spikes[0]);
        for (int i = 1; i < VALUES.length; i++) {
            double hz = spikes[i] / (ticks / 1000.0);
            double expected = VALUES[i] * MAX_HZ;
            // Poisson counts over 5 s: the standard deviation is below 5 %; refractoriness loses a few more.
            assertTrue(hz > 0.8 * expected && hz < 1.1 * expected, "value " + VALUES[i] + ": " + hz + " Hz");
            assertTrue(spikes[i] > spikes[i - 1]);
        }
    }

    @Test
    void should_add_one_poisson_source_per_sensor_to_the_network() {
        NetworkSpec spec = encoder.wire(NetworkSpec.builder("rate").dtMs(0.1).population("s", 4,
                ReflexNeurons.RELAY)).build();
        assertEquals(1, spec.poissonInputs().size());
        assertEquals(encoder.input(), spec.poissonInputs().get(0).name());
        assertEquals(4, spec.poissonInputs().get(0).size());
    }

    @Test
    void should_reject_a_non_positive_maximum_rate_or_weight() {
        assertThrows(IllegalArgumentException.class, () -> new RateEncoder("s", 2, 0, 4000));
        assertThrows(IllegalArgumentException.class, () -> new RateEncoder("s", 2, 100, -4000));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(new double[] {0, 0, 2, 0}, network));
    }
}
