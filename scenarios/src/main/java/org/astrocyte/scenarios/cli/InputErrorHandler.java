package org.astrocyte.scenarios.cli;

import org.astrocyte.core.config.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Bad input (a scenario file, a configuration, a planner that cannot be built) is the user's to fix: print what
 * is wrong and where, and exit with 2, without a stack trace. Anything else is a bug and keeps its stack trace.
 */
final class InputErrorHandler implements IExecutionExceptionHandler {

    /** Exit code for bad input, as for a command-line usage error. */
    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) throws Exception {
        if (e instanceof InputException || e instanceof IllegalArgumentException) {
            command.getErr().println(command.getColorScheme().errorText("error: " + e.getMessage()));
            return BAD_INPUT;
        }
        throw e;
    }
}
