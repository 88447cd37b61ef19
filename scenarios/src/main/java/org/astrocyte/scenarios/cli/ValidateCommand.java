package org.astrocyte.scenarios.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.astrocyte.core.config.YamlConfigReader;
import org.astrocyte.scenarios.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code astrocyte validate FILE}: checks a scenario file as {@code run} would (keys, types, ranges, each agent's
 * planner and its key variable) without running it; an error names the file, line, column and field.
 */
@Command(name = "validate", description = "Check a scenario file without running it.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario (YAML).")
    private Path file;

    @Override
    public Integer call() {
        ScenarioSpec scenario = new YamlConfigReader().read(file, ScenarioSpec.class);
        try {
            RunCommand.checkPlanners(scenario);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: valid scenario '%s', %d agent%s, %.1f simulated s%n",
                file, scenario.name(), scenario.agents().size(), scenario.agents().size() == 1 ? "" : "s",
                scenario.duration());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
