package org.astrocyte.memory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.astrocyte.memory.sdr.Sdr;
import org.junit.jupiter.api.Test;

class EpisodeJsonTest {

    @Test
    void should_read_back_what_it_writes() {
        // given
        Episode episode = Episode.of("a-1", "a", 42, Sdr.of(64, 3, 9, 60)).withPayload("{\"note\":\"food\"}")
                .withImportance(0.25).withTags(List.of("food")).withEmbedding(DenseEmbedding.of(new float[] {1, 2}));
        // when
        String json = EpisodeJson.write(episode);
        // then
        assertTrue(json.startsWith("{\"format\":2,\"id\":\"a-1\""), json);
        assertEquals(episode, EpisodeJson.read("a-1", json));
    }

    @Test
    void should_read_the_first_format_into_a_payload() {
        // given: what Astrocyte 0.1 wrote before payloads and tags
        String v1 = "{\"id\":\"a-1\",\"agentId\":\"a\",\"timeMicros\":1000,\"note\":\"food seen\",\"x\":2.0,"
                + "\"y\":3.5,\"code\":{\"size\":64,\"active\":[1,5]}}";
        // when
        Episode episode = EpisodeJson.read("a-1", v1);
        // then
        assertEquals(Sdr.of(64, 1, 5), episode.code());
        assertEquals("{\"note\":\"food seen\",\"x\":2.0,\"y\":3.5}", episode.payload());
        assertEquals(Episode.DEFAULT_IMPORTANCE, episode.importance());
    }

    @Test
    void should_refuse_a_newer_format_saying_to_upgrade() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EpisodeJson.read("k",
                "{\"format\":3,\"id\":\"k\"}"));
        assertEquals("stored episode k has format 3, written by a newer Astrocyte; this version reads formats 1 to 2:"
                + " upgrade Astrocyte to open this store", e.getMessage());
    }

    @Test
    void should_name_the_key_and_the_missing_field() {
        assertEquals("stored episode k has no code {size, active}", assertThrows(IllegalStateException.class,
                () -> EpisodeJson.read("k", "{\"format\":2,\"id\":\"k\",\"agentId\":\"a\",\"timeMicros\":1}"))
                .getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> EpisodeJson.read("k", "{oops"))
                .getMessage().startsWith("stored episode k is not JSON"));
    }
}
