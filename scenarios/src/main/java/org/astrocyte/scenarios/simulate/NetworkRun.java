package org.astrocyte.scenarios.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.function.DoubleConsumer;
import org.astrocyte.simulator.SimulatorSession;
import org.astrocyte.simulator.monitor.SpikeCsvStream;
import org.astrocyte.simulator.engine.ProjectionWeights;
import org.astrocyte.simulator.spec.MonitorSpec;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.NeuronModel;
import org.astrocyte.simulator.spec.Plasticity;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.SimulatorLimits;

/**
 * Runs a network spec for a duration, streaming every spike of its populations to {@code spikes.csv} in the output
 * folder and its declared state and rate monitors to {@code state-P-V.csv} and {@code rate-P.csv} (so that nothing
 * grows in memory), in chunks of simulated time so that progress can be shown; measures
 * build and run wall time, and keeps the weights of plastic projections at the start and the end.
 *
 * @param spec the network
 * @param seed the seed of all its randomness
 * @param threads threads of the optimised kernel
 */
public record NetworkRun(NetworkSpec spec, long seed, int threads) {

    /** Simulated time per run call (ms): often enough for a smooth progress bar, rare enough to cost nothing. */
    private static final double CHUNK_MS = 10.0;

    /** What a run produced. */
    public record Outcome(Path spikesCsv, long spikes, long synapticEvents, long synapses, double buildSeconds,
            double runSeconds, double durationMs, List<LearnedWeights> learned) {

        /** Simulated seconds per wall second of the run itself (build excluded). */
        public double speed() {
            return durationMs / 1000.0 / runSeconds;
        }
    }

    /** The spec minus its spike monitors: every spike already goes to {@code spikes.csv}. */
    private NetworkSpec withoutSpikeMonitors() {
        return new NetworkSpec(spec.name(), spec.dtMs(), spec.populations(), spec.poissonInputs(), spec.spikeTrains(),
                spec.currents(), spec.projections(), spec.monitors().stream()
                        .filter(m -> !(m instanceof MonitorSpec.Spikes)).toList());
    }

    private List<Integer> plastic() {
        return IntStream.range(0, spec.projections().size())
                .filter(i -> spec.projections().get(i).plasticity().isPlastic()).boxed().toList();
    }

    private LearnedWeights learned(int index, ProjectionWeights before, ProjectionWeights after) {
        ProjectionSpec projection = spec.projections().get(index);
        Plasticity rule = projection.plasticity();
        boolean conductance = spec.populations().stream().filter(p -> p.name().equals(projection.target()))
                .anyMatch(p -> p.model().synapseType() == NeuronModel.SynapseType.CONDUCTANCE);
        double low = rule.clip(Double.NEGATIVE_INFINITY);
        double high = rule.clip(Double.POSITIVE_INFINITY);
        return new LearnedWeights(index, projection.label(), rule.kind(), conductance ? "nS" : "pA", low, high,
                before, after);
    }

    /**
     * Runs for {@code durationMs} (whole steps), writing into {@code outDir} and reporting simulated ms done to
     * {@code progress}.
     */
    public Outcome run(double durationMs, Path outDir, DoubleConsumer progress) throws IOException {
        Files.createDirectories(outDir);
        Path csv = outDir.resolve("spikes.csv");
        SimulatorLimits limits = SimulatorLimits.defaults();
        long buildStart = System.nanoTime();
        try (SimulatorSession session = SimulatorSession.builder(withoutSpikeMonitors()).seed(seed).threads(threads)
                .limits(limits).streamMonitorsTo(outDir).open();
                SpikeCsvStream stream = new SpikeCsvStream(csv, session.layout(), List.of(), spec.dtMs())) {
            double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
            session.addListener(stream);
            List<Integer> plastic = plastic();
            List<ProjectionWeights> before = plastic.stream().map(session::weights).toList();
            long runStart = System.nanoTime();
            double done = 0;
            while (done < durationMs - 1e-9) {
                double chunk = Math.min(CHUNK_MS, durationMs - done);
                session.run(chunk);
                done += chunk;
                progress.accept(done);
            }
            double runSeconds = (System.nanoTime() - runStart) / 1e9;
            List<LearnedWeights> learned = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) {
                learned.add(learned(plastic.get(i), before.get(i), session.weights(plastic.get(i))));
            }
            return new Outcome(csv, stream.written(), session.synapticEvents(), session.synapseCount(), buildSeconds,
                    runSeconds, durationMs, learned);
        }
    }
}
