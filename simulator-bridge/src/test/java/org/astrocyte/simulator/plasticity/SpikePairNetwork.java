package org.astrocyte.simulator.plasticity;

import java.util.List;
import java.util.function.UnaryOperator;
import org.astrocyte.simulator.SimulatorSession;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.IntegrateAndFire;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.Plasticity;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.ValueSpec;

/**
 * One plastic synapse from a spike-train source "pre" onto one neuron "post". The post neuron fires exactly once:
 * a huge static kick from a second spike train makes it cross threshold in the step the kick arrives, and a
 * refractory period longer than the run keeps it silent afterwards. The plastic weight is far too small to make it
 * fire on its own, so the two spike times are set by the test.
 */
final class SpikePairNetwork {

    static final double DT_MS = 0.1;
    static final double W0 = 0.5;

    private SpikePairNetwork() {
    }

    /** The network with a pre spike at {@code preMs} and a kick making post fire at {@code postMs}. */
    static NetworkSpec of(double preMs, double postMs, Plasticity rule) {
        return NetworkSpec.builder("pair").dtMs(DT_MS)
                .population("post", 1, new IntegrateAndFire(250, -65, -50, 10_000, 5, 10))
                .spikeTrains("pre", List.of(new double[] {preMs}))
                // a kick sent at t arrives one step later and fires post in that step, at t + 2 dt
                .spikeTrains("kick", List.of(new double[] {postMs - 2 * DT_MS}))
                .projection(new ProjectionSpec("kick", "post", Connectivity.allToAll(), 1e7, DT_MS))
                .projection(new ProjectionSpec("pre", "post", Connectivity.allToAll(), ValueSpec.constant(W0),
                        ValueSpec.constant(1.0), rule))
                .build();
    }

    /** Runs {@code spec} for {@code durationMs} and returns the plastic weight, the pre and the post spike time. */
    static double[] run(NetworkSpec spec, double durationMs, UnaryOperator<SimulatorSession.Builder> options) {
        try (SimulatorSession session = options.apply(SimulatorSession.builder(spec).seed(3)).open()) {
            var pre = session.monitor("pre");
            var post = session.monitor("post");
            session.run(durationMs);
            if (pre.size() != 1 || post.size() != 1) {
                throw new AssertionError("expected one pre and one post spike, got " + pre.size() + " and "
                        + post.size());
            }
            return new double[] {session.weights(1).weight()[0], pre.timesMs()[0], post.timesMs()[0]};
        }
    }
}
