package org.astrocyte.memory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.astrocyte.memory.encoder.EpisodeEncoder;
import org.astrocyte.memory.encoder.Position;
import org.astrocyte.memory.sdr.Sdr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The store and recall behaviour every {@link EpisodicMemory} must show; each implementation runs it through a
 * subclass that supplies a fresh, empty memory.
 */
public abstract class EpisodicMemoryContract {

    protected final EpisodeEncoder encoder = EpisodeEncoder.defaults();
    protected EpisodicMemory memory;

    /** A fresh, empty memory, isolated from the memories of other tests. */
    protected abstract EpisodicMemory createMemory();

    @BeforeEach
    void openMemory() {
        memory = createMemory();
    }

    /** An episode of agent {@code a} with the code the default encoder gives its note and place. */
    protected Episode episode(String id, long timeMicros, String note, double x, double y) {
        return new Episode(id, "a", timeMicros, note, x, y, encoder.encode(note, new Position(x, y)));
    }

    /** Food seen at (2, 3) and at (15, 12), and a cold wall at (5, 5), in that order. */
    protected void givenThreeEpisodes() {
        memory.store(episode("food-1", 1_000, "food seen", 2, 3));
        memory.store(episode("food-2", 2_000, "food seen", 15, 12));
        memory.store(episode("wall-1", 3_000, "wall is cold", 5, 5));
    }

    private static List<String> ids(List<Recollection> hits) {
        return hits.stream().map(hit -> hit.episode().id()).toList();
    }

    @Test
    void should_recall_nothing_from_an_empty_memory() {
        assertEquals(0, memory.count());
        assertEquals(List.of(), memory.recall(encoder.textCue("food"), 5, 0));
    }

    @Test
    void should_count_stored_episodes() {
        // when
        givenThreeEpisodes();
        // then
        assertEquals(3, memory.count());
    }

    @Test
    void should_recall_both_food_episodes_from_a_text_cue_ahead_of_the_third() {
        // given
        givenThreeEpisodes();
        // when
        List<Recollection> hits = memory.recall(encoder.textCue("food"), 3, 0);
        // then
        assertEquals(List.of("food-2", "food-1", "wall-1"), ids(hits), "equal overlaps: the later episode first");
        assertEquals(8, hits.get(0).overlap());
        assertEquals(8, hits.get(1).overlap());
        assertTrue(hits.get(2).overlap() < 8, "wall overlap " + hits.get(2).overlap());
    }

    @Test
    void should_recall_food_episode_from_position_cue() {
        // given
        givenThreeEpisodes();
        // when: a place 0.36 m from the second food episode
        List<Recollection> hits = memory.recall(encoder.placeCue(new Position(15.3, 11.8)), 3, 1);
        // then
        assertEquals("food-2", hits.get(0).episode().id());
        assertTrue(hits.get(0).overlap() >= 20, "overlap " + hits.get(0).overlap());
        assertTrue(hits.size() == 1 || hits.get(1).overlap() < 10, "runner-up " + hits);
    }

    @Test
    void should_recall_an_episode_from_a_noisy_half_of_its_code() {
        // given
        givenThreeEpisodes();
        SplittableRandom rng = new SplittableRandom(7);
        Sdr full = encoder.encode("wall is cold", new Position(5, 5));
        Sdr noise = Sdr.of(full.size(), rng.ints(0, full.size()).distinct().limit(24).toArray());
        // when
        Sdr cue = full.subsample(full.activeCount() / 2, rng).union(noise);
        List<Recollection> hits = memory.recall(cue, 1, 10);
        // then
        assertEquals(List.of("wall-1"), ids(hits));
    }

    @Test
    void should_leave_out_episodes_below_the_minimum_overlap() {
        // given
        givenThreeEpisodes();
        // when
        List<Recollection> hits = memory.recall(encoder.textCue("cold"), 5, 4);
        // then
        assertEquals(List.of("wall-1"), ids(hits));
    }

    @Test
    void should_return_at_most_k_episodes() {
        // given
        givenThreeEpisodes();
        // when
        List<Recollection> hits = memory.recall(encoder.textCue("food"), 1, 0);
        // then
        assertEquals(List.of("food-2"), ids(hits));
    }

    @Test
    void should_break_ties_by_later_time_then_by_id() {
        // given
        memory.store(episode("b", 5_000, "food seen", 1, 1));
        memory.store(episode("c", 5_000, "food seen", 1, 1));
        memory.store(episode("a", 4_000, "food seen", 1, 1));
        // when
        List<Recollection> hits = memory.recall(encoder.textCue("food seen"), 3, 1);
        // then
        assertEquals(List.of("b", "c", "a"), ids(hits));
    }

    @Test
    void should_return_the_episode_as_stored() {
        // given
        Episode stored = new Episode("scout-7", "scout", 123_456_789L, "Food: 3 apples, near the rock!", -1.25,
                1e-3, encoder.encode("Food: 3 apples, near the rock!", new Position(-1.25, 1e-3)));
        memory.store(stored);
        // when
        List<Recollection> hits = memory.recall(encoder.textCue("apples"), 1, 1);
        // then
        assertEquals(List.of(new Recollection(stored, 8)), hits);
    }

    @Test
    void should_replace_an_episode_stored_again_under_its_id() {
        // given
        givenThreeEpisodes();
        // when
        memory.store(episode("wall-1", 4_000, "food seen", 5, 5));
        // then
        assertEquals(3, memory.count());
        assertEquals(List.of("wall-1", "food-2", "food-1"), ids(memory.recall(encoder.textCue("food"), 5, 1)));
        assertEquals(List.of(), memory.recall(encoder.textCue("cold"), 5, 1));
    }

    @Test
    void should_reject_bad_arguments_naming_them() {
        // given
        givenThreeEpisodes();
        Sdr cue = encoder.textCue("food");
        // then
        assertMessageStarts("k ", () -> memory.recall(cue, 0, 1));
        assertMessageStarts("minOverlap ", () -> memory.recall(cue, 1, -1));
        assertMessageStarts("cue ", () -> memory.recall(null, 1, 1));
        assertMessageStarts("cue ", () -> memory.recall(Sdr.of(10, 1), 1, 1));
        assertMessageStarts("episode ", () -> memory.store(null));
    }

    private static void assertMessageStarts(String prefix, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }
}
