package org.astrocyte.tools.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagingToolsTest {

    /** Delivers into a list, for agents a, b and c. */
    private static final class ListMessenger implements Messenger {
        final List<String> delivered = new ArrayList<>();

        @Override
        public boolean knows(String agentId) {
            return Set.of("a", "b", "c").contains(agentId);
        }

        @Override
        public void send(String from, String to, String text) {
            delivered.add(from + "->" + to + ": " + text);
        }

        @Override
        public int broadcast(String from, String text) {
            delivered.add(from + "->*: " + text);
            return 2;
        }
    }

    private final ListMessenger messenger = new ListMessenger();
    private final MessagingTools tools = new MessagingTools("a", messenger);

    @Test
    void should_send_to_one_agent_and_broadcast_to_the_others() {
        assertEquals("sent to b", tools.sendMessage("b", "food at (3.0, 4.0)"));
        assertEquals("broadcast to 2 agents", tools.broadcast("wall ahead"));
        assertEquals(List.of("a->b: food at (3.0, 4.0)", "a->*: wall ahead"), messenger.delivered);
    }

    @Test
    void should_refuse_unknown_agents_itself_and_oversized_text_with_messages_for_the_model() {
        assertEquals("there is no agent 'z' in this run", assertThrows(IllegalArgumentException.class,
                () -> tools.sendMessage("z", "hi")).getMessage());
        assertEquals("to must be another agent, not yourself", assertThrows(IllegalArgumentException.class,
                () -> tools.sendMessage("a", "hi")).getMessage());
        assertEquals("text must be at most 300 characters, got 301", assertThrows(IllegalArgumentException.class,
                () -> tools.broadcast("x".repeat(301))).getMessage());
        assertEquals("text must be a non-empty text", assertThrows(IllegalArgumentException.class,
                () -> tools.broadcast(" ")).getMessage());
        assertEquals(List.of(), messenger.delivered);
    }
}
