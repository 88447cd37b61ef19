package org.astrocyte.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.astrocyte.simulator.engine.LifPropagators;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.LifParameters;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.PopulationSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.junit.jupiter.api.Test;

/**
 * Compares the engine (CSR rows, ring buffers, struct-of-arrays state) with a straightforward reference: one object
 * per neuron, a list of synapses scanned on every spike, and a map from arrival step to pending input. Both use the
 * same propagators, so any difference comes from indexing, delays or update order.
 */
class ReferenceKernelTest {

    private static final double DT_MS = 0.1;

    private static final class ReferenceNeuron {
        final LifParameters p;
        final LifPropagators prop;
        double v;
        double exc;
        double inh;
        double ext;
        int refractory;

        ReferenceNeuron(LifParameters p) {
            this.p = p;
            this.prop = LifPropagators.of(p, DT_MS);
            this.v = p.restMv();
        }

        boolean step() {
            boolean spiked = false;
            if (refractory > 0) {
                v = p.resetMv();
                refractory--;
            } else {
                double next = p.restMv() + (v - p.restMv()) * prop.membraneDecay() + ext * prop.externalGain()
                        + exc * prop.excitatoryGain() + inh * prop.inhibitoryGain();
                if (next >= p.thresholdMv()) {
                    next = p.resetMv();
                    refractory = prop.refractorySteps();
                    spiked = true;
                }
                v = next;
            }
            exc *= prop.excitatoryDecay();
            inh *= prop.inhibitoryDecay();
            return spiked;
        }
    }

    private record Synapse(int source, int target, double weightPa, int delaySteps) {
    }

    private static final class ReferenceNetwork {
        final List<ReferenceNeuron> neurons = new ArrayList<>();
        final List<Synapse> synapses = new ArrayList<>();
        final Map<Long, double[][]> pending = new HashMap<>();
        final List<long[]> spikes = new ArrayList<>();
        long step;

        void step() {
            double[][] arriving = pending.remove(step);
            if (arriving != null) {
                for (int n = 0; n < neurons.size(); n++) {
                    neurons.get(n).exc += arriving[0][n];
                    neurons.get(n).inh += arriving[1][n];
                }
            }
            List<Integer> fired = new ArrayList<>();
            for (int n = 0; n < neurons.size(); n++) {
                if (neurons.get(n).step()) {
                    fired.add(n);
                    spikes.add(new long[] {step + 1, n});
                }
            }
            for (int n : fired) {
                for (Synapse s : synapses) {
                    if (s.source() == n) {
                        double[][] slot = pending.computeIfAbsent(step + 1 + s.delaySteps(),
                                k -> new double[2][neurons.size()]);
                        slot[s.weightPa() >= 0 ? 0 : 1][s.target()] += s.weightPa();
                    }
                }
            }
            step++;
        }
    }

    @Test
    void should_give_the_same_spikes_as_a_straightforward_reference_simulation() {
        // given
        SplittableRandom random = new SplittableRandom(2024L);
        List<PopulationSpec> populations = List.of(
                new PopulationSpec("a", 8, LifParameters.defaults()),
                new PopulationSpec("b", 6, new LifParameters(200.0, 10.0, -70.0, -72.0, -52.0, 1.0, 3.0, 8.0)),
                new PopulationSpec("c", 5, new LifParameters(300.0, 30.0, -60.0, -62.0, -48.0, 0.0, 20.0, 30.0)));
        int[] offsets = {0, 8, 14};
        NetworkSpec.Builder builder = NetworkSpec.builder("reference").dtMs(DT_MS);
        populations.forEach(builder::population);
        ReferenceNetwork reference = new ReferenceNetwork();
        populations.forEach(p -> {
            for (int i = 0; i < p.size(); i++) {
                reference.neurons.add(new ReferenceNeuron(p.parameters()));
            }
        });
        for (int from = 0; from < 3; from++) {
            for (int to = 0; to < 3; to++) {
                List<Connectivity.Connection> connections = new ArrayList<>();
                for (int k = 0; k < 12; k++) {
                    connections.add(new Connectivity.Connection(random.nextInt(populations.get(from).size()),
                            random.nextInt(populations.get(to).size())));
                }
                double weight = random.nextDouble(-400.0, 600.0);
                int delaySteps = 1 + random.nextInt(25);
                builder.projection(new ProjectionSpec(populations.get(from).name(), populations.get(to).name(),
                        Connectivity.explicit(connections), weight, delaySteps * DT_MS));
                for (Connectivity.Connection c : connections) {
                    reference.synapses.add(new Synapse(offsets[from] + c.source(), offsets[to] + c.target(),
                            weight, delaySteps));
                }
            }
        }
        reference.synapses.sort((x, y) -> Integer.compare(x.source(), y.source()));
        SimulatorSession session = SimulatorSession.open(builder.build(), 9L);
        List<SpikeMonitor> monitors = populations.stream().map(p -> session.monitor(p.name())).toList();
        // when
        for (int tick = 0; tick < 400; tick++) {
            if (tick % 50 == 0) {
                for (int p = 0; p < 3; p++) {
                    for (int i = 0; i < populations.get(p).size(); i++) {
                        double current = random.nextDouble(0.0, 500.0);
                        session.setCurrent(populations.get(p).name(), i, current);
                        reference.neurons.get(offsets[p] + i).ext = current;
                    }
                }
            }
            session.run(1.0);
            for (int s = 0; s < 10; s++) {
                reference.step();
            }
        }
        // then
        List<long[]> engineSpikes = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            for (Spike spike : monitors.get(p).spikes()) {
                engineSpikes.add(new long[] {Math.round(spike.timeMs() / DT_MS), offsets[p] + spike.neuron()});
            }
        }
        engineSpikes.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        assertTrue(reference.spikes.size() > 200, "reference spikes: " + reference.spikes.size());
        assertEquals(reference.spikes.size(), engineSpikes.size());
        for (int i = 0; i < engineSpikes.size(); i++) {
            assertEquals(reference.spikes.get(i)[0], engineSpikes.get(i)[0], "step of spike " + i);
            assertEquals(reference.spikes.get(i)[1], engineSpikes.get(i)[1], "neuron of spike " + i);
        }
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < populations.get(p).size(); i++) {
                assertEquals(reference.neurons.get(offsets[p] + i).v, session.membraneMv(populations.get(p).name(), i));
            }
        }
    }
}
