package org.astrocyte.simulator.spec;

/**
 * A network description that cannot be simulated. The message names the offending field (with the population or
 * projection it belongs to) and the reason, and is meant to be shown as is, for example to an LLM that built the
 * network through a tool call.
 */
public final class InvalidNetworkException extends RuntimeException {

    public InvalidNetworkException(String message) {
        super(message);
    }
}
