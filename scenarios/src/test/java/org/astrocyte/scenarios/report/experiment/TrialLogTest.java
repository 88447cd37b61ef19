package org.astrocyte.scenarios.report.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.astrocyte.core.config.InputException;
import org.astrocyte.scenarios.experiment.TrialOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report reads results.jsonl as the experiment wrote it, and names the file and line of what it cannot read. */
class TrialLogTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryTrialInPlanOrderWithTheFailedOnesApart() throws IOException {
        // given
        TinyExperimentFolder.writeLog(dir, TinyExperimentFolder.outcomes());
        // when
        TrialLog log = TrialLog.read(dir.resolve(TrialLog.FILE));
        // then
        assertEquals(TinyExperimentFolder.outcomes(), log.outcomes(), "plan order, NaN and the error kept");
        assertEquals(List.of(TinyExperimentFolder.FAILED_INDEX),
                log.failed().stream().map(TrialOutcome::index).toList());
        assertEquals(11, log.succeeded().size());
        assertEquals(0, log.superseded());
        assertFalse(log.cutShort());
    }

    @Test
    void keepsTheLastOutcomeOfATrialThatAResumeRanAgain() throws IOException {
        // given: the failed trial ran again on --resume and succeeded; its new line comes last
        List<TrialOutcome> outcomes = new ArrayList<>(TinyExperimentFolder.outcomes());
        TrialOutcome failed = outcomes.get(TinyExperimentFolder.FAILED_INDEX);
        TinyExperimentFolder.writeLog(dir, outcomes);
        TrialOutcome redone = new TrialOutcome(failed.index(), failed.id(), failed.condition(), failed.parameters(),
                failed.seed(), 1, true, 1, Map.of("collisions", 0.0, "time_to_goal", 44.0), null, 0.5);
        Files.writeString(dir.resolve(TrialLog.FILE), Files.readString(dir.resolve(TrialLog.FILE))
                + JsonMapper.builder().build().writeValueAsString(redone) + "\n");
        // when
        TrialLog log = TrialLog.read(dir.resolve(TrialLog.FILE));
        // then
        assertEquals(12, log.outcomes().size());
        assertEquals(1, log.superseded());
        assertTrue(log.failed().isEmpty(), "the trial succeeded in the end: " + log.failed());
        assertEquals(redone, log.outcomes().get(TinyExperimentFolder.FAILED_INDEX));
    }

    @Test
    void leavesOutALastLineCutShortAndSaysSo() throws IOException {
        // given: a crash while the last line was being written
        TinyExperimentFolder.writeLog(dir, TinyExperimentFolder.outcomes());
        Path file = dir.resolve(TrialLog.FILE);
        List<String> lines = Files.readAllLines(file);
        Files.writeString(file, String.join("\n", lines.subList(0, 11)) + "\n" + lines.get(11).substring(0, 30));
        // when
        TrialLog log = TrialLog.read(file);
        // then
        assertTrue(log.cutShort());
        assertEquals(11, log.outcomes().size());
    }

    @Test
    void namesTheFileAndLineOfALineThatIsNotJson() throws IOException {
        // given
        TinyExperimentFolder.writeLog(dir, TinyExperimentFolder.outcomes());
        Path file = dir.resolve(TrialLog.FILE);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(4, lines.get(4).substring(0, 25));
        Files.write(file, lines);
        // when
        InputException error = assertThrows(InputException.class, () -> TrialLog.read(file));
        // then
        assertEquals(file, error.file());
        assertEquals(5, error.line());
        assertTrue(error.getMessage().startsWith(file + ":5: not a trial's outcome ("), error.getMessage());
    }

    @Test
    void namesTheFileLineAndFieldOfATrialThatLacksOneOrHasTheWrongKind() throws IOException {
        // given: line 2 has no condition, line 3 a metric that is not a number
        Path file = dir.resolve(TrialLog.FILE);
        String good = "{\"index\":0,\"id\":\"t0\",\"condition\":\"a\",\"seed\":1,\"ok\":true,\"metrics\":{\"m\":1.0}}";
        Files.writeString(file, good + "\n" + good.replace("\"condition\":\"a\",", "") + "\n");
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, good + "\n" + good + "\n" + good.replace("1.0}", "\"many\"}") + "\n");
        Path failed = dir.resolve("failed.jsonl");
        Files.writeString(failed, good.replace("\"ok\":true", "\"ok\":false") + "\n");
        // when
        InputException noCondition = assertThrows(InputException.class, () -> TrialLog.read(file));
        InputException notANumber = assertThrows(InputException.class, () -> TrialLog.read(other));
        InputException noError = assertThrows(InputException.class, () -> TrialLog.read(failed));
        // then
        assertEquals(file + ":2: trial 't0' lacks 'condition'", noCondition.getMessage());
        assertEquals(other + ":3: trial 't0' has 'metrics' = {\"m\":\"many\"}, expected an object of metric names "
                + "and numbers", notANumber.getMessage());
        assertEquals(failed + ":1: trial 't0' lacks 'error'", noError.getMessage());
    }

    @Test
    void namesAMissingFile() {
        Path file = dir.resolve(TrialLog.FILE);
        InputException error = assertThrows(InputException.class, () -> TrialLog.read(file));
        assertTrue(error.getMessage().startsWith(file + ": no such file"), error.getMessage());
    }
}
