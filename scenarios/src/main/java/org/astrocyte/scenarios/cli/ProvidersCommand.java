package org.astrocyte.scenarios.cli;

import java.util.concurrent.Callable;
import org.astrocyte.agents.provider.ChatModelFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code astrocyte providers}: lists the planner providers a scenario may name. */
@Command(name = "providers", description = "List the LLM providers a scenario's planner may use.")
final class ProvidersCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ChatModelFactory.builtIn().providerNames().forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}
