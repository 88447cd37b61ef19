package org.astrocyte.memory.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.astrocyte.memory.sdr.Sdr;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.EpisodicMemory;
import org.astrocyte.memory.store.LocalEpisodicMemory;
import org.astrocyte.memory.store.RecallQuery;
import org.junit.jupiter.api.Test;

class MemoryConsolidatorTest {

    private static final long MINUTE = 60_000_000L;

    private final SplittableRandom rng = new SplittableRandom(3);
    private final Sdr food = Sdr.of(1024, rng.ints(0, 1024).distinct().limit(40).sorted().toArray());

    private Episode noisyFood(String id, long time) {
        return Episode.of(id, "a", time, food.withNoise(0.2, rng)).withPayload("{\"note\":\"food at the tree\"}")
                .withTags(List.of("food", id));
    }

    private Episode unrelated(String id, long time) {
        return Episode.of(id, "a", time, Sdr.of(1024, rng.ints(0, 1024).distinct().limit(40).sorted().toArray()));
    }

    @Test
    void should_merge_similar_recent_episodes_into_a_prototype_closer_to_their_common_code() {
        // given: five noisy views of one place and three unrelated episodes
        EpisodicMemory memory = new LocalEpisodicMemory();
        for (int i = 0; i < 5; i++) {
            memory.store(noisyFood("food-" + i, i * MINUTE));
        }
        for (int i = 0; i < 3; i++) {
            memory.store(unrelated("other-" + i, i * MINUTE));
        }
        // when
        ConsolidationReport report = new MemoryConsolidator(ConsolidationPolicy.defaults())
                .consolidate(memory, "a", 6 * MINUTE);
        // then
        assertEquals(8, report.replayed());
        assertEquals(1, report.prototypes().size(), report.toString());
        ConsolidationReport.Prototype prototype = report.prototypes().get(0);
        assertEquals(List.of("food-0", "food-1", "food-2", "food-3", "food-4"), prototype.sources());
        Episode knowledge = memory.find(prototype.id()).orElseThrow();
        assertEquals(List.of("food", "knowledge"), List.copyOf(knowledge.tags()), "the tags all sources share");
        assertEquals(5, knowledge.payloadJson().get("support").asInt());
        assertTrue(knowledge.code().overlap(food) > 36, "prototype overlap with the clean code: "
                + knowledge.code().overlap(food) + "; each source shares 32");
        assertEquals(List.of(prototype.id()), memory.recall(RecallQuery.builder(food).k(1)
                .tags(List.of(ConsolidationPolicy.KNOWLEDGE_TAG)).build()).stream().map(r -> r.episode().id())
                .toList());
    }

    @Test
    void should_forget_episodes_whose_importance_decayed_below_the_threshold() {
        // given: two episodes four half-lives old, of importance 0.1 and 1
        ConsolidationPolicy policy = new ConsolidationPolicy(MINUTE, 0.5, 3, 10 * MINUTE, 0.05, 100);
        EpisodicMemory memory = new LocalEpisodicMemory();
        memory.store(unrelated("dull", 0).withImportance(0.1));
        memory.store(unrelated("vivid", 0).withImportance(1.0));
        // when
        ConsolidationReport report = new MemoryConsolidator(policy).consolidate(memory, "a", 40 * MINUTE);
        // then: 0.1 / 16 < 0.05 <= 1 / 16
        assertEquals(List.of("dull"), report.decayed());
        assertEquals(List.of(), report.evicted());
        assertEquals(1, memory.count());
        assertTrue(memory.find("vivid").isPresent());
    }

    @Test
    void should_evict_the_least_important_then_the_oldest_beyond_capacity_but_never_knowledge() {
        // given
        ConsolidationPolicy policy = new ConsolidationPolicy(MINUTE, 0.5, 2, 0, 0.0, 3);
        EpisodicMemory memory = new LocalEpisodicMemory();
        memory.store(unrelated("old-low", 1).withImportance(0.2));
        memory.store(unrelated("new-low", 2).withImportance(0.2));
        memory.store(unrelated("high", 3).withImportance(0.9));
        memory.store(unrelated("fact", 0).withImportance(0.0).withTags(List.of(ConsolidationPolicy.KNOWLEDGE_TAG)));
        memory.store(unrelated("mid", 4).withImportance(0.5));
        // when
        ConsolidationReport report = new MemoryConsolidator(policy).consolidate(memory, "a", 10);
        // then
        assertEquals(List.of("old-low", "new-low"), report.evicted());
        assertEquals(3, memory.count());
        assertTrue(memory.find("fact").isPresent());
        assertEquals("replayed 4, 0 prototypes, 0 decayed, 2 evicted", report.summary());
    }

    @Test
    void should_reject_a_policy_out_of_range_naming_the_field() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ConsolidationPolicy(MINUTE, 1.5, 3, 0,
                0, 10)).getMessage().startsWith("clusterOverlap "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ConsolidationPolicy(MINUTE, 0.5, 1, 0,
                0, 10)).getMessage().startsWith("minSupport "));
    }
}
