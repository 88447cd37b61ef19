package org.astrocyte.scenarios.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.astrocyte.scenarios.spec.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code astrocyte schema}: prints or writes the JSON Schema of scenario files, for editors. */
@Command(name = "schema", description = "Print the JSON Schema of scenario files (for editor completion and checks).")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the schema here instead of printing it.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        String schema = ScenarioSchema.json();
        if (out == null) {
            spec.commandLine().getOut().print(schema);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(out, schema, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("wrote " + out);
        }
        return 0;
    }
}
