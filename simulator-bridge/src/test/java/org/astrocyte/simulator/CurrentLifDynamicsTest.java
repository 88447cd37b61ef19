package org.astrocyte.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.astrocyte.simulator.monitor.Spike;
import org.astrocyte.simulator.monitor.SpikeMonitor;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CurrentInputSpec;
import org.astrocyte.simulator.spec.CurrentLif;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The current-driven LIF against closed forms, on both kernels: V relaxes towards V∞ = E + R·I as
 * V∞ + (V0 - V∞)e^{-t/τ}, and a neuron without refractory period is reset at the crossing time within the step.
 */
class CurrentLifDynamicsTest {

    private static final double DT = 0.1;
    private static final double TOLERANCE_MV = 1e-9;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void should_follow_the_continuous_solution_through_resets_when_the_current_is_constant(boolean reference) {
        // given: V∞ = -65 mV + 100 MΩ · 300 pA = -35 mV; first crossing at τ ln(30/15), then every τ ln(35/15)
        CurrentLif model = new CurrentLif(10, 100, -65, -70, -50, 0);
        double vInf = -35.0;
        double first = 10 * Math.log(30.0 / 15.0);
        double period = 10 * Math.log(35.0 / 15.0);
        NetworkSpec spec = NetworkSpec.builder("constant").dtMs(DT).population("cell", 1, model)
                .current(CurrentInputSpec.constant("cell", 300)).build();
        List<Double> crossings = new ArrayList<>();
        for (double t = first; t < 100; t += period) {
            crossings.add(t);
            double phase = t / DT - Math.floor(t / DT);
            assertTrue(phase > 1e-3 && phase < 1 - 1e-3, "a crossing too close to a step boundary: " + t);
        }
        try (SimulatorSession session = open(spec, reference)) {
            SpikeMonitor monitor = session.monitor("cell");
            for (int step = 0; step < 1000; step++) {
                // when
                session.run(DT);
                // then: after the last crossing s ≤ t, V = V∞ + (V_reset - V∞)e^{-(t - s)/τ}
                double t = (step + 1) * DT;
                double last = crossings.stream().filter(s -> s <= t).reduce((a, b) -> b).orElse(Double.NaN);
                double expected = Double.isNaN(last) ? vInf + (-65 - vInf) * Math.exp(-t / 10)
                        : vInf + (-70 - vInf) * Math.exp(-(t - last) / 10);
                assertEquals(expected, session.membraneMv("cell", 0), TOLERANCE_MV, "t = " + t + " ms");
            }
            List<Double> spikeTimes = monitor.spikes().stream().map(Spike::timeMs).toList();
            assertEquals(crossings.size(), spikeTimes.size());
            for (int k = 0; k < crossings.size(); k++) {
                assertEquals(Math.ceil(crossings.get(k) / DT) * DT, spikeTimes.get(k), 1e-9, "spike " + k);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void should_reset_at_the_crossing_within_the_step_of_a_strong_pulse(boolean reference) {
        // given: one input spike at 1 ms arrives 0.1 ms later, in step 11, as 4000 pA held for that step
        CurrentLif model = new CurrentLif(2.5, 50, 0, -1, 5, 0);
        NetworkSpec spec = NetworkSpec.builder("pulse").dtMs(DT).population("cell", 1, model)
                .spikeTrains("in", List.of(new double[] {1.0}))
                .projection("in", "cell", Connectivity.oneToOne(), 4000, DT).build();
        try (SimulatorSession session = open(spec, reference)) {
            SpikeMonitor monitor = session.monitor("cell");
            // when
            session.run(11 * DT);
            assertEquals(0.0, session.membraneMv("cell", 0));
            session.run(DT);
            // then: V∞ = 200 mV, crossing at s* = τ ln((0 - 200)/(5 - 200)), then from -1 mV for dt - s*
            double crossing = 2.5 * Math.log(200.0 / 195.0);
            double afterReset = 200 + (-1 - 200) * Math.exp(-(DT - crossing) / 2.5);
            assertTrue(crossing > 0 && crossing < DT);
            assertEquals(afterReset, session.membraneMv("cell", 0), TOLERANCE_MV);
            assertEquals(List.of(new Spike(12 * DT, 0)), monitor.spikes());
            session.run(10 * DT);
            assertEquals(afterReset * Math.exp(-10 * DT / 2.5), session.membraneMv("cell", 0), TOLERANCE_MV);
            assertEquals(1, monitor.spikes().size());
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void should_hold_at_reset_for_the_refractory_steps_when_refractory_is_set(boolean reference) {
        // given: a current that drives V past threshold within a few steps of every release
        CurrentLif model = new CurrentLif(10, 100, -65, -70, -50, 1.0);
        NetworkSpec spec = NetworkSpec.builder("refractory").dtMs(DT).population("cell", 1, model)
                .current(CurrentInputSpec.constant("cell", 2000)).build();
        try (SimulatorSession session = open(spec, reference)) {
            SpikeMonitor monitor = session.monitor("cell");
            List<Double> v = new ArrayList<>();
            // when
            for (int step = 0; step < 200; step++) {
                session.run(DT);
                v.add(session.membraneMv("cell", 0));
            }
            // then: V ends the spike step and the 10 refractory steps at reset, and moves on in the next one
            List<Spike> spikes = monitor.spikes();
            assertTrue(spikes.size() >= 5, "spikes: " + spikes.size());
            int firstStep = (int) Math.round(spikes.get(0).timeMs() / DT) - 1;
            for (int k = firstStep; k <= firstStep + 10; k++) {
                assertEquals(-70.0, v.get(k), "step " + k);
            }
            assertTrue(v.get(firstStep + 11) > -70.0);
            double interval = spikes.get(2).timeMs() - spikes.get(1).timeMs();
            assertEquals(spikes.get(1).timeMs() - spikes.get(0).timeMs(), interval, 1e-9);
            assertTrue(interval > 1.0 + DT, "interval " + interval);
        }
    }

    private static SimulatorSession open(NetworkSpec spec, boolean reference) {
        UnaryOperator<SimulatorSession.Builder> kernel = reference ? SimulatorSession.Builder::referenceKernel
                : b -> b.threads(1);
        return kernel.apply(SimulatorSession.builder(spec).seed(1L)).open();
    }
}
