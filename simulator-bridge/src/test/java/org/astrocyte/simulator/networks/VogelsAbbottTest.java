package org.astrocyte.simulator.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.simulator.SimulatorSession;
import org.astrocyte.simulator.monitor.SpikeStatistics;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

/**
 * The Brette et al. 2007 benchmark networks settle into asynchronous irregular activity: after a 200 ms transient
 * the mean rate stays in the low single digits (CUBA) or around twenty (COBA) spikes per second, with inter-spike
 * intervals about as variable as a Poisson process (CV near 1) and Poisson-like count statistics (Fano factor near
 * 1), and the same seed gives the same spikes.
 */
class VogelsAbbottTest {

    @Test
    void should_settle_cuba_into_asynchronous_irregular_firing() {
        // when
        SpikeStatistics excitatory = statistics(VogelsAbbott.cuba(4000), 1L);
        // then
        System.out.printf("CUBA 4000, 0.2-1.2 s: rate %.2f Hz, CV %.2f, Fano %.2f%n", excitatory.meanRateHz(),
                excitatory.meanCvIsi(), excitatory.meanFano());
        assertTrue(excitatory.meanRateHz() > 3 && excitatory.meanRateHz() < 10, "rate " + excitatory.meanRateHz());
        assertTrue(excitatory.meanCvIsi() > 0.5, "CV " + excitatory.meanCvIsi());
        assertTrue(excitatory.meanFano() > 0.5 && excitatory.meanFano() < 3, "Fano " + excitatory.meanFano());
    }

    @Test
    void should_sustain_coba_activity_asynchronous_and_irregular() {
        // when
        SpikeStatistics excitatory = statistics(VogelsAbbott.coba(4000), 1L);
        // then
        System.out.printf("COBA 4000, 0.2-1.2 s: rate %.2f Hz, CV %.2f, Fano %.2f%n", excitatory.meanRateHz(),
                excitatory.meanCvIsi(), excitatory.meanFano());
        assertTrue(excitatory.meanRateHz() > 5 && excitatory.meanRateHz() < 40, "rate " + excitatory.meanRateHz());
        assertTrue(excitatory.meanCvIsi() > 0.5, "CV " + excitatory.meanCvIsi());
        assertTrue(excitatory.meanFano() > 0.3 && excitatory.meanFano() < 3, "Fano " + excitatory.meanFano());
    }

    @Test
    void should_keep_the_in_degree_when_scaled() {
        // given
        try (SimulatorSession small = SimulatorSession.open(VogelsAbbott.cuba(4000), 3L);
                SimulatorSession large = SimulatorSession.open(VogelsAbbott.cuba(40_000), 3L)) {
            // then: 2% of 4000 is 80 inputs per neuron; 0.2% of 40 000 as well
            assertEquals(80.0, small.synapseCount() / 4000.0, 1.0);
            assertEquals(80.0, large.synapseCount() / 40_000.0, 0.5);
        }
    }

    private static SpikeStatistics statistics(NetworkSpec spec, long seed) {
        try (SimulatorSession session = SimulatorSession.open(spec, seed)) {
            session.run(1200);
            return SpikeStatistics.of(session.spikeMonitor("exc"), 200, 1200, 100);
        }
    }
}
