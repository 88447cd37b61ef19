package org.astrocyte.scenarios.simulate;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.astrocyte.simulator.RunResult;
import org.astrocyte.simulator.SimulatorSession;
import org.astrocyte.simulator.networks.VogelsAbbott;
import org.astrocyte.simulator.spec.NetworkSpec;

/**
 * The measurements behind benchmark B1: the Vogels-Abbott CUBA network (4000 neurons, dt 0.1 ms) built and run on
 * the optimised kernel with 1 and 2 threads and on the reference kernel, then the same network ten times larger
 * with the same in-degree on 2 threads. Each configuration is built (timed), warmed up for 200 ms of simulated time
 * so that the JIT has compiled the loops, then run for {@code measuredMs} of simulated time {@code repeats} times;
 * the median wall time per simulated second is reported.
 *
 * @param measuredMs simulated time per measured run (ms)
 * @param repeats measured runs per configuration (the 40 000-neuron network runs once)
 */
public record SimulatorMeasurements(double measuredMs, int repeats) {

    private static final double WARMUP_MS = 200;
    private static final long SEED = 1L;

    /** The full benchmark: 1 s simulated, 3 repeats. */
    public static SimulatorMeasurements full() {
        return new SimulatorMeasurements(1000, 3);
    }

    /** A quick version: 200 ms simulated, 1 repeat. */
    public static SimulatorMeasurements quick() {
        return new SimulatorMeasurements(200, 1);
    }

    /**
     * One configuration's result.
     *
     * @param buildSeconds wall time to compile the spec into an engine (s)
     * @param wallPerSimulatedSecond median wall time per simulated second (s/s)
     * @param synapticEventsPerSecond synaptic events delivered per wall second in the measured runs
     * @param rateHz mean rate of all neurons over the measured runs (Hz)
     */
    public record Result(double buildSeconds, double wallPerSimulatedSecond, double synapticEventsPerSecond,
            double rateHz) {
    }

    /** Results of every configuration, in the order they ran. */
    public record Report(Result reference, Result oneThread, Result twoThreads, Result large) {
    }

    /** Runs every configuration, telling {@code progress} what it is doing. */
    public Report measure(Consumer<String> progress) {
        NetworkSpec cuba = VogelsAbbott.cuba(4000);
        progress.accept("CUBA 4000, optimised kernel, 1 thread");
        Result one = measure(cuba, b -> b.threads(1), repeats);
        progress.accept("CUBA 4000, optimised kernel, 2 threads");
        Result two = measure(cuba, b -> b.threads(2), repeats);
        progress.accept("CUBA 4000, reference kernel");
        Result reference = measure(cuba, b -> b.referenceKernel(), repeats);
        progress.accept("CUBA 40 000, optimised kernel, 2 threads");
        Result large = measure(VogelsAbbott.cuba(40_000), b -> b.threads(2), 1);
        return new Report(reference, one, two, large);
    }

    private Result measure(NetworkSpec spec, UnaryOperator<SimulatorSession.Builder> options, int runs) {
        long start = System.nanoTime();
        try (SimulatorSession session = options.apply(SimulatorSession.builder(spec).seed(SEED)).open()) {
            double build = (System.nanoTime() - start) / 1e9;
            session.run(WARMUP_MS);
            double[] wallPerSimSecond = new double[runs];
            long events = 0;
            long spikes = 0;
            double wall = 0;
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                RunResult result = session.run(measuredMs);
                double seconds = (System.nanoTime() - t0) / 1e9;
                wallPerSimSecond[r] = seconds / (measuredMs / 1000.0);
                events += result.synapticEvents();
                spikes += result.totalSpikes();
                wall += seconds;
            }
            Arrays.sort(wallPerSimSecond);
            double neurons = spec.neuronCount();
            return new Result(build, wallPerSimSecond[runs / 2], events / wall,
                    spikes / neurons / (runs * measuredMs / 1000.0));
        }
    }
}
