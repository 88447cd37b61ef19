package org.astrocyte.controllers.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.astrocyte.simulator.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

class DeltaEncoderTest {

    private static final double THRESHOLD = 0.05;

    private final TickedNetwork network = new TickedNetwork(NetworkSpec.builder("delta").dtMs(0.1)
            .population("on", 2, ReflexNeurons.SENSOR).population("off", 2, ReflexNeurons.SENSOR).build(), 9, 1.0);
    private final DeltaEncoder encoder = new DeltaEncoder("on", "off", 2, ReflexNeurons.SENSOR, THRESHOLD);
    private final int[] on = new int[2];
    private final int[] off = new int[2];

    private void feed(double first, double second) {
        encoder.encode(new double[] {first, second}, network);
        TickSpikes spikes = network.tick();
        for (int i = 0; i < 2; i++) {
            on[i] += spikes.counts("on")[i];
            off[i] += spikes.counts("off")[i];
        }
    }

    @Test
    void should_stay_silent_while_the_values_do_not_change() {
        // when
        for (int t = 0; t < 300; t++) {
            feed(0.9, 0.3);
        }
        // then
        assertEquals(0, on[0] + on[1] + off[0] + off[1]);
    }

    @Test
    void should_fire_on_for_a_rise_and_off_for_a_fall_one_event_per_threshold() {
        // given: sensor 0 rises from 0.2 to 0.7 and sensor 1 falls from 0.8 to 0.4 over 100 ticks
        feed(0.2, 0.8);
        // when
        for (int t = 1; t <= 100; t++) {
            feed(0.2 + 0.5 * t / 100, 0.8 - 0.4 * t / 100);
        }
        // then
        assertEquals(10, on[0], "0.5 / 0.05 events");
        assertEquals(0, off[0]);
        assertEquals(0, on[1]);
        assertEquals(8, off[1], "0.4 / 0.05 events");
    }

    @Test
    void should_spread_a_sudden_jump_over_successive_ticks_and_then_fall_silent() {
        // given
        feed(0.1, 0.5);
        // when: a jump of 6 thresholds on sensor 0, held
        for (int t = 0; t < 3; t++) {
            feed(0.4, 0.5);
        }
        // then
        assertEquals(3, on[0], "one event per tick");
        // when
        for (int t = 0; t < 50; t++) {
            feed(0.4, 0.5);
        }
        // then
        assertEquals(6, on[0], "the jump is told in full, then nothing more");
        assertEquals(0, off[0] + on[1] + off[1]);
    }

    @Test
    void should_reject_a_threshold_outside_the_unit_interval() {
        assertThrows(IllegalArgumentException.class, () -> new DeltaEncoder("on", "off", 1, ReflexNeurons.SENSOR,
                0));
        assertThrows(IllegalArgumentException.class, () -> new DeltaEncoder("on", "off", 1, ReflexNeurons.SENSOR,
                2));
    }
}
