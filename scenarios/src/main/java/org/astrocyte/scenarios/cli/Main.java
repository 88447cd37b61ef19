package org.astrocyte.scenarios.cli;

import picocli.CommandLine;

/** Entry point of the {@code astrocyte} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        quietLogging();
        System.exit(commandLine().execute(args));
    }

    /** The command line with Astrocyte's error handling: bad input exits with 2 and a message, no stack trace. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The same, with subcommands made by {@code factory}, e.g. a {@link BenchCommand} with benchmarks of a test. */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        return new CommandLine(new AstrocyteCommand(), factory)
                .setExecutionExceptionHandler(new InputErrorHandler());
    }

    /** Weld and Hazelcast log through SLF4J (simple logger, warnings only) unless told otherwise. */
    static void quietLogging() {
        setDefault("org.jboss.logging.provider", "slf4j");
        setDefault("hazelcast.logging.type", "slf4j");
        setDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
