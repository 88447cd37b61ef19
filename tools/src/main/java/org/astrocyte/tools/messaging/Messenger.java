package org.astrocyte.tools.messaging;

/** Delivers messages between the agents of a run. */
public interface Messenger {

    /** Whether {@code agentId} is an agent that can receive messages. */
    boolean knows(String agentId);

    /** Delivers {@code text} from {@code from} to {@code to}. */
    void send(String from, String to, String text);

    /** Delivers {@code text} from {@code from} to every other agent; how many received it. */
    int broadcast(String from, String text);
}
