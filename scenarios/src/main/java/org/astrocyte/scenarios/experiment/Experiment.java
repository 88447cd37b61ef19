package org.astrocyte.scenarios.experiment;

import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.core.config.YamlConfigReader;
import org.astrocyte.scenarios.experiment.cluster.ClusterExperimentRunner;
import org.astrocyte.scenarios.experiment.stats.ExperimentReport;
import org.astrocyte.scenarios.run.ScenarioRunner;

/** An experiment file read and planned, ready to run: the facade that the CLI and tests use. */
public final class Experiment {

    private final Path file;
    private final ExperimentSpec spec;
    private final List<Trial> trials;
    private final boolean keepTraces;

    private Experiment(Path file, ExperimentSpec spec, List<Trial> trials, boolean keepTraces) {
        this.file = file;
        this.spec = spec;
        this.trials = trials;
        this.keepTraces = keepTraces;
    }

    /** The same experiment, keeping of each succeeded trial its summary and metrics but not its trace. */
    public Experiment withoutTraces() {
        return new Experiment(file, spec, trials, false);
    }

    /**
     * Reads and plans {@code file}, with {@code seeds} and {@code trials} replacing the file's when not null.
     *
     * @throws org.astrocyte.core.config.InputException naming the file, line and field of a mistake
     */
    public static Experiment plan(Path file, Integer seeds, Integer trials) {
        YamlConfigReader reader = new YamlConfigReader();
        ExperimentSpec spec = reader.read(file, ExperimentSpec.class).shrunk(seeds, trials);
        return new Experiment(file, spec, TrialPlan.of(spec, file, reader), true);
    }

    /**
     * Runs every trial not yet in {@code outputDir}, writes the per-trial results, a copy of the spec
     * ({@link ExperimentSpecFile}) and the statistics ({@link ExperimentSummary#write}), and returns the outcomes.
     */
    public List<TrialOutcome> run(ScenarioRunner runner, int threads, Path outputDir, boolean resume,
            ExperimentProgress progress) throws IOException, InterruptedException {
        writeSpec(outputDir, resume);
        return finish(new ExperimentRunner(runner, threads, keepTraces).run(spec.name(), trials, outputDir, resume,
                progress), outputDir);
    }

    /**
     * Runs every trial not yet in {@code outputDir} on the cluster that {@code client} is connected to (see
     * {@link ClusterExperimentRunner}), then writes the results and statistics as {@link #run} does.
     */
    public List<TrialOutcome> runOnCluster(HazelcastInstance client, Path outputDir, boolean resume,
            ExperimentProgress progress) throws IOException, InterruptedException {
        writeSpec(outputDir, resume);
        return finish(new ClusterExperimentRunner(client, keepTraces).run(spec.name(), trials, outputDir, resume,
                progress), outputDir);
    }

    /**
     * Writes the spec first, so that an interrupted experiment's folder says what it was running; but only into a
     * folder that this experiment may take.
     */
    private void writeSpec(Path outputDir, boolean resume) throws IOException {
        PriorResults.load(outputDir, trials, resume);
        ExperimentSpecFile.write(spec, file, outputDir);
    }

    private List<TrialOutcome> finish(List<TrialOutcome> outcomes, Path outputDir) throws IOException {
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
