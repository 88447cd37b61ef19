package org.astrocyte.memory.langchain4j;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.util.List;
import java.util.function.LongSupplier;
import org.astrocyte.memory.encoder.Encoder;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.EpisodicMemory;

/**
 * A LangChain4j {@link ChatMemoryStore} backed by an Astrocyte {@link EpisodicMemory}, so that a LangChain4j
 * application keeps its chat memories in the same shared, durable store as its agents: each conversation is one
 * episode (id {@code chat-<memoryId>}, tag {@value #TAG}) whose payload holds the messages in LangChain4j's own JSON
 * and whose code is that of the conversation's text, so that conversations are recalled by content too.
 */
public final class EpisodicChatMemoryStore implements ChatMemoryStore {

    /** Tag of every conversation episode. */
    public static final String TAG = "chat";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EpisodicMemory memory;
    private final Encoder<String> encoder;
    private final String agentId;
    private final LongSupplier nowMicros;

    /**
     * Conversations of {@code agentId} in {@code memory}, coded by {@code encoder}, stamped with the simulated or
     * wall time {@code nowMicros} gives, µs.
     */
    public EpisodicChatMemoryStore(EpisodicMemory memory, Encoder<String> encoder, String agentId,
            LongSupplier nowMicros) {
        this.memory = memory;
        this.encoder = encoder;
        this.agentId = agentId;
        this.nowMicros = nowMicros;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        return memory.find(idOf(memoryId))
                .map(e -> ChatMessageDeserializer.messagesFromJson(e.payloadJson().path("messages").asText("[]")))
                .orElse(List.of());
    }

    /** @throws IllegalArgumentException if the conversation's JSON exceeds an episode's payload limit */
    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("memoryId", String.valueOf(memoryId));
        payload.put("messages", ChatMessageSerializer.messagesToJson(messages));
        memory.store(Episode.of(idOf(memoryId), agentId, nowMicros.getAsLong(), encoder.encode(textOf(messages)))
                .withPayload(payload).withTags(List.of(TAG)));
    }

    @Override
    public void deleteMessages(Object memoryId) {
        memory.forget(idOf(memoryId));
    }

    private static String idOf(Object memoryId) {
        if (memoryId == null) {
            throw new IllegalArgumentException("memoryId must not be null");
        }
        return "chat-" + memoryId;
    }

    private static String textOf(List<ChatMessage> messages) {
        StringBuilder text = new StringBuilder();
        for (ChatMessage message : messages) {
            if (message instanceof UserMessage user && user.hasSingleText()) {
                text.append(user.singleText()).append('\n');
            } else if (message instanceof AiMessage ai && ai.text() != null) {
                text.append(ai.text()).append('\n');
            } else if (message instanceof SystemMessage system) {
                text.append(system.text()).append('\n');
            }
        }
        return text.toString();
    }
}
