package org.astrocyte.simulator.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.simulator.SimulatorSession;
import org.astrocyte.simulator.monitor.SpikeMonitor;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.SynapticScaling;
import org.astrocyte.simulator.spec.ValueSpec;
import org.junit.jupiter.api.Test;

/**
 * Homeostatic scaling: neurons driven by Poisson input through scaled synapses reach the target rate from below
 * and from above, and the ratios between a neuron's input weights stay as they were.
 */
class SynapticScalingTest {

    private static final double TARGET_HZ = 10;

    @Test
    void should_bring_silent_and_busy_neurons_to_the_target_rate() {
        for (double initialWeight : new double[] {5, 400}) {
            // given
            NetworkSpec spec = network(initialWeight);
            try (SimulatorSession session = SimulatorSession.open(spec, 5)) {
                SpikeMonitor monitor = session.monitor("neurons");
                session.run(1000);
                double before = monitor.size() / 20.0;
                // when
                session.run(8000);
                monitor.clear();
                session.run(2000);
                // then
                double after = monitor.size() / 20.0 / 2.0;
                assertTrue(Math.abs(after - TARGET_HZ) < 0.2 * TARGET_HZ, "rate after scaling: " + after
                        + " Hz (first second: " + before + " Hz, weights from " + initialWeight + " pA)");
                assertTrue(Math.abs(before - TARGET_HZ) > 0.5 * TARGET_HZ, "the start must be far from the target: "
                        + before + " Hz");
            }
        }
    }

    @Test
    void should_keep_the_ratios_of_a_neurons_input_weights() {
        // given weights drawn from a range, then scaled many times
        NetworkSpec spec = network(ValueSpec.uniform(50, 100));
        try (SimulatorSession session = SimulatorSession.open(spec, 5)) {
            var before = session.weights(0);
            // when
            session.run(3000);
            // then
            var after = session.weights(0);
            for (int k = 1; k < after.size(); k++) {
                if (after.target()[k] == after.target()[0]) {
                    assertEquals(before.weight()[k] / before.weight()[0], after.weight()[k] / after.weight()[0],
                            1e-9);
                }
            }
            assertTrue(after.mean() != before.mean(), "weights must have been scaled");
        }
    }

    private static NetworkSpec network(double weightPa) {
        return network(ValueSpec.constant(weightPa));
    }

    private static NetworkSpec network(ValueSpec weight) {
        SynapticScaling rule = new SynapticScaling(TARGET_HZ, 1000, 0.1, 100, 0, 5000);
        return NetworkSpec.builder("scaling")
                .population("neurons", 20, new CubaLif(250, 20, -65, -65, -50, 2, 5, 10))
                .poisson("drive", 100, 20)
                .projection(new ProjectionSpec("drive", "neurons", Connectivity.fixedInDegree(50), weight,
                        ValueSpec.constant(1), rule))
                .build();
    }
}
