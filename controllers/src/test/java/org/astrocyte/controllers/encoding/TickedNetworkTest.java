package org.astrocyte.controllers.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.controllers.SpikeSink;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.RewardStdp;
import org.astrocyte.simulator.spec.Stdp;
import org.astrocyte.simulator.spec.ValueSpec;
import org.junit.jupiter.api.Test;

class TickedNetworkTest {

    private static NetworkSpec spec() {
        return NetworkSpec.builder("ticked").dtMs(0.1)
                .population("a", 3, ReflexNeurons.SENSOR)
                .population("b", 1, ReflexNeurons.RELAY)
                .poisson("noise", 1, 300)
                .projection("a", "b", Connectivity.allToAll(), ReflexNeurons.RELAY_PA, 1.0)
                .projection("noise", "a", Connectivity.allToAll(), 0.3 * ReflexNeurons.RELAY_PA, 1.0)
                .build();
    }

    @Test
    void should_fire_a_pulsed_neuron_once_in_the_pulse_step_and_count_spikes_per_population() {
        // given
        TickedNetwork network = new TickedNetwork(NetworkSpec.builder("p").dtMs(0.1)
                .population("a", 3, ReflexNeurons.SENSOR).build(), 1, 1.0);
        var monitor = network.monitor("a");
        // when
        network.pulse("a", 2, ReflexNeurons.oneStepPulsePa(ReflexNeurons.SENSOR, 0.1), 4);
        TickSpikes spikes = network.tick();
        network.tick();
        // then
        assertArrayEquals(new int[] {0, 0, 1}, spikes.counts("a"));
        assertArrayEquals(new double[] {0.5}, monitor.timesMs(), 1e-9);
        assertEquals(Map.of("a", 1), network.takeSpikeCounts());
        assertEquals(Map.of("a", 0), network.takeSpikeCounts());
    }

    @Test
    void should_give_the_same_spikes_whether_or_not_a_tick_is_split_by_a_pulse() {
        // given: the same network and seed, one with zero-current pulses that split every tick into segments
        TickedNetwork whole = new TickedNetwork(spec(), 11, 1.0);
        TickedNetwork split = new TickedNetwork(spec(), 11, 1.0);
        // when
        for (int t = 0; t < 500; t++) {
            whole.setCurrents("a", new double[] {800, 900, 0});
            split.setCurrents("a", new double[] {800, 900, 0});
            split.pulse("a", 0, 0.0, t % 10);
            split.pulse("b", 0, 0.0, 3);
            assertArrayEquals(whole.tick().counts("a"), split.tick().counts("a"), "tick " + t);
        }
        // then
        assertEquals(whole.totalSpikes(), split.totalSpikes());
        assertTrue(whole.totalSpikes() > 100, "the network must be active: " + whole.totalSpikes());
        assertEquals(whole.takeSpikeCounts(), split.takeSpikeCounts());
    }

    /** One recorded spike. */
    private record Recorded(String network, String population, int neuron, long timeMicros) {
    }

    @Test
    void should_record_each_spike_of_its_neurons_at_its_step_and_exactly_the_spikes_of_each_tick() {
        // given: twin networks, one recorded; the populations declared when recording starts
        TickedNetwork recorded = new TickedNetwork(spec(), 11, 1.0);
        TickedNetwork plain = new TickedNetwork(spec(), 11, 1.0);
        List<Recorded> spikes = new ArrayList<>();
        Map<String, Integer> declared = new LinkedHashMap<>();
        recorded.recordSpikes("net", new SpikeSink() {
            @Override
            public void spike(String network, String population, int neuron, long timeMicros) {
                spikes.add(new Recorded(network, population, neuron, timeMicros));
            }

            @Override
            public void population(String network, String population, int neurons) {
                declared.put(network + "/" + population, neurons);
            }
        });
        // when
        for (int t = 0; t < 300; t++) {
            for (TickedNetwork network : new TickedNetwork[] {recorded, plain}) {
                network.setCurrents("a", new double[] {800, 900, 0});
            }
            if (t % 7 == 0) {
                recorded.pulse("b", 0, ReflexNeurons.oneStepPulsePa(ReflexNeurons.RELAY, 0.1), t % 10);
                plain.pulse("b", 0, ReflexNeurons.oneStepPulsePa(ReflexNeurons.RELAY, 0.1), t % 10);
            }
            int from = spikes.size();
            TickSpikes tick = recorded.tick();
            TickSpikes twin = plain.tick();
            // then: the tick's spikes per neuron, all within the tick, and the twin's spikes unchanged
            for (String population : List.of("a", "b")) {
                int[] counted = new int[tick.counts(population).length];
                for (Recorded spike : spikes.subList(from, spikes.size())) {
                    assertTrue(spike.timeMicros() > t * 1000L && spike.timeMicros() <= (t + 1) * 1000L,
                            spike + " in tick " + t);
                    assertEquals(0, spike.timeMicros() % 100, "a whole step of 0.1 ms: " + spike);
                    if (spike.population().equals(population)) {
                        counted[spike.neuron()]++;
                    }
                }
                assertArrayEquals(tick.counts(population), counted, population + " in tick " + t);
                assertArrayEquals(twin.counts(population), tick.counts(population), population + " in tick " + t);
            }
        }
        assertEquals(Map.of("net/a", 3, "net/b", 1), declared, "the populations, not the Poisson input");
        assertTrue(spikes.size() > 100, "the network must be active: " + spikes.size());
        assertEquals(recorded.totalSpikes(), spikes.size());
        assertTrue(spikes.stream().allMatch(s -> s.network().equals("net")));
        assertEquals(plain.takeSpikeCounts(), recorded.takeSpikeCounts());
    }

    @Test
    void should_record_a_pulsed_spike_at_the_end_of_its_step_and_nothing_once_the_sink_is_removed() {
        // given
        TickedNetwork network = new TickedNetwork(NetworkSpec.builder("p").dtMs(0.1)
                .population("a", 3, ReflexNeurons.SENSOR).build(), 1, 1.0);
        List<Recorded> spikes = new ArrayList<>();
        network.recordSpikes("p", (net, population, neuron, micros) -> spikes.add(new Recorded(net, population,
                neuron, micros)));
        double pulse = ReflexNeurons.oneStepPulsePa(ReflexNeurons.SENSOR, 0.1);
        // when
        network.pulse("a", 2, pulse, 4);
        network.tick();
        network.recordSpikes("p", null);
        network.pulse("a", 1, pulse, 0);
        network.tick();
        // then: the first pulse in step 4 (0.4 to 0.5 ms), the second not recorded though it fired
        assertEquals(List.of(new Recorded("p", "a", 2, 500)), spikes);
        assertEquals(2, network.totalSpikes());
    }

    /** Two sensor neurons onto one relay through reward-modulated STDP (projection 0), then a static projection. */
    private static NetworkSpec plastic() {
        RewardStdp rule = new RewardStdp(new Stdp(20, 20, 1, 1, 0, 4000, Stdp.Bounds.ADDITIVE), 1000, 100, 600,
                "dopamine");
        return NetworkSpec.builder("plastic").dtMs(0.1)
                .population("a", 2, ReflexNeurons.SENSOR)
                .population("b", 1, ReflexNeurons.RELAY)
                .projection(new ProjectionSpec("a", "b", Connectivity.allToAll(), ValueSpec.constant(1000),
                        ValueSpec.constant(1.0), rule))
                .projection("b", "a", Connectivity.allToAll(), 0.0, 1.0)
                .build();
    }

    @Test
    void should_change_plastic_weights_only_when_rewarded() {
        // given: the same network twice, both firing, one of them rewarded now and then
        TickedNetwork rewarded = new TickedNetwork(plastic(), 3, 1.0);
        TickedNetwork unrewarded = new TickedNetwork(plastic(), 3, 1.0);
        double[] initial = rewarded.weights(0).weight();
        // when
        for (int t = 0; t < 300; t++) {
            for (TickedNetwork network : new TickedNetwork[] {rewarded, unrewarded}) {
                network.setCurrents("a", new double[] {1500, 1200});
                network.setCurrent("b", 0, 1000);
            }
            if (t % 50 == 49) {
                rewarded.reward("dopamine", 1.0);
            }
            rewarded.tick();
            unrewarded.tick();
        }
        // then
        assertArrayEquals(initial, unrewarded.weights(0).weight());
        assertFalse(Arrays.equals(initial, rewarded.weights(0).weight()),
                "rewarded weights stayed at " + Arrays.toString(initial));
        assertThrows(IllegalArgumentException.class, () -> rewarded.reward("serotonin", 1.0));
        assertThrows(IllegalArgumentException.class, () -> rewarded.weights(1));
    }

    @Test
    void should_reject_a_tick_that_is_not_a_whole_number_of_steps_and_pulses_outside_the_tick() {
        assertThrows(IllegalArgumentException.class, () -> new TickedNetwork(spec(), 1, 0.25));
        assertThrows(IllegalArgumentException.class, () -> new TickedNetwork(spec(), 1, 0));
        TickedNetwork network = new TickedNetwork(spec(), 1, 1.0);
        assertThrows(IllegalArgumentException.class, () -> network.pulse("a", 0, 100, 10));
        assertThrows(IllegalArgumentException.class, () -> network.pulse("a", 3, 100, 0));
        assertThrows(IllegalArgumentException.class, () -> network.pulse("noise", 0, 100, 0));
        assertThrows(IllegalArgumentException.class, () -> network.tick().count("nothing"));
    }
}
