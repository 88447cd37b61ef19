package org.astrocyte.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.astrocyte.agents.provider.ChatModelFactory;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.scenarios.run.ScenarioRunner;
import org.astrocyte.scenarios.run.SpikeRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Experiments run real scenarios on two threads, resume without redoing anything, and survive failing trials. */
class ExperimentIT {

    private static final HazelcastInstance hazelcast =
            EmbeddedHazelcast.start(HazelcastSettings.embedded("experiment-test-" + UUID.randomUUID()));
    private static final ScenarioRunner runner = new ScenarioRunner(hazelcast, ChatModelFactory.builtIn());

    @TempDir
    Path dir;

    private Path out;

    /** Counts the trials that start. */
    private static final class Started implements ExperimentProgress {
        final List<String> ids = new CopyOnWriteArrayList<>();

        @Override
        public void trialStarted(Trial trial) {
            ids.add(trial.id());
        }
    }

    @AfterAll
    static void shutDown() {
        hazelcast.shutdown();
    }

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("base.yaml"), """
                name: base
                duration: 3
                arena: {width: 8, height: 6, obstacles: [{x: 4, y: 3, radius: 0.5}]}
                agents:
                  - {id: a1, start: {x: 1, y: 1}}
                metrics: [collisions, distance_travelled, planner_calls]
                """);
        out = dir.resolve("out");
    }

    private Experiment experiment(String conditions) throws IOException {
        Path file = dir.resolve("experiment.yaml");
        Files.writeString(file, """
                name: small
                scenario: base.yaml
                seeds: 3
                conditions:
                """ + conditions);
        return Experiment.plan(file, null, null);
    }

    private static final String TWO_CONDITIONS = """
                  reflex: {}
                  none:
                    agents[*].reflex: none
                """;

    @Test
    void should_resume_an_interrupted_experiment_without_running_a_finished_trial_again() throws Exception {
        // given: a full run, then the log cut back to two trials and half of a third, as a kill would leave it
        Experiment experiment = experiment(TWO_CONDITIONS);
        List<TrialOutcome> full = experiment.run(runner, 2, out, false, ExperimentProgress.NONE);
        Path log = out.resolve(ResultsLog.FILE);
        List<String> lines = Files.readAllLines(log);
        Files.writeString(log, lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 40),
                StandardCharsets.UTF_8);
        Started started = new Started();
        // when
        List<TrialOutcome> resumed = experiment.run(runner, 2, out, true, started);
        // then
        assertEquals(6, full.size());
        assertEquals(4, started.ids.size(), "only the four unfinished trials run: " + started.ids);
        List<String> ids = Files.readAllLines(log).stream().map(l -> l.substring(0, l.indexOf(",\"condition")))
                .toList();
        assertEquals(6, ids.size());
        assertEquals(6, ids.stream().distinct().count(), "no trial twice in the log: " + ids);
        assertEquals(full.stream().map(TrialOutcome::metrics).toList(),
                resumed.stream().map(TrialOutcome::metrics).toList(), "the same figures as the full run");
        List<String> csv = Files.readAllLines(out.resolve(ResultsCsv.FILE));
        assertEquals(7, csv.size());
        assertEquals("trial,condition,seed,repetition,ok,attempts,collisions,distance_travelled,planner_calls",
                csv.get(0));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(1 + 2 * 3, summary.size(), "a row per condition and metric: " + summary);
        assertTrue(Files.size(out.resolve(ExperimentSummary.PLOT)) > 1000, "the plot is drawn");
        assertTrue(Files.readString(out.resolve(ExperimentSummary.VECTOR_PLOT)).contains("<svg"), "and as SVG");
        assertEquals(1, Files.readAllLines(out.resolve("comparisons.csv")).size(), "no pair declared: a header");
        assertEquals(experiment.spec().conditions(), ExperimentSpecFile.read(out).orElseThrow().conditions());
        assertTrue(Files.readString(out.resolve(ExperimentSummary.MARKDOWN)).contains("| reflex |"),
                Files.readString(out.resolve(ExperimentSummary.MARKDOWN)));
    }

    @Test
    void should_refuse_to_run_into_a_folder_with_results_unless_resuming() throws Exception {
        // given
        experiment(TWO_CONDITIONS).run(runner, 2, out, false, ExperimentProgress.NONE);
        // when
        IllegalStateException again = assertThrows(IllegalStateException.class,
                () -> experiment(TWO_CONDITIONS).run(runner, 2, out, false, ExperimentProgress.NONE));
        Started started = new Started();
        experiment(TWO_CONDITIONS).run(runner, 2, out, true, started);
        // then
        assertTrue(again.getMessage().contains("add --resume"), again.getMessage());
        assertTrue(started.ids.isEmpty(), "everything was done: " + started.ids);
    }

    @Test
    void should_retry_a_failing_trial_once_report_it_and_finish_the_others() throws Exception {
        // given: one condition whose planner cannot be built (its key variable is not set)
        Experiment experiment = experiment("""
                  reflex: {}
                  broken:
                    agents[*].planner: {provider: openai, model: m, apiKeyEnv: ASTROCYTE_TEST_NO_SUCH_KEY_VARIABLE}
                """);
        // when
        List<TrialOutcome> outcomes = experiment.run(runner, 2, out, false, ExperimentProgress.NONE);
        // then
        List<TrialOutcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        assertEquals(3, failed.size());
        assertTrue(failed.stream().allMatch(o -> o.condition().equals("broken") && o.attempts() == 2
                && o.error().contains("ASTROCYTE_TEST_NO_SUCH_KEY_VARIABLE")), failed.toString());
        assertTrue(outcomes.stream().filter(TrialOutcome::ok).allMatch(o -> o.condition().equals("reflex")
                && o.metrics().containsKey("collisions")));
        assertEquals(6, Files.readAllLines(out.resolve(ResultsLog.FILE)).size());
        assertFalse(outcomes.stream().filter(TrialOutcome::ok).anyMatch(o -> o.attempts() != 1));
    }

    @Test
    void should_publish_the_tables_and_plot_into_a_readme_between_its_markers() throws Exception {
        // given
        Experiment experiment = experiment(TWO_CONDITIONS);
        List<TrialOutcome> outcomes = experiment.run(runner, 2, out, false, ExperimentProgress.NONE);
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Top\n\n<!-- experiment:small -->\nold\n<!-- /experiment:small -->\n\nEnd\n");
        // when
        boolean updated = ExperimentSummary.publish(experiment.spec(), experiment.report(outcomes), out,
                dir.resolve("docs"), readme);
        // then
        String text = Files.readString(readme);
        assertTrue(updated);
        assertTrue(text.startsWith("# Top\n\n<!-- experiment:small -->\n\n**collisions** (mean [95% CI])"), text);
        assertFalse(text.contains("old"), text);
        assertTrue(text.contains("| reflex |") && text.contains("![small](docs/small.png)"), text);
        assertTrue(text.endsWith("<!-- /experiment:small -->\n\nEnd\n"), text);
        assertTrue(Files.size(dir.resolve("docs/small.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("docs/small.md")).contains("## Every group"));
    }

    @Test
    void should_keep_summaries_but_no_traces_when_told_so() throws Exception {
        // given
        Experiment experiment = experiment(TWO_CONDITIONS).withoutTraces();
        // when
        List<TrialOutcome> outcomes = experiment.run(runner, 2, out, false, ExperimentProgress.NONE);
        // then
        assertTrue(outcomes.stream().allMatch(TrialOutcome::ok));
        for (Trial trial : experiment.trials()) {
            Path folder = out.resolve(ExperimentRunner.TRIALS).resolve(trial.folder());
            assertTrue(Files.exists(folder.resolve("summary.json")), folder + " keeps its summary");
            assertFalse(Files.exists(folder.resolve("trace.jsonl")), folder + " has no trace");
            assertFalse(Files.exists(folder.resolve(SpikeRecorder.FILE_NAME)), folder + " has no spikes");
            assertFalse(Files.exists(folder.resolve(SpikeRecorder.POPULATIONS_FILE)), folder + " has no populations");
        }
    }
}
