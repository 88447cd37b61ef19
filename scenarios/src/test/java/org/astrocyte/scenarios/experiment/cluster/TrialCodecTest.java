package org.astrocyte.scenarios.experiment.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.astrocyte.scenarios.experiment.Experiment;
import org.astrocyte.scenarios.experiment.Trial;
import org.astrocyte.scenarios.experiment.TrialOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trials and outcomes survive the trip to a member and back as JSON; a run's identity survives a restart. */
class TrialCodecTest {

    @Test
    void everyTrialOfTheReferenceExperimentComesBackEqual() {
        List<Trial> trials = Experiment.plan(Path.of("../examples/experiments/dual-process.yaml"), 1, null).trials();
        for (Trial trial : trials) {
            assertEquals(trial, TrialCodec.readTrial(TrialCodec.write(trial)), trial.id());
        }
    }

    @Test
    void anOutcomeComesBackEqual() {
        TrialOutcome outcome = new TrialOutcome(3, "brain=a seed=4", "a", Map.of("latency", "2 s"), 4, 1, true, 2,
                Map.of("collisions", 1.0), null, 0.25);
        assertEquals(outcome, TrialCodec.readOutcome(TrialCodec.write(outcome)));
    }

    @Test
    void aBrokenTrialIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrialCodec.readTrial("{\"id\": "));
        assertTrue(e.getMessage().startsWith("not a trial"), e.getMessage());
    }

    @Test
    void aRunKeepsItsIdentityInItsFolderAndAnotherFolderGetsAnother(@TempDir Path dir) throws Exception {
        ClusterRun first = ClusterRun.in(dir.resolve("a"));
        assertEquals(first, ClusterRun.in(dir.resolve("a")));
        assertNotEquals(first, ClusterRun.in(dir.resolve("b")));
        assertTrue(first.resultsMap().contains(first.id()) && first.runningMap().contains(first.id()));
    }

    @Test
    void aDamagedIdentityFileIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(ClusterRun.FILE), "not an id\n");
        Exception e = assertThrows(java.io.IOException.class, () -> ClusterRun.in(dir));
        assertTrue(e.getMessage().contains(ClusterRun.FILE + ":1:"), e.getMessage());
    }
}
