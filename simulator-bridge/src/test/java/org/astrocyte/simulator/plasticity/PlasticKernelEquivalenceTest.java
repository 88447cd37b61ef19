package org.astrocyte.simulator.plasticity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.astrocyte.simulator.SimulatorSession;
import org.astrocyte.simulator.monitor.Spike;
import org.astrocyte.simulator.monitor.SpikeMonitor;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.RewardStdp;
import org.astrocyte.simulator.spec.Stdp;
import org.astrocyte.simulator.spec.SynapticScaling;
import org.astrocyte.simulator.spec.ValueSpec;
import org.junit.jupiter.api.Test;

/**
 * The three plasticity rules on the optimised kernel (1 and 3 threads) and on the reference kernel: the same spikes
 * and the same learned weights, bit for bit, while the weights really change.
 */
class PlasticKernelEquivalenceTest {

    private record Outcome(List<Spike> spikes, List<double[]> weights) {
    }

    @Test
    void should_learn_identical_weights_on_both_kernels_and_any_thread_count() {
        // given
        NetworkSpec spec = network();
        // when
        Outcome reference = run(spec, SimulatorSession.Builder::referenceKernel);
        Outcome one = run(spec, b -> b.threads(1));
        Outcome three = run(spec, b -> b.threads(3));
        // then
        assertTrue(reference.spikes().size() > 500, "spikes: " + reference.spikes().size());
        assertEquals(reference.spikes(), one.spikes());
        assertEquals(reference.spikes(), three.spikes());
        for (int p = 0; p < 3; p++) {
            assertArrayEquals(reference.weights().get(p), one.weights().get(p), "projection " + p);
            assertArrayEquals(reference.weights().get(p), three.weights().get(p), "projection " + p);
        }
    }

    @Test
    void should_change_the_weights_of_every_rule() {
        NetworkSpec spec = network();
        try (SimulatorSession session = SimulatorSession.open(spec, 9)) {
            List<double[]> before = weights(session);
            run(session);
            List<double[]> after = weights(session);
            for (int p = 0; p < 3; p++) {
                assertNotEquals(java.util.Arrays.toString(before.get(p)), java.util.Arrays.toString(after.get(p)),
                        "projection " + p + " must have learned");
            }
        }
    }

    private static Outcome run(NetworkSpec spec, UnaryOperator<SimulatorSession.Builder> options) {
        try (SimulatorSession session = options.apply(SimulatorSession.builder(spec).seed(9)).open()) {
            SpikeMonitor a = session.monitor("a");
            SpikeMonitor b = session.monitor("b");
            run(session);
            List<Spike> spikes = new ArrayList<>(a.spikes());
            spikes.addAll(b.spikes());
            return new Outcome(spikes, weights(session));
        }
    }

    private static void run(SimulatorSession session) {
        for (int i = 0; i < 6; i++) {
            session.run(50);
            session.reward("dopamine", i % 2 == 0 ? 1.0 : -0.4);
        }
    }

    private static List<double[]> weights(SimulatorSession session) {
        return List.of(session.weights(0).weight(), session.weights(1).weight(), session.weights(2).weight());
    }

    /** Poisson noise into a recurrent population with STDP, reward-modulated STDP onto b, and scaling a -> b. */
    private static NetworkSpec network() {
        CubaLif lif = new CubaLif(250, 20, -65, -65, -50, 2, 5, 10);
        Stdp window = new Stdp(20, 20, 2, 2.1, 0, 120, Stdp.Bounds.ADDITIVE);
        return NetworkSpec.builder("plastic")
                .population("a", 600, lif)
                .population("b", 100, lif)
                .poisson("noise", 200, 15)
                .projection(new ProjectionSpec("noise", "a", Connectivity.fixedInDegree(40), ValueSpec.uniform(20, 100),
                        ValueSpec.uniform(0.5, 2), new Stdp(15, 30, 1, 1.1, 0, 100, Stdp.Bounds.MULTIPLICATIVE)))
                .projection(new ProjectionSpec("a", "b", Connectivity.fixedProbability(0.1), ValueSpec.uniform(10, 60),
                        ValueSpec.constant(1), new RewardStdp(window, 200, 50, 20, "dopamine")))
                .projection(new ProjectionSpec("noise", "b", Connectivity.fixedInDegree(20), ValueSpec.constant(60),
                        ValueSpec.constant(1.2), new SynapticScaling(5, 200, 0.2, 20, 0, 500)))
                .projection(new ProjectionSpec("a", "a", Connectivity.fixedProbability(0.02), 40, 1.5))
                .projection(new ProjectionSpec("b", "a", Connectivity.fixedProbability(0.05), -80, 0.8))
                .build();
    }
}
