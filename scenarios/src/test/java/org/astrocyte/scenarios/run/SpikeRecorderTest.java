package org.astrocyte.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.controllers.SpikeSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's spikes.csv and populations.csv: one row per spike, bounded, written once. */
class SpikeRecorderTest {

    @Test
    void writesOneRowPerSpikeAndEveryDeclaredPopulationOfEachAgent(@TempDir Path dir) throws Exception {
        // given two agents, the first with a network of two populations, the second with no spiking reflex
        SpikeRecorder recorder = new SpikeRecorder(List.of("forager", "scout"), 100);
        SpikeSink forager = recorder.sink(0);
        forager.population("braitenberg", "sensors", 5);
        forager.population("braitenberg", "hazard", 1);
        // when
        forager.spike("braitenberg", "sensors", 3, 1_500);
        forager.spike("braitenberg", "sensors", 4, 1_500);
        forager.spike("braitenberg", "hazard", 0, 2_000);
        forager.spike("braitenberg", "sensors", 3, 123_456_700);
        recorder.write(dir);
        // then
        assertEquals(List.of(SpikeRecorder.HEADER, "forager,braitenberg,sensors,3,1.5",
                "forager,braitenberg,sensors,4,1.5", "forager,braitenberg,hazard,0,2",
                "forager,braitenberg,sensors,3,123456.7"),
                Files.readAllLines(dir.resolve(SpikeRecorder.FILE_NAME)));
        assertEquals(List.of(SpikeRecorder.POPULATIONS_HEADER, "forager,braitenberg,sensors,5",
                "forager,braitenberg,hazard,1"), Files.readAllLines(dir.resolve(SpikeRecorder.POPULATIONS_FILE)));
        assertEquals(4, recorder.recorded());
        assertEquals(0, recorder.dropped());
    }

    @Test
    void keepsTheRunsFirstSpikesUpToItsBoundAndCountsTheRest(@TempDir Path dir) throws Exception {
        // given a bound of 5 spikes for two agents that fire in turn
        SpikeRecorder recorder = new SpikeRecorder(List.of("a", "b"), 5);
        SpikeSink a = recorder.sink(0);
        SpikeSink b = recorder.sink(1);
        // when
        for (int tick = 1; tick <= 4; tick++) {
            a.spike("net", "p", 0, tick * 1000L);
            b.spike("net", "p", 1, tick * 1000L);
        }
        recorder.write(dir);
        // then
        assertEquals(List.of(SpikeRecorder.HEADER, "a,net,p,0,1", "b,net,p,1,1", "a,net,p,0,2", "b,net,p,1,2",
                "a,net,p,0,3"), Files.readAllLines(dir.resolve(SpikeRecorder.FILE_NAME)));
        assertEquals(5, recorder.recorded());
        assertEquals(3, recorder.dropped());
        assertEquals(List.of(SpikeRecorder.POPULATIONS_HEADER, "a,net,p,1", "b,net,p,2"),
                Files.readAllLines(dir.resolve(SpikeRecorder.POPULATIONS_FILE)),
                "an undeclared population is as large as its highest neuron that fired");
    }

    @Test
    void writesBothHeadersWhenNoAgentHasASpikingReflex(@TempDir Path dir) throws Exception {
        // given
        SpikeRecorder recorder = new SpikeRecorder(List.of("a"), SpikeRecorder.MAX_SPIKES);
        // when
        recorder.write(dir);
        // then
        assertEquals(List.of(SpikeRecorder.HEADER), Files.readAllLines(dir.resolve(SpikeRecorder.FILE_NAME)));
        assertEquals(List.of(SpikeRecorder.POPULATIONS_HEADER),
                Files.readAllLines(dir.resolve(SpikeRecorder.POPULATIONS_FILE)));
    }

    @Test
    void writesMicrosecondsAsMillisecondsWithOnlyTheDecimalsTheyNeed() {
        assertEquals("0", millis(0));
        assertEquals("0.1", millis(100));
        assertEquals("0.001", millis(1));
        assertEquals("0.05", millis(50));
        assertEquals("2", millis(2_000));
        assertEquals("1.234", millis(1_234));
        assertEquals("-0.5", millis(-500));
    }

    @Test
    void quotesANameThatHoldsACommaOrAQuote() {
        assertEquals("sensors", SpikeRecorder.field("sensors"));
        assertEquals("\"left, front\"", SpikeRecorder.field("left, front"));
        assertEquals("\"the \"\"eye\"\"\"", SpikeRecorder.field("the \"eye\""));
    }

    @Test
    void refusesAnAgentItDoesNotKnowAndANegativeBound() {
        SpikeRecorder recorder = new SpikeRecorder(List.of("a"), 1);
        assertThrows(IllegalArgumentException.class, () -> recorder.sink(1));
        assertThrows(IllegalArgumentException.class, () -> new SpikeRecorder(List.of("a"), -1));
    }

    private static String millis(long micros) {
        StringBuilder text = new StringBuilder();
        SpikeRecorder.appendMillis(text, micros);
        return text.toString();
    }
}
