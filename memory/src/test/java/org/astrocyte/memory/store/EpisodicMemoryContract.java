package org.astrocyte.memory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        return episode(id, "a", timeMicros, note, x, y);
    }

    /** An episode of agent {@code agent} with the note and place in its payload. */
    protected Episode episode(String id, String agent, long timeMicros, String note, double x, double y) {
        return Episode.of(id, agent, timeMicros, encoder.encode(note, new Position(x, y)))
                .withPayload("{\"note\":\"" + note + "\",\"x\":" + x + ",\"y\":" + y + "}");
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
    void should_recall_both_food_episodes_from_a_text_cue_and_never_one_sharing_no_bit() {
        // given
        givenThreeEpisodes();
        // when
        List<Recollection> hits = memory.recall(encoder.textCue("food"), 3, 0);
        // then
        assertEquals(List.of("food-2", "food-1"), ids(hits), "equal overlaps: the later episode first");
        assertEquals(8, hits.get(0).overlap());
        assertEquals(8, hits.get(1).overlap());
        assertEquals(0, memory.find("wall-1").orElseThrow().code().overlap(encoder.textCue("food")));
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
        Episode stored = Episode.of("scout-7", "scout", 123_456_789L,
                encoder.encode("Food: 3 apples, near the rock!", new Position(-1.25, 1e-3)))
                .withPayload("{\"note\":\"Food: 3 apples, near the rock! \u00e9\",\"count\":3,\"seen\":[1,2]}")
                .withImportance(0.875)
                .withTags(List.of("food", "apple"))
                .withEmbedding(DenseEmbedding.of(new float[] {0.25f, -1e-7f, 3}));
        memory.store(stored);
        // when
        List<Recollection> hits = memory.recall(encoder.textCue("apples"), 1, 1);
        // then
        assertEquals(1, hits.size());
        assertEquals(stored, hits.get(0).episode());
        assertEquals(8, hits.get(0).overlap());
        assertEquals(Optional.of(stored), memory.find("scout-7"));
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

    @Test
    void should_filter_by_agent_time_window_and_tags() {
        // given
        memory.store(episode("a-1", "a", 1_000, "food seen", 1, 1).withTags(List.of("food")));
        memory.store(episode("b-1", "b", 2_000, "food seen", 1, 1).withTags(List.of("food", "shared")));
        memory.store(episode("b-2", "b", 3_000, "food seen", 1, 1));
        Sdr cue = encoder.textCue("food");
        // then
        assertEquals(List.of("b-2", "b-1"), ids(memory.recall(RecallQuery.builder(cue).agent("b").build())));
        assertEquals(List.of("b-1", "a-1"), ids(memory.recall(RecallQuery.builder(cue).window(0, 2_000).build())));
        assertEquals(List.of("b-1"), ids(memory.recall(RecallQuery.builder(cue).tags(List.of("food", "shared"))
                .build())));
        assertEquals(List.of(), ids(memory.recall(RecallQuery.builder(cue).agent("a").window(1_001, 5_000)
                .build())));
    }

    @Test
    void should_explain_a_recall_by_the_bits_shared_per_field() {
        // given
        givenThreeEpisodes();
        // when
        Recollection hit = memory.recall(encoder.placeCue(new Position(15, 12)), 1, 1).get(0);
        // then
        assertEquals("food-2", hit.episode().id());
        assertEquals(Map.of("what", 0, "where", hit.overlap()), hit.fields());
        assertEquals("shares " + hit.overlap() + " bits: where " + hit.overlap(), hit.reason());
        assertEquals(1.0, hit.score(), 1e-12, "a place cue is contained in the episode's code");
    }

    @Test
    void should_rerank_candidates_by_embedding_similarity() {
        // given: equal codes, different embeddings
        memory.store(episode("near", 1_000, "food seen", 1, 1).withEmbedding(DenseEmbedding.of(new float[] {1, 0})));
        memory.store(episode("far", 2_000, "food seen", 1, 1).withEmbedding(DenseEmbedding.of(new float[] {0, 1})));
        memory.store(episode("none", 3_000, "food seen", 1, 1));
        Sdr cue = encoder.textCue("food");
        // when
        List<Recollection> hits = memory.recall(RecallQuery.builder(cue).k(3)
                .rerankBy(DenseEmbedding.of(new float[] {0.9f, 0.1f}), 10).build());
        // then
        assertEquals(List.of("near", "far", "none"), ids(hits));
        assertEquals(0.9 / Math.sqrt(0.82), hits.get(0).score(), 1e-6);
        assertEquals(-1, hits.get(2).score());
        assertEquals(List.of("none", "far", "near"), ids(memory.recall(cue, 3, 1)), "without re-ranking: by time");
    }

    @Test
    void should_forget_an_episode_by_id() {
        // given
        givenThreeEpisodes();
        // when
        boolean forgotten = memory.forget("wall-1");
        // then
        assertTrue(forgotten);
        assertEquals(false, memory.forget("wall-1"));
        assertEquals(2, memory.count());
        assertEquals(Optional.empty(), memory.find("wall-1"));
        assertEquals(List.of(), memory.recall(encoder.textCue("cold"), 5, 1));
        List<String> all = new java.util.ArrayList<>();
        memory.forEach(e -> all.add(e.id()));
        assertEquals(List.of("food-1", "food-2"), all.stream().sorted().toList());
    }

    @Test
    void should_recall_like_a_full_scan_among_many_episodes() {
        // given: 3000 random codes, stored in random order
        SplittableRandom rng = new SplittableRandom(11);
        List<Episode> stored = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Sdr code = Sdr.of(512, rng.ints(0, 512).distinct().limit(12).sorted().toArray());
            Episode e = Episode.of("e" + i, "a" + (i % 3), rng.nextInt(50), code);
            stored.add(e);
            memory.store(e);
        }
        for (int q = 0; q < 20; q++) {
            Sdr cue = Sdr.of(512, rng.ints(0, 512).distinct().limit(20).sorted().toArray());
            // when
            List<Recollection> hits = memory.recall(RecallQuery.builder(cue).k(15).agent("a1").build());
            // then
            List<String> expected = stored.stream().filter(e -> e.agentId().equals("a1"))
                    .map(e -> new Recollection(e, e.code().overlap(cue), cue.activeCount()))
                    .filter(r -> r.overlap() >= 1).sorted(Recollection.BEST_FIRST).limit(15)
                    .map(r -> r.episode().id()).toList();
            assertEquals(expected, ids(hits));
        }
    }

    private static void assertMessageStarts(String prefix, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }
}
