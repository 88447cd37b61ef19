package org.astrocyte.simulator;

import org.astrocyte.simulator.monitor.Spike;
import org.astrocyte.simulator.monitor.SpikeMonitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

class LifDynamicsTest {

    private static final CubaLif DEFAULTS = CubaLif.defaults();
    /** Enough to lift a default neuron from rest past threshold within one step of 0.1 ms. */
    private static final double KICK_PA = 100_000.0;

    @Test
    void should_fire_at_analytic_rate_under_constant_current() {
        // given: R·I = 0.08 GΩ · 250 pA = 20 mV against a 15 mV gap from rest to threshold
        double dtMs = 0.01;
        double currentPa = 250.0;
        SimulatorSession session = SimulatorSession.open(NetworkSpec.builder("single").dtMs(dtMs)
                .population("cell", 1, DEFAULTS).build(), 1L);
        SpikeMonitor monitor = session.monitor("cell");
        session.setCurrent("cell", 0, currentPa);
        // when
        session.run(2_000.0);
        // then: the threshold is crossed inside a step and detected at its end, so each interval is longer than
        // the analytic one by less than dt = 0.01 ms, i.e. by under 0.04% of the 29.7 ms interval, far inside 0.5%
        List<Spike> spikes = monitor.spikes();
        assertTrue(spikes.size() > 50, "spikes: " + spikes.size());
        double measuredHz = 1000.0 * (spikes.size() - 1)
                / (spikes.get(spikes.size() - 1).timeMs() - spikes.get(0).timeMs());
        double ri = DEFAULTS.resistanceGOhm() * currentPa;
        double gap = DEFAULTS.thresholdMv() - DEFAULTS.restMv();
        double analyticHz = 1000.0 / (DEFAULTS.refractoryMs()
                + DEFAULTS.tauMembraneMs() * Math.log(ri / (ri - gap)));
        assertEquals(analyticHz, measuredHz, 0.005 * analyticHz);
    }

    @Test
    void should_never_fire_below_rheobase() {
        // given: rheobase is 15 mV / 0.08 GΩ = 187.5 pA
        SimulatorSession session = SimulatorSession.open(NetworkSpec.builder("single").dtMs(0.1)
                .population("cell", 1, DEFAULTS).build(), 1L);
        session.setCurrent("cell", 0, 187.0);
        // when
        RunResult result = session.run(2_000.0);
        // then: V settles at rest + R·I = -50.04 mV
        assertEquals(0, result.spikeCount("cell"));
        assertEquals(-65.0 + 0.08 * 187.0, session.membraneMv("cell", 0), 1e-9);
    }

    @Test
    void should_match_closed_form_excitatory_psp() {
        assertPspMatchesClosedForm(DEFAULTS, 50.0, DEFAULTS.tauSynExcMs());
    }

    @Test
    void should_match_closed_form_inhibitory_psp() {
        assertPspMatchesClosedForm(DEFAULTS, -50.0, DEFAULTS.tauSynInhMs());
    }

    @Test
    void should_match_closed_form_psp_when_synaptic_and_membrane_time_constants_are_equal() {
        CubaLif equal = new CubaLif(250.0, 20.0, -65.0, -65.0, -50.0, 2.0, 20.0, 10.0);
        assertPspMatchesClosedForm(equal, 50.0, 20.0);
    }

    /**
     * A trigger neuron kicked in the first step spikes at t = dt; its synapse (delay 1 ms) makes the target's current
     * jump by w at t0 = dt + 1 ms, after which V - E = (w/C)·τmτs/(τm-τs)·(e^{-s/τm} - e^{-s/τs}), s = t - t0, or
     * (w/C)·s·e^{-s/τm} when τs = τm.
     */
    private static void assertPspMatchesClosedForm(CubaLif target, double weightPa, double tauSynMs) {
        // given
        double dtMs = 0.1;
        SimulatorSession session = SimulatorSession.open(NetworkSpec.builder("psp").dtMs(dtMs)
                .population("trigger", 1, DEFAULTS)
                .population("target", 1, target)
                .projection("trigger", "target", Connectivity.oneToOne(), weightPa, 1.0)
                .build(), 1L);
        session.setCurrent("trigger", 0, KICK_PA);
        assertEquals(1, session.run(dtMs).spikeCount("trigger"));
        session.setCurrent("trigger", 0, 0.0);
        int arrivalStep = 11;
        double tauM = target.tauMembraneMs();
        double e = target.restMv();
        // when / then
        for (int step = 2; step <= 700; step++) {
            session.run(dtMs);
            double deviation = session.membraneMv("target", 0) - e;
            if (step <= arrivalStep) {
                assertEquals(0.0, deviation, "before the arrival, step " + step);
                continue;
            }
            double s = (step - arrivalStep) * dtMs;
            double expected = tauSynMs == tauM
                    ? weightPa / target.capacitancePf() * s * Math.exp(-s / tauM)
                    : weightPa / target.capacitancePf() * tauM * tauSynMs / (tauM - tauSynMs)
                            * (Math.exp(-s / tauM) - Math.exp(-s / tauSynMs));
            assertEquals(expected, deviation, 1e-9 * Math.abs(expected), "s = " + s + " ms");
        }
    }

    @Test
    void should_shift_response_by_exactly_the_extra_delay() {
        // given
        List<Spike> withOneMs = targetSpikesWithDelay(1.0);
        // when
        List<Spike> withThreeMs = targetSpikesWithDelay(3.0);
        // then
        assertEquals(withOneMs.size(), withThreeMs.size());
        assertTrue(!withOneMs.isEmpty(), "the target must respond");
        for (int i = 0; i < withOneMs.size(); i++) {
            assertEquals(withOneMs.get(i).timeMs() + 2.0, withThreeMs.get(i).timeMs(), 1e-9);
            assertEquals(withOneMs.get(i).neuron(), withThreeMs.get(i).neuron());
        }
    }

    private static List<Spike> targetSpikesWithDelay(double delayMs) {
        SimulatorSession session = SimulatorSession.open(NetworkSpec.builder("delay").dtMs(0.1)
                .population("trigger", 1, DEFAULTS)
                .population("target", 1, DEFAULTS)
                .projection("trigger", "target", Connectivity.oneToOne(), 2_000.0, delayMs)
                .build(), 1L);
        SpikeMonitor target = session.monitor("target");
        session.setCurrent("trigger", 0, KICK_PA);
        session.run(0.1);
        session.setCurrent("trigger", 0, 0.0);
        session.run(20.0);
        return target.spikes();
    }

    @Test
    void should_fire_less_under_inhibitory_input() {
        // given
        double quietHz = drivenRateWithInhibitionAt(0.0);
        // when
        double inhibitedHz = drivenRateWithInhibitionAt(40.0);
        // then
        assertTrue(quietHz > 20.0, "driven rate " + quietHz);
        assertTrue(inhibitedHz < 0.8 * quietHz, inhibitedHz + " Hz inhibited vs " + quietHz + " Hz");
    }

    private static double drivenRateWithInhibitionAt(double inhibitionHz) {
        SimulatorSession session = SimulatorSession.open(NetworkSpec.builder("inhibition").dtMs(0.1)
                .population("driven", 1, DEFAULTS)
                .poisson("inhibition", 20, inhibitionHz)
                .projection("inhibition", "driven", Connectivity.allToAll(), -100.0, 1.0)
                .build(), 7L);
        session.setCurrent("driven", 0, 400.0);
        return session.run(2_000.0).spikeCount("driven") / 2.0;
    }
}
