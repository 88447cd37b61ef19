package org.astrocyte.scenarios.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.agents.planner.Observation;
import org.astrocyte.core.event.EventEmitter;
import org.astrocyte.core.event.MessageSent;
import org.astrocyte.tools.messaging.Messenger;

/**
 * The messages between the agents of one run: delivered to in-process inboxes at once (so that a seed gives the
 * same run) and mirrored to the bus as {@link MessageSent} events for observers. An agent reads its inbox at the
 * start of its next planner turn.
 */
final class RunMessenger implements Messenger {

    private final Map<String, List<Observation.Message>> inboxes = new LinkedHashMap<>();
    private final EventEmitter events;

    RunMessenger(List<String> agentIds, EventEmitter events) {
        agentIds.forEach(id -> inboxes.put(id, new ArrayList<>()));
        this.events = events;
    }

    @Override
    public boolean knows(String agentId) {
        return inboxes.containsKey(agentId);
    }

    @Override
    public void send(String from, String to, String text) {
        inboxes.get(to).add(new Observation.Message(from, text));
        events.emit(from, stamp -> new MessageSent(stamp, to, text));
    }

    @Override
    public int broadcast(String from, String text) {
        int received = 0;
        for (Map.Entry<String, List<Observation.Message>> inbox : inboxes.entrySet()) {
            if (!inbox.getKey().equals(from)) {
                inbox.getValue().add(new Observation.Message(from, text));
                received++;
            }
        }
        events.emit(from, stamp -> new MessageSent(stamp, null, text));
        return received;
    }

    /** The messages {@code agentId} received since it last read them, oldest first. */
    List<Observation.Message> read(String agentId) {
        List<Observation.Message> inbox = inboxes.get(agentId);
        List<Observation.Message> messages = List.copyOf(inbox);
        inbox.clear();
        return messages;
    }
}
