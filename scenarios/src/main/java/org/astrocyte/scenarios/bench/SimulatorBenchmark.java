package org.astrocyte.scenarios.bench;

import java.util.List;
import org.astrocyte.scenarios.simulate.SimulatorMeasurements;

/**
 * B1: the Vogels-Abbott CUBA network (4000 LIF neurons, 2% connectivity, dt 0.1 ms) on the optimised kernel with 1
 * and 2 threads against the plain single-threaded reference kernel in the same run, then the network ten times
 * larger (40 000 neurons, same in-degree) on 2 threads. Always measures 1 and 2 threads, whatever
 * {@link BenchmarkOptions#threads()} says, because those are the figures B1 defines.
 */
public final class SimulatorBenchmark implements Benchmark {

    private static final String REFERENCE = "reference kernel";

    @Override
    public String name() {
        return "simulator";
    }

    @Override
    public String description() {
        return "CUBA network, 4000 and 40 000 LIF neurons, 1 s: build time, wall time per simulated second, synaptic"
                + " events per second; optimised kernel on 1 and 2 threads against the reference kernel";
    }

    @Override
    public List<Figure> run(BenchmarkOptions options, BenchmarkProgress progress) {
        SimulatorMeasurements measurements = options.quick() ? SimulatorMeasurements.quick()
                : SimulatorMeasurements.full();
        progress.started("simulator", 4);
        long[] done = {0};
        SimulatorMeasurements.Report r = measurements.measure(phase -> progress.advanced(done[0]++));
        progress.advanced(4);
        progress.finished();
        SimulatorMeasurements.Result ref = r.reference();
        return List.of(
                Figure.against("cuba_build_s", r.oneThread().buildSeconds(), "s", REFERENCE, ref.buildSeconds()),
                Figure.against("cuba_wall_s_per_sim_s_1_thread", r.oneThread().wallPerSimulatedSecond(), "s/s",
                        REFERENCE, ref.wallPerSimulatedSecond()),
                Figure.against("cuba_wall_s_per_sim_s_2_threads", r.twoThreads().wallPerSimulatedSecond(), "s/s",
                        REFERENCE, ref.wallPerSimulatedSecond()),
                Figure.against("cuba_syn_events_per_s", r.oneThread().synapticEventsPerSecond(), "1/s", REFERENCE,
                        ref.synapticEventsPerSecond()),
                Figure.against("cuba_rate_hz", r.oneThread().rateHz(), "Hz", REFERENCE, ref.rateHz()),
                Figure.of("cuba40k_build_s", r.large().buildSeconds(), "s"),
                Figure.against("cuba40k_wall_s_per_sim_s_2_threads", r.large().wallPerSimulatedSecond(), "s/s",
                        "10 x cuba on 2 threads", 10 * r.twoThreads().wallPerSimulatedSecond()));
    }
}
