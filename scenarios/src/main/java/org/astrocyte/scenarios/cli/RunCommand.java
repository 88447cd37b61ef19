package org.astrocyte.scenarios.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.astrocyte.agents.provider.ChatModelFactory;
import org.astrocyte.core.config.AstrocyteConfig;
import org.astrocyte.core.config.ConfigOverrides;
import org.astrocyte.core.config.YamlConfigReader;
import org.astrocyte.scenarios.live.LiveView;
import org.astrocyte.scenarios.run.RunProgress;
import org.astrocyte.scenarios.run.RunSummary;
import org.astrocyte.scenarios.run.ScenarioRunner;
import org.astrocyte.scenarios.spec.AgentSpec;
import org.astrocyte.scenarios.spec.ReflexKind;
import org.astrocyte.scenarios.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code astrocyte run FILE}: runs a scenario and writes its trace and summary; {@code --live} shows it as it goes. */
@Command(name = "run", description = "Run a scenario file in simulated time (with --live: watch it in a browser).")
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario (YAML).")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<scenario>-seed<seed>).")
    private Path out;

    @Option(names = "--seed", description = "Override the scenario's seed.")
    private Long seed;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Override the simulated duration.")
    private Double duration;

    @Option(names = "--no-reflex", description = "Run every agent without its reflex (planner only).")
    private boolean noReflex;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Framework configuration (YAML); astrocyte.* system properties and ASTROCYTE_* "
                    + "environment variables override it.")
    private Path config;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Option(names = "--provider", paramLabel = "NAME",
            description = "Use this planner provider for every agent (astrocyte providers lists them).")
    private String provider;

    @Option(names = "--base-url", paramLabel = "URL", description = "Planner server URL for every agent.")
    private String baseUrl;

    @Option(names = "--model", paramLabel = "MODEL", description = "Planner model for every agent.")
    private String model;

    @Option(names = "--record-planner", paramLabel = "DIR",
            description = "Record every agent's planner calls to DIR/<agent>.jsonl, to replay them later.")
    private Path recordPlanner;

    @Option(names = "--replay-planner", paramLabel = "DIR",
            description = "Replay the planner calls recorded in DIR, with no network: the same run again.")
    private Path replayPlanner;

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "Environment variable holding the planner's API key (the key itself never on the "
                    + "command line).")
    private String apiKeyEnv;

    @Option(names = "--live", description = "Show the run in a browser as it goes (a page on 127.0.0.1; the URL is "
            + "printed), paced to the wall clock.")
    private boolean live;

    @Option(names = "--port", paramLabel = "N", description = "Port of the live view (default: any free port).")
    private int port;

    @Option(names = "--speed", paramLabel = "X",
            description = "Simulated seconds per wall second in the live view (default: 1, real time).")
    private double speed = 1.0;

    @Option(names = "--linger", paramLabel = "SECONDS",
            description = "How long the live view stays up after the run (default: 10).")
    private long linger = 10;

    @Override
    public Integer call() throws Exception {
        ScenarioSpec scenario = new YamlConfigReader().read(file, ScenarioSpec.class);
        scenario = scenario.with(seed != null ? seed : scenario.seed(),
                duration != null ? duration : scenario.duration());
        if (noReflex) {
            scenario = scenario.withReflex(ReflexKind.NONE);
        }
        if (provider != null || baseUrl != null || model != null || apiKeyEnv != null) {
            scenario = scenario.withPlanners(p -> p.overriddenBy(provider, baseUrl, model, apiKeyEnv));
        }
        if (recordPlanner != null && replayPlanner != null) {
            throw new IllegalArgumentException("--record-planner and --replay-planner exclude each other");
        }
        if (recordPlanner != null) {
            scenario = scenario.withPlanners((agent, p) -> p.recordingTo(recordPlanner.resolve(agent + ".jsonl")
                    .toString()));
        }
        if (replayPlanner != null) {
            scenario = scenario.withPlanners((agent, p) -> p.replaying(replayPlanner.resolve(agent + ".jsonl")
                    .toString()));
        }
        checkPlanners(scenario);
        Path outputDir = out != null ? out : Path.of("out", scenario.name() + "-seed" + scenario.seed());
        Map<String, String> overrides = ConfigOverrides.from(System.getProperties(), System.getenv(),
                AstrocyteConfig.sections());
        AstrocyteConfig astrocyteConfig = AstrocyteConfig.load(config, overrides);
        RunProgress progress = quiet ? RunProgress.NONE : new ConsoleProgress();
        if (!live) {
            try (AstrocyteContainer container = AstrocyteContainer.start(astrocyteConfig)) {
                printSummary(container.get(ScenarioRunner.class).run(scenario, outputDir, progress), outputDir);
            }
            return 0;
        }
        if (linger < 0) {
            throw new IllegalArgumentException("--linger must be zero or more seconds, got " + linger);
        }
        try (LiveView view = LiveView.start(port, speed)) {
            spec.commandLine().getOut().println("Live view: " + view.url());
            spec.commandLine().getOut().flush();
            try (AstrocyteContainer container = AstrocyteContainer.start(astrocyteConfig)) {
                printSummary(container.get(ScenarioRunner.class).run(scenario, outputDir, view.pace(progress),
                        view.observer()), outputDir);
            }
            view.linger(Duration.ofSeconds(linger), spec.commandLine().getOut());
        }
        return 0;
    }

    private void printSummary(RunSummary summary, Path outputDir) {
        spec.commandLine().getOut().print(SummaryTable.format(summary, outputDir.toString()));
        spec.commandLine().getOut().flush();
    }

    /**
     * Checks every agent's planner (provider, model, key variable), so that what is missing is reported before
     * anything starts; also used by {@code validate}.
     */
    static void checkPlanners(ScenarioSpec scenario) {
        ChatModelFactory factory = ChatModelFactory.builtIn();
        for (AgentSpec agent : scenario.agents()) {
            if (agent.plannerless()) {
                continue;
            }
            try {
                factory.check(agent.planner());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("agent '" + agent.id() + "': " + e.getMessage(), e);
            }
        }
    }
}
