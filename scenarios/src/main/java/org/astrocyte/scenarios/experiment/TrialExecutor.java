package org.astrocyte.scenarios.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.astrocyte.scenarios.run.RunProgress;
import org.astrocyte.scenarios.run.RunSummary;
import org.astrocyte.scenarios.run.ScenarioRunner;
import org.astrocyte.scenarios.run.SpikeRecorder;

/**
 * Runs one trial into its folder under an experiment's output, once more if it throws; never throws itself. Used by
 * the local runner's threads and by a cluster member's trial host alike. Thread-safe.
 */
public final class TrialExecutor {

    /** The files of a trial's folder that --no-traces drops: the trace and the recorded spikes. */
    private static final List<String> TRACES = List.of("trace.jsonl", SpikeRecorder.FILE_NAME,
            SpikeRecorder.POPULATIONS_FILE);

    private final ScenarioRunner runner;
    private final boolean keepTraces;

    /**
     * Runs trials with {@code runner}; without {@code keepTraces}, a succeeded trial's trace and recorded spikes are
     * deleted once its summary is written (a trace is about half a megabyte, the spikes up to 8 MB; the summary and
     * metrics stay).
     */
    public TrialExecutor(ScenarioRunner runner, boolean keepTraces) {
        this.runner = runner;
        this.keepTraces = keepTraces;
    }

    /** Runs {@code trial} into {@code outputDir/trials/<folder>}; a failed first attempt is retried once. */
    public TrialOutcome attempt(Trial trial, Path outputDir) {
        TrialOutcome first = once(trial, outputDir, 1);
        return first.ok() ? first : once(trial, outputDir, 2);
    }

    private TrialOutcome once(Trial trial, Path outputDir, int attempt) {
        long started = System.nanoTime();
        try {
            Path dir = outputDir.resolve(ExperimentRunner.TRIALS).resolve(trial.folder());
            Files.createDirectories(dir);
            RunSummary summary = runner.run(trial.scenario(), dir, RunProgress.NONE);
            if (!keepTraces) {
                for (String file : TRACES) {
                    Files.deleteIfExists(dir.resolve(file));
                }
            }
            return new TrialOutcome(trial.index(), trial.id(), trial.condition(), trial.parameters(), trial.seed(),
                    trial.repetition(), true, attempt, summary.teamMetrics(), null,
                    (System.nanoTime() - started) / 1e9);
        } catch (IOException | RuntimeException e) {
            return new TrialOutcome(trial.index(), trial.id(), trial.condition(), trial.parameters(), trial.seed(),
                    trial.repetition(), false, attempt, Map.of(), e.getClass().getSimpleName() + ": "
                    + e.getMessage(), (System.nanoTime() - started) / 1e9);
        }
    }
}
