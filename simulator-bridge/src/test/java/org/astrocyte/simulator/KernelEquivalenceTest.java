package org.astrocyte.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.astrocyte.simulator.monitor.Spike;
import org.astrocyte.simulator.monitor.SpikeMonitor;
import org.astrocyte.simulator.networks.VogelsAbbott;
import org.astrocyte.simulator.spec.AdEx;
import org.astrocyte.simulator.spec.CobaLif;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.CurrentInputSpec;
import org.astrocyte.simulator.spec.CurrentLif;
import org.astrocyte.simulator.spec.IntegrateAndFire;
import org.astrocyte.simulator.spec.Izhikevich;
import org.astrocyte.simulator.spec.LeakyIntegrator;
import org.astrocyte.simulator.spec.ModelKind;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.NeuronModel;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.ValueSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The optimised kernel (struct-of-arrays, CSR blocks, ring buffers, threads) against the plain reference kernel
 * (objects, synapse lists, a map of pending input): the same spec and seed must give exactly the same spikes, for
 * every neuron model, on one thread and on three. Both do the same arithmetic in the same order, so the tolerance
 * is zero.
 */
class KernelEquivalenceTest {

    /** Offset of the neuron indices of each further population in a merged spike list. */
    private static final int MARK = 1_000_000;

    static Stream<NeuronModel> models() {
        return Stream.of(new CubaLif(250, 20, -65, -65, -50, 2, 5, 10),
                new CobaLif(200, 20, -60, -60, -50, 2, 5, 10, 0, -80),
                (AdEx) ModelKind.ADEX.create(Map.of("refractory", 0.5, "b", 20.0, "v_t", -55.0)),
                Izhikevich.chattering(),
                new IntegrateAndFire(250, -65, -50, 2, 5, 10));
    }

    @ParameterizedTest
    @MethodSource("models")
    void should_give_identical_spikes_on_reference_and_optimised_kernels(NeuronModel model) {
        // given
        NetworkSpec spec = mixedNetwork(model);
        // when
        List<Spike> reference = spikes(spec, b -> b.referenceKernel());
        List<Spike> oneThread = spikes(spec, b -> b.threads(1));
        List<Spike> threeThreads = spikes(spec, b -> b.threads(3));
        // then
        long modelSpikes = reference.stream().filter(s -> s.neuron() < 2 * MARK).count();
        long lifSpikes = reference.stream().filter(s -> s.neuron() >= 2 * MARK && s.neuron() < 3 * MARK).count();
        long refractorySpikes = reference.stream().filter(s -> s.neuron() >= 3 * MARK).count();
        assertTrue(modelSpikes > 50, model.kind() + " must be active, got " + modelSpikes + " spikes");
        assertTrue(lifSpikes > 50 && refractorySpikes > 20, "the lif populations must be active, got " + lifSpikes
                + " and " + refractorySpikes + " spikes");
        assertEquals(reference, oneThread, model.kind() + ": optimised kernel on 1 thread");
        assertEquals(reference, threeThreads, model.kind() + ": optimised kernel on 3 threads");
    }

    @ParameterizedTest
    @MethodSource("threadCounts")
    void should_give_identical_cuba_spikes_on_any_thread_count(int threads) {
        // given
        NetworkSpec cuba = VogelsAbbott.cuba(4000);
        // when
        List<Spike> reference = spikes(cuba, b -> b.referenceKernel(), "exc", 300);
        List<Spike> optimised = spikes(cuba, b -> b.threads(threads), "exc", 300);
        // then
        assertTrue(reference.size() > 1000, "spikes: " + reference.size());
        assertEquals(reference, optimised);
    }

    static Stream<Integer> threadCounts() {
        return Stream.of(1, 2, 4);
    }

    /**
     * Two recurrently connected populations of {@code model} with every kind of input: Poisson noise, spike trains,
     * a step current, random weights and delays, a leaky read-out, and a population larger than one chunk; plus
     * two populations of current-driven LIF neurons (without and with a refractory period) that take input of both
     * signs and feed back into {@code a}.
     */
    private static NetworkSpec mixedNetwork(NeuronModel model) {
        double scale = model.synapseType() == NeuronModel.SynapseType.CONDUCTANCE ? 0.1 : 1.0;
        Map<String, ValueSpec> initial = Map.of("v", ValueSpec.uniform(-70, -55));
        return NetworkSpec.builder("mixed")
                .population("a", 700, model, initial)
                .population("b", 150, model)
                .population("readout", 10, new LeakyIntegrator(250, 10, -65, 5, 10))
                .poisson("noise", 50, 40.0)
                .spikeTrains("pulses", List.of(new double[] {5, 25.05, 60}, new double[] {12.3}))
                .current(new CurrentInputSpec("b", 150, 50, 120))
                .projection(new ProjectionSpec("noise", "a", Connectivity.fixedInDegree(10),
                        ValueSpec.normal(150 * scale, 30 * scale), ValueSpec.uniform(0.1, 3.0), null))
                .projection(new ProjectionSpec("a", "a", Connectivity.fixedProbability(0.05),
                        ValueSpec.uniform(0, 60 * scale), ValueSpec.constant(1.5), null))
                .projection(new ProjectionSpec("a", "b", Connectivity.fixedOutDegree(5), 80 * scale, 0.5))
                .projection(new ProjectionSpec("b", "a", Connectivity.fixedProbability(0.1), -200 * scale, 0.8))
                .projection(new ProjectionSpec("pulses", "b", Connectivity.allToAll(), 500 * scale, 0.1))
                .projection(new ProjectionSpec("a", "readout", Connectivity.allToAll(), 5.0, 1.0))
                .population("lif", 60, new CurrentLif(10, 80, -65, -70, -50, 0), initial)
                .population("lif_refractory", 20, new CurrentLif(5, 100, -65, -65, -52, 0.5))
                .current(CurrentInputSpec.constant("lif", 170))
                .current(new CurrentInputSpec("lif_refractory", 160, 20, 180))
                .projection(new ProjectionSpec("a", "lif", Connectivity.fixedProbability(0.2),
                        ValueSpec.uniform(0, 4000), ValueSpec.constant(0.3), null))
                .projection(new ProjectionSpec("b", "lif", Connectivity.fixedProbability(0.2), -3000, 0.2))
                .projection(new ProjectionSpec("pulses", "lif_refractory", Connectivity.allToAll(), 20_000, 0.1))
                .projection(new ProjectionSpec("noise", "lif_refractory", Connectivity.fixedInDegree(5), 6000, 0.1))
                .projection(new ProjectionSpec("lif", "a", Connectivity.fixedProbability(0.05), 100 * scale, 1.0))
                .build();
    }

    /** The spikes of a, b, lif and lif_refractory in one list, neuron indices offset by {@link #MARK} per group. */
    private static List<Spike> spikes(NetworkSpec spec, Function<SimulatorSession.Builder, SimulatorSession.Builder>
            options) {
        try (SimulatorSession session = options.apply(SimulatorSession.builder(spec).seed(11L)).open()) {
            List<SpikeMonitor> monitors = Stream.of("a", "b", "lif", "lif_refractory").map(session::monitor)
                    .toList();
            session.run(200);
            List<Spike> all = new java.util.ArrayList<>();
            for (int p = 0; p < monitors.size(); p++) {
                int offset = p * MARK;
                monitors.get(p).spikes().forEach(s -> all.add(new Spike(s.timeMs(), offset + s.neuron())));
            }
            return all;
        }
    }

    private static List<Spike> spikes(NetworkSpec spec, Function<SimulatorSession.Builder, SimulatorSession.Builder>
            options, String population, double durationMs) {
        try (SimulatorSession session = options.apply(SimulatorSession.builder(spec).seed(11L)).open()) {
            SpikeMonitor monitor = session.monitor(population);
            session.run(durationMs);
            return monitor.spikes();
        }
    }
}
