package org.astrocyte.memory.hazelcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.cluster.Address;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.memory.encoder.Position;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.EpisodicMemory;
import org.astrocyte.memory.store.EpisodicMemoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HazelcastEpisodicMemoryTest extends EpisodicMemoryContract {

    private static final String CLUSTER = "memory-test-" + UUID.randomUUID();

    private static HazelcastInstance hazelcast;
    private String mapName;

    /**
     * Starts the test member with TCP-IP join enabled (listing only itself), because Hazelcast refuses joiners of
     * another join type: without it the cross-cluster test below would pass even if cluster names were ignored.
     */
    @BeforeAll
    static void startMember() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        hazelcast = EmbeddedHazelcast.start(new HazelcastSettings(CLUSTER, "127.0.0.1", port,
                List.of("127.0.0.1:" + port), 11));
    }

    @AfterAll
    static void stopMember() {
        hazelcast.shutdown();
    }

    @Override
    protected EpisodicMemory createMemory() {
        mapName = "memory-" + UUID.randomUUID();
        return new HazelcastEpisodicMemory(hazelcast, mapName, encoder.layout());
    }

    /** A member that asks the test member over TCP to let it join, under {@code clusterName}. */
    private static HazelcastInstance memberJoining(String clusterName) {
        Address home = hazelcast.getCluster().getLocalMember().getAddress();
        String address = home.getHost() + ":" + home.getPort();
        return EmbeddedHazelcast.start(new HazelcastSettings(clusterName, "127.0.0.1", 5701, List.of(address), 11));
    }

    @Test
    void should_share_episodes_between_memories_on_the_same_map() {
        // given
        givenThreeEpisodes();
        // when
        EpisodicMemory other = new HazelcastEpisodicMemory(hazelcast, mapName);
        // then
        assertEquals(3, other.count());
        assertEquals("food-2", other.recall(encoder.textCue("food"), 1, 1).get(0).episode().id());
    }

    @Test
    void should_keep_memories_on_different_maps_apart() {
        // given
        givenThreeEpisodes();
        // when
        EpisodicMemory other = new HazelcastEpisodicMemory(hazelcast, mapName + "-other");
        // then
        assertEquals(0, other.count());
    }

    @Test
    void should_share_episodes_with_a_member_of_the_same_cluster() {
        // given
        givenThreeEpisodes();
        HazelcastInstance peer = memberJoining(CLUSTER);
        try {
            // when
            EpisodicMemory other = new HazelcastEpisodicMemory(peer, mapName);
            // then
            assertEquals(2, peer.getCluster().getMembers().size());
            assertEquals(3, other.count());
            assertEquals("food-2", other.recall(encoder.placeCue(new Position(15, 12)),
                    1, 1).get(0).episode().id());
        } finally {
            peer.shutdown();
        }
    }

    @Test
    void should_not_share_episodes_with_a_member_of_another_cluster() {
        // given
        givenThreeEpisodes();
        HazelcastInstance stranger = memberJoining("other-" + UUID.randomUUID());
        try {
            // when
            EpisodicMemory other = new HazelcastEpisodicMemory(stranger, mapName);
            // then
            assertEquals(1, stranger.getCluster().getMembers().size());
            assertEquals(0, other.count());
            assertEquals(List.of(), other.recall(encoder.textCue("food"), 3, 0));
        } finally {
            stranger.shutdown();
        }
    }

    @Test
    void should_store_an_episode_as_json_with_its_code_as_size_and_active_bits() throws Exception {
        // given
        Episode food = episode("food-1", 1_000, "food seen", 2, 3);
        // when
        memory.store(food);
        // then
        IMap<String, String> raw = hazelcast.getMap(mapName);
        JsonNode json = new ObjectMapper().readTree(raw.get("food-1"));
        assertEquals(2, json.get("format").asInt());
        assertEquals("food-1", json.get("id").asText());
        assertEquals("a", json.get("agentId").asText());
        assertEquals(1_000, json.get("timeMicros").asLong());
        assertEquals("food seen", json.get("payload").get("note").asText());
        assertEquals(4096, json.get("code").get("size").asInt());
        assertEquals(food.code().activeCount(), json.get("code").get("active").size());
        assertEquals(food.code().active()[0], json.get("code").get("active").get(0).asInt());
    }

    @Test
    void should_index_entries_written_to_the_map_directly_before_the_next_recall() {
        // given: an entry that did not pass through store(), as after a load from the database
        memory.store(episode("food-1", 1_000, "food seen", 2, 3));
        hazelcast.<String, String>getMap(mapName).set("food-9", org.astrocyte.memory.store.EpisodeJson.write(
                episode("food-9", 9_000, "food seen", 2, 3)));
        EpisodicMemory fresh = new HazelcastEpisodicMemory(hazelcast, mapName + "-fresh");
        fresh.count();
        // when: the index of this map is rebuilt on a new member view (the map was destroyed and refilled)
        hazelcast.getMap(mapName).destroy();
        IMap<String, String> raw = hazelcast.getMap(mapName);
        raw.set("food-9", org.astrocyte.memory.store.EpisodeJson.write(episode("food-9", 9_000, "food seen", 2, 3)));
        // then
        assertEquals(List.of("food-9"), memory.recall(encoder.textCue("food"), 5, 1).stream()
                .map(r -> r.episode().id()).toList());
    }

    @Test
    void should_report_a_map_value_that_is_not_an_episode() {
        // given
        hazelcast.<String, String>getMap(mapName).set("junk", "{\"id\":\"junk\"}");
        // when
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> memory.recall(encoder.textCue("food"), 1, 0));
        // then
        assertTrue(e.getMessage().contains("junk"), e.getMessage());
    }

    @Test
    void should_reject_a_missing_member_or_a_blank_map_name() {
        assertEquals("hazelcast must not be null", assertThrows(IllegalArgumentException.class,
                () -> new HazelcastEpisodicMemory(null, "m")).getMessage());
        assertEquals("mapName must not be blank", assertThrows(IllegalArgumentException.class,
                () -> new HazelcastEpisodicMemory(hazelcast, " ")).getMessage());
    }
}
