package org.astrocyte.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.simulator.monitor.RateMonitor;
import org.astrocyte.simulator.monitor.SpikeMonitor;
import org.astrocyte.simulator.monitor.StateMonitor;
import org.astrocyte.simulator.networks.VogelsAbbott;
import org.astrocyte.simulator.spec.MonitorSpec;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Declared monitors streamed to CSV files hold exactly what the in-memory monitors hold. */
class StreamedMonitorsTest {

    @TempDir
    Path dir;

    @Test
    void should_write_the_same_samples_to_files_as_the_monitors_keep_in_memory() throws IOException {
        // given
        NetworkSpec spec = VogelsAbbott.cuba(1000).toBuilder()
                .monitor(new MonitorSpec.Spikes("inh"))
                .monitor(new MonitorSpec.State("exc", "v", new int[] {0, 7}, 0.5))
                .monitor(new MonitorSpec.Rate("exc", 10))
                .build();
        StateMonitor state;
        RateMonitor rate;
        SpikeMonitor spikes;
        try (SimulatorSession memory = SimulatorSession.open(spec, 3)) {
            memory.run(205);
            state = memory.stateMonitor("exc", "v");
            rate = memory.rateMonitor("exc");
            spikes = memory.spikeMonitor("inh");
        }
        // when
        try (SimulatorSession streamed = SimulatorSession.builder(spec).seed(3).streamMonitorsTo(dir).open()) {
            streamed.run(205);
            assertThrows(IllegalStateException.class, () -> streamed.stateMonitor("exc", "v"));
        }
        // then
        List<String> stateRows = Files.readAllLines(dir.resolve("state-exc-v.csv"));
        assertEquals("time_ms,v[0],v[7]", stateRows.get(0));
        assertEquals(state.size(), stateRows.size() - 1);
        for (int k = 0; k < state.size(); k++) {
            String[] fields = stateRows.get(k + 1).split(",");
            assertEquals(state.timesMs()[k], Double.parseDouble(fields[0]), 1e-9);
            assertEquals(state.values(0)[k], Double.parseDouble(fields[1]), 0.0);
            assertEquals(state.values(1)[k], Double.parseDouble(fields[2]), 0.0);
        }
        List<String> rateRows = Files.readAllLines(dir.resolve("rate-exc.csv"));
        assertEquals("bin_end_ms,rate_hz", rateRows.get(0));
        assertEquals(20, rateRows.size() - 1, "205 ms in bins of 10 ms: 20 completed bins");
        for (int b = 0; b < 20; b++) {
            assertEquals(rate.ratesHz()[b], Double.parseDouble(rateRows.get(b + 1).split(",")[1]), 0.0);
        }
        List<String> spikeRows = Files.readAllLines(dir.resolve("spikes-inh.csv"));
        assertTrue(spikes.size() > 100, "spikes: " + spikes.size());
        assertEquals(spikes.size(), spikeRows.size() - 1);
    }
}
