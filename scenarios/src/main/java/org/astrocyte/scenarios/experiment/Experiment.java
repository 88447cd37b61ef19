package org.astrocyte.scenarios.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.core.config.YamlConfigReader;
import org.astrocyte.scenarios.experiment.stats.ExperimentReport;
import org.astrocyte.scenarios.run.ScenarioRunner;

/** An experiment file read and planned, ready to run: the facade that the CLI and tests use. */
public final class Experiment {

    private final Path file;
    private final ExperimentSpec spec;
    private final List<Trial> trials;

    private Experiment(Path file, ExperimentSpec spec, List<Trial> trials) {
        this.file = file;
        this.spec = spec;
        this.trials = trials;
    }

    /**
     * Reads and plans {@code file}, with {@code seeds} and {@code trials} replacing the file's when not null.
     *
     * @throws org.astrocyte.core.config.InputException naming the file, line and field of a mistake
     */
    public static Experiment plan(Path file, Integer seeds, Integer trials) {
        YamlConfigReader reader = new YamlConfigReader();
        ExperimentSpec spec = reader.read(file, ExperimentSpec.class).shrunk(seeds, trials);
        return new Experiment(file, spec, TrialPlan.of(spec, file, reader));
    }

    /**
     * Runs every trial not yet in {@code outputDir}, writes the per-trial results, a copy of the spec
     * ({@link ExperimentSpecFile}) and the statistics ({@link ExperimentSummary#write}), and returns the outcomes.
     */
    public List<TrialOutcome> run(ScenarioRunner runner, int threads, Path outputDir, boolean resume,
            ExperimentProgress progress) throws IOException, InterruptedException {
        // The spec goes in first, so that an interrupted experiment's folder says what it was running; but only
        // into a folder that this experiment may take.
        ExperimentRunner.earlierResults(trials, outputDir, resume);
        ExperimentSpecFile.write(spec, file, outputDir);
        List<TrialOutcome> outcomes = new ExperimentRunner(runner, threads).run(spec.name(), trials, outputDir,
                resume, progress);
        ResultsCsv.write(outcomes, outputDir);
        ExperimentReport report = ExperimentSummary.of(spec, outcomes);
        if (report != null) {
            ExperimentSummary.write(spec, report, outputDir);
        }
        return outcomes;
    }

    /** The statistics of {@code outcomes}; null when no trial succeeded. */
    public ExperimentReport report(List<TrialOutcome> outcomes) {
        return ExperimentSummary.of(spec, outcomes);
    }

    public ExperimentSpec spec() {
        return spec;
    }

    public List<Trial> trials() {
        return trials;
    }
}
