package org.astrocyte.scenarios.cli;

import com.hazelcast.core.HazelcastInstance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.astrocyte.core.config.AstrocyteConfig;
import org.astrocyte.core.config.ConfigOverrides;
import org.astrocyte.core.hazelcast.ClusterClient;
import org.astrocyte.scenarios.experiment.Experiment;
import org.astrocyte.scenarios.experiment.ExperimentProgress;
import org.astrocyte.scenarios.experiment.ExperimentSummary;
import org.astrocyte.scenarios.experiment.TrialOutcome;
import org.astrocyte.scenarios.experiment.stats.ExperimentReport;
import org.astrocyte.scenarios.experiment.stats.SummaryTable;
import org.astrocyte.scenarios.run.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code astrocyte experiment FILE}: runs an experiment's trials in parallel and writes their results. */
@Command(name = "experiment", description = "Run an experiment: conditions x parameters x seeds x trials.")
final class ExperimentCommand implements Callable<Integer> {

    /** How long a client that lost the cluster keeps trying to reach a member before it gives up. */
    private static final Duration RECONNECT_FOR = Duration.ofMinutes(2);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The experiment (YAML).")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/experiments/<name>).")
    private Path out;

    @Option(names = "--resume", description = "Finish an interrupted experiment in its folder: trials already "
            + "done are not run again.")
    private boolean resume;

    @Option(names = "--seeds", paramLabel = "N", description = "Run only N seeds (a quick look).")
    private Integer seeds;

    @Option(names = "--trials", paramLabel = "N", description = "Run only N repetitions per seed.")
    private Integer trials;

    @Option(names = "--threads", paramLabel = "N", description = "Trials at a time (default: the cores).")
    private Integer threads;

    @Option(names = "--dry-run", description = "Check the experiment and list its trials without running them.")
    private boolean dryRun;

    @Option(names = "--publish", paramLabel = "DIR", description = "Also copy the plot and tables to DIR/<name>.png "
            + "and .md, and into README.md between its <!-- experiment:<name> --> markers.")
    private Path publish;

    @Option(names = "--cluster", paramLabel = "HOST:PORT", split = ",",
            description = "Run the trials on the cluster of these members (started with 'astrocyte member') "
                    + "instead of local threads; comma-separated or repeated.")
    private List<String> cluster = new ArrayList<>();

    @Option(names = "--cluster-name", paramLabel = "NAME", description = "The cluster's name (default: astrocyte).")
    private String clusterName = "astrocyte";

    @Option(names = "--single-member", description = "Talk to the cluster through one member at a time (the first "
            + "of --cluster that answers), for networks where the others are not reachable.")
    private boolean singleMember;

    @Option(names = "--no-traces", description = "Keep each trial's summary and metrics but not its trace and "
            + "spikes (about 0.5 MB and up to 8 MB a trial).")
    private boolean noTraces;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        Experiment planned = Experiment.plan(file, seeds, trials);
        Experiment experiment = noTraces ? planned.withoutTraces() : planned;
        var out = spec.commandLine().getOut();
        if (dryRun) {
            out.printf("%s: %d trials%n", experiment.spec().name(), experiment.trials().size());
            experiment.trials().forEach(t -> out.printf("  %s  %s%n", t.folder(), t.id()));
            out.flush();
            return 0;
        }
        if (!cluster.isEmpty() && threads != null) {
            throw new IllegalArgumentException("--threads is for local runs: on a cluster, each member's "
                    + "--trial-threads says how many trials it runs at a time");
        }
        Path outputDir = out(experiment);
        ExperimentProgress progress = quiet ? ExperimentProgress.NONE : new ExperimentProgressBar();
        List<TrialOutcome> outcomes;
        if (!cluster.isEmpty()) {
            out.printf("Connecting to cluster '%s' at %s...%n", clusterName, String.join(", ", cluster));
            out.flush();
            HazelcastInstance client = ClusterClient.connect(clusterName, cluster, singleMember, RECONNECT_FOR);
            try {
                outcomes = experiment.runOnCluster(client, outputDir, resume, progress);
            } finally {
                client.shutdown();
            }
        } else {
            int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            Map<String, String> overrides = ConfigOverrides.from(System.getProperties(), System.getenv(),
                    AstrocyteConfig.sections());
            try (AstrocyteContainer container = AstrocyteContainer.start(AstrocyteConfig.load(null, overrides))) {
                outcomes = experiment.run(container.get(ScenarioRunner.class), threadCount, outputDir, resume,
                        progress);
            }
        }
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        ExperimentReport report = experiment.report(outcomes);
        if (report != null) {
            out.printf("%n%s", SummaryTable.text(report.summaries()));
            report.verdicts().forEach(v -> out.printf("%s%n", v));
            if (publish != null) {
                boolean readme = ExperimentSummary.publish(experiment.spec(), report, outputDir, publish,
                        Path.of("README.md"));
                out.printf("Published to %s%s%n", publish, readme ? " and README.md" : "");
            }
        }
        out.printf("%nExperiment %s: %d trials, %d failed. Wrote %s/results.jsonl, results.csv, experiment.json%s.%n"
                + "An HTML report of it: astrocyte report %s%n", experiment.spec().name(), outcomes.size(), failed,
                outputDir, report == null ? "" : ", summary.csv, comparisons.csv, summary.md, summary.png and .svg",
                outputDir);
        outcomes.stream().filter(o -> !o.ok()).limit(10).forEach(o -> out.printf("  failed: %s: %s%n", o.id(),
                o.error()));
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private Path out(Experiment experiment) {
        return out != null ? out : Path.of("out", "experiments", experiment.spec().name());
    }
}
