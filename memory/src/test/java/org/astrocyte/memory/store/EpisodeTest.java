package org.astrocyte.memory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.astrocyte.memory.sdr.Sdr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class EpisodeTest {

    private final Sdr code = Sdr.of(8, 1, 2);

    private static void assertRejected(String argument, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(argument + " "), e.getMessage());
    }

    @Test
    void should_reject_missing_or_out_of_range_fields_naming_them() {
        assertRejected("id", () -> Episode.of(" ", "a", 0, code));
        assertRejected("id", () -> Episode.of("x".repeat(Episode.MAX_ID_CHARS + 1), "a", 0, code));
        assertRejected("agentId", () -> Episode.of("e", null, 0, code));
        assertRejected("timeMicros", () -> Episode.of("e", "a", -1, code));
        assertRejected("code", () -> Episode.of("e", "a", 0, null));
        assertRejected("importance", () -> Episode.of("e", "a", 0, code).withImportance(1.5));
        assertRejected("importance", () -> Episode.of("e", "a", 0, code).withImportance(Double.NaN));
        assertRejected("tags", () -> Episode.of("e", "a", 0, code).withTags(List.of(" ")));
        assertRejected("an episode has at most", () -> Episode.of("e", "a", 0, code)
                .withTags(IntStream.range(0, Episode.MAX_TAGS + 1).mapToObj(i -> "t" + i).toList()));
    }

    @Test
    void should_accept_only_a_json_object_of_bounded_size_as_payload() {
        Episode episode = Episode.of("e", "a", 0, code);
        assertRejected("payload must be a JSON object:",() -> episode.withPayload("{\"note\": "));
        assertEquals("payload must be a JSON object, got array", assertThrows(IllegalArgumentException.class,
                () -> episode.withPayload("[1]")).getMessage());
        assertRejected("payload must be at most", () -> episode.withPayload("{\"n\":\""
                + "x".repeat(Episode.MAX_PAYLOAD_CHARS) + "\"}"));
        assertEquals("{}", episode.withPayload(" ").payload());
        assertEquals("{\"a\":[1,2]}", episode.withPayload("{ \"a\" : [1, 2] }").payload());
    }

    @Test
    void should_keep_tags_sorted_and_distinct() {
        Episode episode = Episode.of("e", "a", 0, code).withTags(List.of("food", "apple", "food"));
        assertEquals(List.of("apple", "food"), List.copyOf(episode.tags()));
    }
}
