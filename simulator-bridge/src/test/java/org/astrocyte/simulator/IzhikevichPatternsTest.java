package org.astrocyte.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.astrocyte.simulator.monitor.SpikeMonitor;
import org.astrocyte.simulator.spec.CurrentInputSpec;
import org.astrocyte.simulator.spec.Izhikevich;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

/**
 * The firing patterns of Izhikevich 2003 (Fig. 2) under a step of I = 10 switched on at 10 ms: regular spiking
 * adapts, fast spiking fires fast without adapting, intrinsic bursting opens with a burst and then fires single
 * spikes, chattering fires repeated bursts. Checked by spike counts, first-spike latency and inter-spike intervals.
 */
class IzhikevichPatternsTest {

    private static final double STEP_ON_MS = 10;

    private record Pattern(double[] spikeTimes) {
        int count() {
            return spikeTimes.length;
        }

        double latency() {
            return spikeTimes[0] - STEP_ON_MS;
        }

        double[] intervals() {
            double[] isi = new double[spikeTimes.length - 1];
            for (int i = 0; i < isi.length; i++) {
                isi[i] = spikeTimes[i + 1] - spikeTimes[i];
            }
            return isi;
        }

        long intervalsShorterThan(double ms) {
            return Arrays.stream(intervals()).filter(isi -> isi < ms).count();
        }
    }

    @Test
    void should_adapt_when_regular_spiking() {
        Pattern rs = fire(Izhikevich.regularSpiking());
        double[] isi = rs.intervals();
        System.out.printf("RS: %d spikes, latency %.1f ms, first ISI %.1f, last ISI %.1f%n", rs.count(),
                rs.latency(), isi[0], isi[isi.length - 1]);
        assertTrue(rs.count() >= 5 && rs.count() <= 15, "RS spikes " + rs.count());
        assertTrue(isi[isi.length - 1] > 1.5 * isi[0], "RS adapts: " + Arrays.toString(isi));
        assertTrue(rs.latency() > 1 && rs.latency() < 15, "RS latency " + rs.latency());
    }

    @Test
    void should_fire_fast_without_adapting_when_fast_spiking() {
        Pattern fs = fire(Izhikevich.fastSpiking());
        Pattern rs = fire(Izhikevich.regularSpiking());
        double[] isi = fs.intervals();
        System.out.printf("FS: %d spikes, latency %.1f ms, first ISI %.1f, last ISI %.1f%n", fs.count(),
                fs.latency(), isi[0], isi[isi.length - 1]);
        assertTrue(fs.count() > 2 * rs.count(), "FS " + fs.count() + " vs RS " + rs.count());
        assertTrue(isi[isi.length - 1] < 1.3 * isi[1], "FS barely adapts: " + Arrays.toString(isi));
    }

    @Test
    void should_open_with_a_burst_then_fire_single_spikes_when_intrinsically_bursting() {
        Pattern ib = fire(Izhikevich.intrinsicallyBursting());
        double[] isi = ib.intervals();
        System.out.printf("IB: %d spikes, latency %.1f ms, ISIs %s%n", ib.count(), ib.latency(),
                Arrays.toString(isi));
        assertTrue(isi[0] < 8, "IB opens with a burst: " + Arrays.toString(isi));
        assertTrue(Arrays.stream(isi).skip(3).allMatch(i -> i > 15), "then single spikes: " + Arrays.toString(isi));
    }

    @Test
    void should_fire_repeated_bursts_when_chattering() {
        Pattern ch = fire(Izhikevich.chattering());
        double[] isi = ch.intervals();
        System.out.printf("CH: %d spikes, latency %.1f ms, ISIs %s%n", ch.count(), ch.latency(),
                Arrays.toString(isi));
        long longPauses = Arrays.stream(isi).filter(i -> i > 15).count();
        assertTrue(longPauses >= 3, "pauses between bursts: " + Arrays.toString(isi));
        assertTrue(ch.intervalsShorterThan(8) >= 2 * longPauses, "several spikes per burst: "
                + Arrays.toString(isi));
    }

    private static Pattern fire(Izhikevich model) {
        NetworkSpec spec = NetworkSpec.builder("izhikevich").dtMs(0.1)
                .population("cell", 1, model)
                .current(new CurrentInputSpec("cell", 10, STEP_ON_MS, Double.POSITIVE_INFINITY))
                .build();
        try (SimulatorSession session = SimulatorSession.open(spec, 1L)) {
            SpikeMonitor monitor = session.monitor("cell");
            session.run(210);
            return new Pattern(monitor.timesMs());
        }
    }
}
