package org.astrocyte.scenarios.report.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.controllers.SpikeSink;
import org.astrocyte.scenarios.run.SpikeRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The neuron raster the report reads from a run's spikes.csv and populations.csv. */
class NeuronSpikesTest {

    @Test
    void aRecordedRunGivesEachSpikingAgentARowPerNeuronInItsNetworksOrder(@TempDir Path dir) throws Exception {
        // given a run whose first agent has a two-layer stack and whose second has no spiking reflex
        Path run = new TraceFiles(List.of("a", "b")).spikes("a", 4).write(dir, 2);
        SpikeRecorder recorder = new SpikeRecorder(List.of("a", "b"), SpikeRecorder.MAX_SPIKES);
        SpikeSink a = recorder.sink(0);
        a.population("touch-escape", "ava", 1);
        a.population("braitenberg", "sensors", 5);
        a.population("braitenberg", "hazard", 1);
        a.spike("braitenberg", "hazard", 0, 100);
        a.spike("braitenberg", "sensors", 4, 1_200);
        a.spike("braitenberg", "sensors", 0, 1_200);
        a.spike("touch-escape", "ava", 0, 1_999_900);
        recorder.write(run);
        // when
        RunReportData data = RunReportData.read(run);
        // then
        assertEquals(1, data.neurons().size(), "no raster for the agent without spikes");
        NeuronTrack.Raster raster = data.neurons().get(0);
        assertEquals("a", raster.agent());
        assertEquals(List.of(new NeuronTrack.Row("touch-escape", "ava", 1), new NeuronTrack.Row("braitenberg",
                "sensors", 5), new NeuronTrack.Row("braitenberg", "hazard", 1)), raster.rows());
        assertArrayEquals(new double[] {0.0001, 0.0012, 0.0012, 1.9999}, raster.t());
        assertArrayEquals(new int[] {6, 5, 1, 0}, raster.n(), "rows: ava 0, sensors 1 to 5, hazard 6");
        assertEquals(4, raster.spikes());
        assertEquals(1, raster.stride());
        assertEquals(0, raster.mergedBin());
        assertNull(raster.cutSeconds(), "every simulated spike was recorded");
    }

    @Test
    void aRunWithoutSpikesCsvKeepsThePopulationRasterOnlyAndSaysSo(@TempDir Path dir) throws Exception {
        // when
        RunReportData data = RunReportData.read(new TraceFiles(List.of("a")).write(dir, 1));
        // then
        assertNull(data.neurons());
        assertTrue(data.notes().stream().anyMatch(n -> n.startsWith("no spikes.csv")), data.notes().toString());
    }

    @Test
    void aLongRunsRasterIsMergedPerNeuronAndTimeBinToItsBudget(@TempDir Path dir) throws Exception {
        // given 400 s in which each of 4 neurons fires every 2 ms: 800 000 spikes, more than a run records
        Path run = new TraceFiles(List.of("a")).spikes("a", 800_000).write(dir, 400);
        SpikeRecorder recorder = new SpikeRecorder(List.of("a"), SpikeRecorder.MAX_SPIKES);
        SpikeSink a = recorder.sink(0);
        a.population("net", "p", 4);
        for (long micros = 1_000; micros < 400_000_000; micros += 2_000) {
            for (int neuron = 0; neuron < 4; neuron++) {
                a.spike("net", "p", neuron, micros);
            }
        }
        recorder.write(run);
        // when
        RunReportData data = RunReportData.read(run);
        // then: the first 200 000 spikes, up to 99.999 s, in bins of 400 s / 4000 = 100 ms: 1000 bins x 4 neurons
        NeuronTrack.Raster raster = data.neurons().get(0);
        assertEquals(SpikeRecorder.MAX_SPIKES, raster.spikes());
        assertEquals(0.1, raster.mergedBin(), 1e-12);
        assertEquals(4_000, raster.t().length);
        assertEquals(1, raster.stride());
        assertEquals(0.001, raster.t()[0], 1e-12, "a bin's dot is its first spike");
        assertEquals(0.101, raster.t()[4], 1e-12);
        assertEquals(99.999, raster.cutSeconds(), 1e-12, "the recording stopped at the run's bound");
        assertTrue(data.notes().stream().anyMatch(n -> n.startsWith("neuron raster of a: 200000 spikes drawn as "
                + "4000 dots")), data.notes().toString());
        assertTrue(data.notes().stream().anyMatch(n -> n.startsWith("spikes.csv holds the run's first 200000 "
                + "spikes, up to 99.999 s")), data.notes().toString());
    }

    @Test
    void aMalformedLineIsAnErrorNamingTheFileAndTheLine(@TempDir Path dir) throws Exception {
        Path run = new TraceFiles(List.of("a")).write(dir, 1);
        Files.writeString(run.resolve(SpikeRecorder.POPULATIONS_FILE), SpikeRecorder.POPULATIONS_HEADER
                + "\na,net,p,2\n");
        String header = SpikeRecorder.HEADER + "\na,net,p,0,0.5\n";
        assertError(run, SpikeRecorder.FILE_NAME, header + "a,net,p,1\n", 3, "expected 5 fields");
        assertError(run, SpikeRecorder.FILE_NAME, header + "a,net,p,one,0.7\n", 3, "neuron 'one' is not a whole");
        assertError(run, SpikeRecorder.FILE_NAME, header + "\na,net,p,-1,0.7\n", 4, "neuron '-1' is not a whole");
        assertError(run, SpikeRecorder.FILE_NAME, header + "a,net,p,2,0.7\n", 3, "neuron 2 of population 'p', "
                + "which has 2 neurons");
        assertError(run, SpikeRecorder.FILE_NAME, header + "a,net,p,1,soon\n", 3, "time_ms 'soon' is not a time");
        assertError(run, SpikeRecorder.FILE_NAME, header + "a,net,p,1,NaN\n", 3, "time_ms 'NaN' is not a time");
        assertError(run, SpikeRecorder.FILE_NAME, header + "z,net,p,1,0.7\n", 3, "'z' is not an agent of this run");
        assertError(run, SpikeRecorder.FILE_NAME, header + "a,\"net,p,1,0.7\n", 3, "expected 5 fields");
        assertError(run, SpikeRecorder.FILE_NAME, "time_ms,population,neuron\n", 1, "expected the header");
        Files.writeString(run.resolve(SpikeRecorder.FILE_NAME), header);
        assertError(run, SpikeRecorder.POPULATIONS_FILE, SpikeRecorder.POPULATIONS_HEADER + "\na,net,p,2\na,net,p,3\n",
                3, "population 'p' of network 'net' is listed twice");
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() {
        assertEquals(List.of("a", "left, front", "say \"hi\"", ""), NeuronSpikes.fields(
                "a,\"left, front\",\"say \"\"hi\"\"\","));
        assertNull(NeuronSpikes.fields("a,\"open"));
        assertNull(NeuronSpikes.fields("a,\"closed\"early,b"));
    }

    private static void assertError(Path run, String file, String content, int line, String message)
            throws Exception {
        Files.writeString(run.resolve(file), content);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunReportData.read(run));
        assertTrue(e.getMessage().startsWith(run.resolve(file) + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
