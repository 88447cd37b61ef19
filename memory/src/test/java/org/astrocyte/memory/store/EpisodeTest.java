package org.astrocyte.memory.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void should_reject_missing_blank_negative_or_non_finite_fields_naming_them() {
        assertRejected("id", () -> new Episode(" ", "a", 0, "note", 0, 0, code));
        assertRejected("id", () -> new Episode(null, "a", 0, "note", 0, 0, code));
        assertRejected("agentId", () -> new Episode("e", "", 0, "note", 0, 0, code));
        assertRejected("timeMicros", () -> new Episode("e", "a", -1, "note", 0, 0, code));
        assertRejected("note", () -> new Episode("e", "a", 0, null, 0, 0, code));
        assertRejected("x", () -> new Episode("e", "a", 0, "note", Double.NaN, 0, code));
        assertRejected("y", () -> new Episode("e", "a", 0, "note", 0, Double.NEGATIVE_INFINITY, code));
        assertRejected("code", () -> new Episode("e", "a", 0, "note", 0, 0, null));
    }

    @Test
    void should_accept_an_empty_note_for_a_place_only_memory() {
        assertDoesNotThrow(() -> new Episode("e", "a", 0, "", 1, 2, code));
    }

    @Test
    void should_reject_a_recollection_without_episode_or_with_negative_overlap() {
        Episode episode = new Episode("e", "a", 0, "", 1, 2, code);
        assertRejected("episode", () -> new Recollection(null, 1));
        assertRejected("overlap", () -> new Recollection(episode, -1));
    }
}
