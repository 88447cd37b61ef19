package org.astrocyte.tools.messaging;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import org.astrocyte.tools.ArgumentChecks;

/** Tools with which a planner talks to the other agents of its run; they read messages in their next observation. */
public final class MessagingTools {

    /** Longest message, in characters. */
    public static final int MAX_TEXT_CHARS = 300;

    private final String agentId;
    private final Messenger messenger;

    public MessagingTools(String agentId, Messenger messenger) {
        this.agentId = agentId;
        this.messenger = messenger;
    }

    /** Sends {@code text} to the agent {@code to}. */
    @Tool(name = "send_message", value = "Send a short message to one other agent, e.g. 'food at (3.5, 7.0)'. It "
            + "reads it at its next turn.")
    public String sendMessage(@P("the id of the agent to write to") String to,
            @P("what to say, at most 300 characters") String text) {
        String recipient = ArgumentChecks.text("to", to, 64);
        String message = ArgumentChecks.text("text", text, MAX_TEXT_CHARS);
        if (recipient.equals(agentId)) {
            throw new IllegalArgumentException("to must be another agent, not yourself");
        }
        if (!messenger.knows(recipient)) {
            throw new IllegalArgumentException("there is no agent '" + recipient + "' in this run");
        }
        messenger.send(agentId, recipient, message);
        return "sent to " + recipient;
    }

    /** Sends {@code text} to every other agent. */
    @Tool(name = "broadcast", value = "Send a short message to every other agent, e.g. 'food at (3.5, 7.0)'. They "
            + "read it at their next turn.")
    public String broadcast(@P("what to say, at most 300 characters") String text) {
        int received = messenger.broadcast(agentId, ArgumentChecks.text("text", text, MAX_TEXT_CHARS));
        return "broadcast to " + received + " agent" + (received == 1 ? "" : "s");
    }
}
