package org.astrocyte.memory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hazelcast.core.HazelcastInstance;
import java.util.UUID;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HazelcastEpisodicMemoryTest extends EpisodicMemoryContract {

    private static HazelcastInstance hazelcast;
    private String mapName;

    @BeforeAll
    static void startMember() {
        hazelcast = EmbeddedHazelcast.start(HazelcastSettings.embedded("memory-test-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stopMember() {
        hazelcast.shutdown();
    }

    @Override
    protected EpisodicMemory createMemory() {
        mapName = "memory-" + UUID.randomUUID();
        return new HazelcastEpisodicMemory(hazelcast, mapName);
    }

    @Test
    void should_share_episodes_between_memories_on_the_same_map() {
        EpisodicMemory other = new HazelcastEpisodicMemory(hazelcast, mapName);
        assertEquals(3, other.count());
        assertEquals("a-2", other.recall(encoder.textCue("food"), 1, 1).get(0).episode().id());
    }

    @Test
    void should_not_share_episodes_with_another_cluster() {
        HazelcastInstance stranger = EmbeddedHazelcast.start(HazelcastSettings.embedded("other-" + UUID.randomUUID()));
        try {
            assertEquals(0, new HazelcastEpisodicMemory(stranger, mapName).count());
        } finally {
            stranger.shutdown();
        }
    }
}
