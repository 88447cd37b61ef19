package org.astrocyte.memory.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import org.astrocyte.memory.encoder.TextEncoder;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.LocalEpisodicMemory;
import org.junit.jupiter.api.Test;

class LangChain4jAdaptersTest {

    private final LocalEpisodicMemory memory = new LocalEpisodicMemory();
    private final TextEncoder encoder = TextEncoder.defaults();

    @Test
    void should_keep_a_langchain4j_chat_memory_in_the_episodic_store() {
        // given: LangChain4j's own window memory on top of the store
        EpisodicChatMemoryStore store = new EpisodicChatMemoryStore(memory, encoder, "assistant", () -> 7);
        MessageWindowChatMemory chat = MessageWindowChatMemory.builder().id("user-1").maxMessages(3)
                .chatMemoryStore(store).build();
        // when
        chat.add(UserMessage.from("Where did you see the apples?"));
        chat.add(AiMessage.from("Near the old oak, north of the pond."));
        chat.add(UserMessage.from("And the water?"));
        chat.add(AiMessage.from("In the pond."));
        // then: the window keeps 3, in the store, recalled by content
        List<ChatMessage> kept = store.getMessages("user-1");
        assertEquals(3, kept.size());
        assertEquals(AiMessage.from("In the pond."), kept.get(2));
        Episode episode = memory.find("chat-user-1").orElseThrow();
        assertEquals(List.of(EpisodicChatMemoryStore.TAG), List.copyOf(episode.tags()));
        assertEquals("chat-user-1", memory.recall(encoder.encode("old oak pond"), 1, 4).get(0).episode().id());
        // when
        store.deleteMessages("user-1");
        // then
        assertEquals(List.of(), store.getMessages("user-1"));
    }

    @Test
    void should_retrieve_remembered_notes_as_content_with_their_reason() {
        // given
        memory.store(Episode.of("n1", "scout", 5, encoder.encode("apples near the old oak"))
                .withPayload("{\"note\":\"apples near the old oak\"}"));
        memory.store(Episode.of("n2", "scout", 6, encoder.encode("cold wind on the hill"))
                .withPayload("{\"note\":\"cold wind on the hill\"}"));
        EpisodicContentRetriever retriever = new EpisodicContentRetriever(memory, encoder, 5, 4);
        // when
        List<Content> found = retriever.retrieve(Query.from("where are apples?"));
        // then
        assertEquals(1, found.size());
        assertEquals("apples near the old oak", found.get(0).textSegment().text());
        assertEquals("n1", found.get(0).textSegment().metadata().getString("episode_id"));
        assertTrue(found.get(0).textSegment().metadata().getString("reason").startsWith("shares "));
    }
}
