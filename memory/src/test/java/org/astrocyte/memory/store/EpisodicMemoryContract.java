package org.astrocyte.memory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.astrocyte.memory.encoder.EpisodeEncoder;
import org.astrocyte.memory.encoder.Position;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EpisodicMemory} must do; each implementation runs it through a subclass. */
public abstract class EpisodicMemoryContract {

    protected final EpisodeEncoder encoder = EpisodeEncoder.defaults();
    protected EpisodicMemory memory;

    /** A fresh, empty memory. */
    protected abstract EpisodicMemory createMemory();

    @BeforeEach
    void open() {
        memory = createMemory();
        memory.store(episode("a-1", 1_000, "food seen", 2, 3));
        memory.store(episode("a-2", 2_000, "food seen", 15, 12));
        memory.store(episode("b-1", 3_000, "wall is cold", 5, 5));
    }

    protected Episode episode(String id, long time, String note, double x, double y) {
        return new Episode(id, id.substring(0, 1), time, note, x, y, encoder.encode(note, new Position(x, y)));
    }

    @Test
    void should_recall_every_food_episode_from_the_word_alone() {
        // when
        List<Recollection> hits = memory.recall(encoder.textCue("food"), 2, 1);
        // then
        Set<String> ids = hits.stream().map(h -> h.episode().id()).collect(Collectors.toSet());
        assertEquals(Set.of("a-1", "a-2"), ids);
        assertEquals("a-2", hits.get(0).episode().id(), "equal overlap: the later episode first");
    }

    @Test
    void should_recall_the_episode_of_a_nearby_place_first() {
        // when
        List<Recollection> hits = memory.recall(encoder.placeCue(new Position(15.3, 11.8)), 3, 1);
        // then
        assertEquals("a-2", hits.get(0).episode().id());
        assertTrue(hits.get(0).overlap() > 20, "overlap " + hits.get(0).overlap());
    }

    @Test
    void should_leave_out_episodes_below_the_minimum_overlap() {
        List<Recollection> hits = memory.recall(encoder.textCue("cold"), 5, 1);
        assertEquals(List.of("b-1"), hits.stream().map(h -> h.episode().id()).toList());
    }

    @Test
    void should_replace_an_episode_stored_again_under_its_id() {
        memory.store(episode("b-1", 4_000, "food seen", 5, 5));
        assertEquals(3, memory.count());
        assertEquals(3, memory.recall(encoder.textCue("food"), 5, 1).size());
    }

    @Test
    void should_reject_bad_arguments() {
        assertThrows(IllegalArgumentException.class, () -> memory.recall(encoder.textCue("food"), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> memory.recall(
                org.astrocyte.memory.sdr.Sdr.of(10, 1), 1, 1));
    }
}
