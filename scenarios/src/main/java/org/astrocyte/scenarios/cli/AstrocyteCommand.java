package org.astrocyte.scenarios.cli;

import picocli.CommandLine.Command;

/** The {@code astrocyte} command and its subcommands. */
@Command(name = "astrocyte", mixinStandardHelpOptions = true, version = "astrocyte 0.1.0",
        description = "Brain-inspired embodied agents: an LLM planner, spiking reflexes and a shared memory.",
        subcommands = {RunCommand.class, SimulateCommand.class, BenchCommand.class, ProvidersCommand.class,
            MemoryCommand.class, ValidateCommand.class, SchemaCommand.class, ExperimentCommand.class,
            MemberCommand.class, ReportCommand.class})
final class AstrocyteCommand {
}
