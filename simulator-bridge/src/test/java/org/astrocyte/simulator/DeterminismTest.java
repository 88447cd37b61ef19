package org.astrocyte.simulator;

import org.astrocyte.simulator.monitor.Spike;
import org.astrocyte.simulator.monitor.SpikeMonitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static final NetworkSpec NETWORK = NetworkSpec.builder("noisy").dtMs(0.1)
            .population("exc", 40, CubaLif.defaults())
            .population("inh", 10, CubaLif.defaults())
            .poisson("noise", 50, 30.0)
            .projection("noise", "exc", Connectivity.fixedProbability(0.3), 150.0, 1.0)
            .projection("noise", "inh", Connectivity.fixedProbability(0.3), 150.0, 1.0)
            .projection("exc", "exc", Connectivity.fixedProbability(0.1), 50.0, 2.0)
            .projection("exc", "inh", Connectivity.fixedProbability(0.2), 100.0, 1.5)
            .projection("inh", "exc", Connectivity.fixedProbability(0.4), -150.0, 1.0)
            .build();

    private record Recording(List<Spike> exc, List<Spike> inh, List<Spike> noise, long synapses) {
    }

    private static Recording record(long seed) {
        SimulatorSession session = SimulatorSession.open(NETWORK, seed);
        SpikeMonitor exc = session.monitor("exc");
        SpikeMonitor inh = session.monitor("inh");
        SpikeMonitor noise = session.monitor("noise");
        for (int tick = 0; tick < 300; tick++) {
            session.run(1.0);
        }
        return new Recording(exc.spikes(), inh.spikes(), noise.spikes(), session.synapseCount());
    }

    @Test
    void should_give_identical_spikes_for_the_same_seed() {
        // given
        Recording first = record(42L);
        // when
        Recording second = record(42L);
        // then
        assertTrue(first.exc().size() > 20 && first.inh().size() > 20, "activity: " + first.exc().size()
                + " exc, " + first.inh().size() + " inh spikes");
        assertEquals(first, second);
    }

    @Test
    void should_give_different_spikes_for_a_different_seed() {
        // given
        Recording first = record(42L);
        // when
        Recording other = record(43L);
        // then
        assertNotEquals(first.noise(), other.noise());
        assertNotEquals(first.exc(), other.exc());
    }
}
