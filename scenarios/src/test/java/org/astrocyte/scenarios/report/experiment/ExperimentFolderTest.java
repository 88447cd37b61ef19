package org.astrocyte.scenarios.report.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.astrocyte.core.config.InputException;
import org.astrocyte.scenarios.experiment.ExperimentSpec;
import org.astrocyte.scenarios.experiment.ExperimentSpecFile;
import org.astrocyte.scenarios.experiment.ExperimentSummary;
import org.astrocyte.scenarios.experiment.stats.ComparisonTable;
import org.astrocyte.scenarios.experiment.stats.ConditionSummary;
import org.astrocyte.scenarios.experiment.stats.ExperimentReport;
import org.astrocyte.scenarios.experiment.stats.GroupKey;
import org.astrocyte.scenarios.experiment.stats.SummaryTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report reads back what a finished experiment wrote (summaries, comparisons, spec), and recomputes what an
 * unfinished or older folder lacks.
 */
class ExperimentFolderTest {

    @TempDir
    Path dir;

    @Test
    void readsBackTheSummariesComparisonsAndSpecTheExperimentWrote() throws IOException {
        // given
        ExperimentReport written = TinyExperimentFolder.write(dir);
        // when
        ExperimentFolder folder = ExperimentFolder.read(dir);
        // then
        assertEquals("tiny", folder.name());
        assertEquals(written.summaries(), folder.summaries());
        assertEquals(written.comparisons(), folder.comparisons());
        assertEquals(4, folder.comparisons().size(), "a pair x 2 settings x 2 metrics");
        assertEquals(List.of("collisions", "time_to_goal"), folder.metrics());
        assertEquals(12L, folder.spec().plannedTrials());
        assertEquals(List.of(), folder.notes());
    }

    @Test
    void writesTheSpecWithAbsoluteScenarioPathsThatReadsBackEqual() throws IOException {
        // given
        ExperimentSpec spec = TinyExperimentFolder.spec();
        // when
        ExperimentSpecFile.write(spec, dir.resolve("experiments/tiny.yaml"), dir);
        ExperimentSpec read = ExperimentSpecFile.read(dir).orElseThrow();
        // then
        assertEquals(Map.of("base", dir.resolve("experiments/base.yaml").toAbsolutePath().toString()),
                read.scenarios());
        assertEquals(new ExperimentSpec(spec.name(), null, read.scenarios(), spec.duration(), spec.seeds(),
                spec.firstSeed(), spec.trials(), spec.changes(), spec.conditions(), spec.parameters(),
                spec.metrics(), spec.compare()), read);
    }

    @Test
    void recomputesTheStatisticsOfAnUnfinishedExperimentFromItsTrials() throws IOException {
        // given: the folder before the experiment finished (no summary or comparisons yet)
        ExperimentReport written = TinyExperimentFolder.write(dir);
        Files.delete(dir.resolve(SummaryTable.CSV_FILE_NAME));
        Files.delete(dir.resolve(ComparisonTable.CSV_FILE_NAME));
        // when
        ExperimentFolder folder = ExperimentFolder.read(dir);
        // then
        assertEquals(written.summaries(), folder.summaries());
        assertEquals(written.comparisons(), folder.comparisons());
        assertEquals(written.omissions(), folder.omissions());
        assertEquals(2, folder.notes().size(), folder.notes().toString());
        assertTrue(folder.notes().get(0).startsWith("summary.csv is missing"), folder.notes().toString());
        assertTrue(folder.notes().get(1).startsWith("comparisons.csv is missing"), folder.notes().toString());
    }

    @Test
    void saysTheComparisonsAreUnknownInAFolderOfAnOlderVersion() throws IOException {
        // given: what older versions wrote: no spec copy, no comparisons.csv
        TinyExperimentFolder.write(dir);
        Files.delete(dir.resolve(ExperimentSpecFile.FILE));
        Files.delete(dir.resolve(ComparisonTable.CSV_FILE_NAME));
        // when
        ExperimentFolder folder = ExperimentFolder.read(dir);
        // then
        assertNull(folder.spec());
        assertEquals("tiny", folder.name(), "read from the title of summary.md");
        assertEquals(List.of(), folder.comparisons());
        assertEquals(1, folder.notes().size());
        assertTrue(folder.notes().get(0).contains("declared comparisons are unknown"), folder.notes().get(0));
    }

    @Test
    void namesAMalformedSummaryFile() throws IOException {
        // given
        TinyExperimentFolder.write(dir);
        Path summary = dir.resolve(SummaryTable.CSV_FILE_NAME);
        Files.writeString(summary, "condition,metric\nplanner-only,collisions\n");
        // when
        InputException error = assertThrows(InputException.class, () -> ExperimentFolder.read(dir));
        // then
        assertTrue(error.getMessage().startsWith(summary + ": the summary CSV lacks the column "),
                error.getMessage());
    }

    @Test
    void embedsEveryGroupWithItsIntervalsAndItsTrialsInPlanOrder() throws IOException {
        // given
        ExperimentReport written = TinyExperimentFolder.write(dir);
        // when
        ExperimentPageData data = ExperimentPageData.of(ExperimentFolder.read(dir));
        // then: conditions and latencies as planned ("10 s" after "2 s"), no panel without scenarios
        assertEquals("tiny", data.name());
        assertEquals(TinyExperimentFolder.CONDITIONS, data.conditions());
        assertEquals(List.of(new ExperimentPageData.Parameter("latency", TinyExperimentFolder.LATENCIES)),
                data.parameters());
        assertNull(data.panel());
        assertEquals(written.summaries().size(), data.groups().size());
        ExperimentPageData.Group noGoal = data.groups().stream().filter(g -> g.metric().equals("time_to_goal")
                && g.condition().equals("planner-only") && g.parameters().equals(Map.of("latency", "2 s")))
                .findFirst().orElseThrow();
        ConditionSummary summary = written.summaries().stream().filter(s -> s.metric().equals("time_to_goal")
                && s.group().condition().equals("planner-only") && s.group().setting().equals("latency=2 s"))
                .findFirst().orElseThrow();
        assertEquals(2, noGoal.n());
        assertEquals(1, noGoal.excluded());
        assertEquals(List.of(summary.tInterval().lower(), summary.tInterval().upper()), noGoal.t());
        assertEquals(List.of(summary.bootstrapInterval().lower(), summary.bootstrapInterval().upper()),
                noGoal.bootstrap());
        assertEquals(List.of(new ExperimentPageData.Point(1, 1, 32.0), new ExperimentPageData.Point(2, 1, 34.0)),
                noGoal.trials(), "the trial without a value is left out");
        ExperimentPageData.Group withFailure = data.groups().stream().filter(g -> g.metric().equals("collisions")
                && g.condition().equals("planner+reflex") && g.parameters().equals(Map.of("latency", "10 s")))
                .findFirst().orElseThrow();
        assertEquals(List.of(new ExperimentPageData.Point(1, 1, 1.0), new ExperimentPageData.Point(3, 1, 1.0)),
                withFailure.trials(), "the failed trial has no value");
        assertEquals(0.0, withFailure.sd());
    }

    @Test
    void writesTheDataAsJsonWithoutNaNAndTrialsAsArrays() throws IOException {
        // given: a group of one trial, whose spread is undefined
        TinyExperimentFolder.write(dir);
        ExperimentFolder folder = ExperimentFolder.read(dir);
        ExperimentPageData data = ExperimentPageData.of(new ExperimentFolder(dir, folder.name(), folder.spec(),
                folder.log(), List.of(ConditionSummary.of(new GroupKey("planner-only", Map.of("latency", "2 s")),
                        "collisions", new double[] {5}, 1)), List.of(), List.of(), List.of()));
        // when
        String json = JsonMapper.builder().build().writeValueAsString(data);
        // then
        assertTrue(json.contains("\"sd\":null,\"se\":null,\"t\":null,\"bootstrap\":null"), json);
        assertTrue(json.contains("\"trials\":[[1,1,5.0],[2,1,6.0],[3,1,7.0]]"), json);
        assertFalse(json.contains("NaN"), json);
    }
}
