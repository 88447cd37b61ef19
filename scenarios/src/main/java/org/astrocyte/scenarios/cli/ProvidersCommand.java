package org.astrocyte.scenarios.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.astrocyte.agents.provider.ChatModelFactory;
import org.astrocyte.agents.provider.ChatModelProvider;
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
        PrintWriter out = spec.commandLine().getOut();
        for (ChatModelProvider provider : ChatModelFactory.builtIn().providers()) {
            out.printf("%-13s %s%n%-13s planner: %s%n", provider.name(), provider.description(), "",
                    provider.example());
        }
        out.flush();
        return 0;
    }
}
