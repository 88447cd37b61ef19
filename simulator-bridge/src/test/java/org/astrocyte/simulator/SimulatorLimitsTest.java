package org.astrocyte.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.SimulatorLimits;
import org.junit.jupiter.api.Test;

class SimulatorLimitsTest {

    private static final CubaLif LIF = CubaLif.defaults();

    @Test
    void should_reject_a_network_over_the_neuron_limit() {
        // given
        NetworkSpec spec = NetworkSpec.builder("big").population("cortex", 200_000, LIF).build();
        // when
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, () -> SimulatorSession.open(spec, 1L));
        // then
        assertEquals("network has 200000 neurons, above the limit of 100000", e.getMessage());
    }

    @Test
    void should_count_poisson_sources_against_the_neuron_limit() {
        // given
        NetworkSpec spec = NetworkSpec.builder("inputs").population("cells", 100, LIF).poisson("noise", 50, 5.0)
                .build();
        // when
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class,
                () -> SimulatorSession.open(spec, 1L, new SimulatorLimits(120, 1_000, 1_000.0)));
        // then
        assertEquals("network has 150 neurons (100 in populations, 50 input sources), above the limit of 120",
                e.getMessage());
    }

    @Test
    void should_reject_a_huge_population_before_allocating_its_state() {
        // given: the state of this many neurons would not fit in any test JVM, so allocating would fail with an error
        NetworkSpec spec = NetworkSpec.builder("huge").population("cortex", Integer.MAX_VALUE, LIF).build();
        // when
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, () -> SimulatorSession.open(spec, 1L));
        // then
        assertTrue(e.getMessage().contains("above the limit of 100000"), e.getMessage());
    }

    @Test
    void should_reject_a_network_over_the_synapse_limit_before_allocating_synapses() {
        // given: 1.6e9 synapses would need more than 25 GB
        NetworkSpec spec = NetworkSpec.builder("dense")
                .population("a", 40_000, LIF)
                .population("b", 40_000, LIF)
                .projection("a", "b", Connectivity.allToAll(), 1.0, 1.0)
                .build();
        // when
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, () -> SimulatorSession.open(spec, 1L));
        // then
        assertEquals("network has 1600000000 synapses, above the limit of 10000000", e.getMessage());
    }

    @Test
    void should_reject_fixed_probability_projections_by_expected_size_before_drawing() {
        // given
        NetworkSpec spec = NetworkSpec.builder("sparse")
                .population("a", 50_000, LIF)
                .projection("a", "a", Connectivity.fixedProbability(0.01), 1.0, 1.0)
                .build();
        // when
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, () -> SimulatorSession.open(spec, 1L));
        // then
        assertTrue(e.getMessage().startsWith("network has about 24999500 synapses (fixed-probability projections"
                + " at their expected size), above the limit of 10000000"), e.getMessage());
    }

    @Test
    void should_enforce_the_synapse_limit_on_the_drawn_count() {
        // given: 380 candidate pairs at p = 0.25, about 95 synapses, against a limit of 100
        NetworkSpec spec = NetworkSpec.builder("borderline")
                .population("a", 20, LIF)
                .projection("a", "a", Connectivity.fixedProbability(0.25), 1.0, 1.0)
                .build();
        SimulatorLimits limits = new SimulatorLimits(1_000, 100, 1_000.0);
        int opened = 0;
        int rejected = 0;
        // when
        for (long seed = 0; seed < 40; seed++) {
            try {
                SimulatorSession session = SimulatorSession.open(spec, seed, limits);
                assertTrue(session.synapseCount() <= 100, "seed " + seed + ": " + session.synapseCount());
                opened++;
            } catch (InvalidNetworkException e) {
                assertTrue(e.getMessage().contains("above the limit of 100 (passed while drawing projection[0]"),
                        e.getMessage());
                rejected++;
            }
        }
        // then
        assertTrue(opened > 0 && rejected > 0, opened + " opened, " + rejected + " rejected");
    }
}
