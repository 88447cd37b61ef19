package org.astrocyte.simulator;

import org.astrocyte.simulator.monitor.Spike;
import org.astrocyte.simulator.monitor.SpikeMonitor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

class PoissonInputTest {

    private static final int SOURCES = 100;
    private static final double RUN_MS = 10_000.0;

    private static SimulatorSession session(double rateHz, long seed) {
        return SimulatorSession.open(NetworkSpec.builder("poisson").dtMs(0.1)
                .population("sink", 1, CubaLif.defaults())
                .poisson("noise", SOURCES, rateHz)
                .build(), seed);
    }

    /**
     * The count over n sources and T seconds is close to Poisson with mean n·r·T, so its standard error is
     * sqrt(n·r·T). (One spike at most per step of 0.1 ms biases the rate down by about r·dt/2, 0.25% at 50 Hz,
     * well inside the tolerance.)
     */
    private static void assertRateWithinThreeStandardErrors(double rateHz, int count) {
        double expected = SOURCES * rateHz * RUN_MS / 1000.0;
        double standardError = Math.sqrt(expected);
        assertEquals(expected, count, 3 * standardError, "empirical rate " + count / (SOURCES * RUN_MS / 1000.0)
                + " Hz against " + rateHz + " Hz");
    }

    @Test
    void should_fire_at_the_requested_rate_over_a_long_run() {
        // given
        SimulatorSession session = session(50.0, 11L);
        // when
        RunResult result = session.run(RUN_MS);
        // then
        assertRateWithinThreeStandardErrors(50.0, result.spikeCount("noise"));
    }

    @Test
    void should_follow_a_rate_changed_at_run_time() {
        // given
        SimulatorSession session = session(50.0, 12L);
        session.run(100.0);
        // when
        for (int i = 0; i < SOURCES; i++) {
            session.setRate("noise", i, 10.0);
        }
        RunResult slower = session.run(RUN_MS);
        for (int i = 0; i < SOURCES; i++) {
            session.setRate("noise", i, 0.0);
        }
        RunResult silent = session.run(1_000.0);
        // then
        assertRateWithinThreeStandardErrors(10.0, slower.spikeCount("noise"));
        assertEquals(0, silent.spikeCount("noise"));
    }

    @Test
    void should_leave_other_sources_unchanged_when_one_rate_changes() {
        // given
        SimulatorSession reference = session(30.0, 13L);
        SimulatorSession changed = session(30.0, 13L);
        changed.setRate("noise", 5, 0.0);
        // when
        int[] referenceCounts = reference.run(1_000.0).spikeCounts("noise");
        int[] changedCounts = changed.run(1_000.0).spikeCounts("noise");
        // then
        assertEquals(0, changedCounts[5]);
        assertTrue(referenceCounts[5] > 0);
        referenceCounts[5] = 0;
        assertArrayEquals(referenceCounts, changedCounts);
    }

    @Test
    void should_record_every_input_spike_in_a_monitor_with_times_inside_the_run() {
        // given
        SimulatorSession session = session(20.0, 14L);
        session.run(50.0);
        SpikeMonitor monitor = session.monitor("noise");
        // when
        RunResult result = session.run(500.0);
        // then
        assertEquals(result.spikeCount("noise"), monitor.size());
        assertTrue(monitor.spikes().stream().allMatch(s -> s.timeMs() > 50.0 && s.timeMs() <= 550.0 + 1e-9));
        int[] perSource = new int[SOURCES];
        monitor.spikes().forEach(s -> perSource[s.neuron()]++);
        assertArrayEquals(result.spikeCounts("noise"), perSource);
        assertEquals(0L, result.totalSpikes(), "input spikes are not neuron spikes: " + Arrays.toString(perSource));
    }
}
