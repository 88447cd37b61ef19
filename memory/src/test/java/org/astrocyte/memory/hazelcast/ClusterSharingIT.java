package org.astrocyte.memory.hazelcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.cluster.Address;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.memory.encoder.EpisodeEncoder;
import org.astrocyte.memory.encoder.Position;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.Recollection;
import org.astrocyte.memory.testing.ForkedJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agents in two JVMs of one cluster share one memory: each recalls what the other stored, the recall is answered
 * by both members from their own partitions, and when the other JVM is killed its episodes survive in the backups
 * and are indexed by the member that now owns them.
 */
class ClusterSharingIT {

    private final EpisodeEncoder encoder = EpisodeEncoder.defaults();

    @TempDir
    Path dir;

    @Test
    void should_share_one_memory_between_agents_in_two_jvms() throws Exception {
        Path stderr = dir.resolve("remote-stderr.txt");
        String cluster = "sharing-" + UUID.randomUUID();
        String mapName = "astrocyte.memory.shared";
        int port = freePort();
        HazelcastInstance local = EmbeddedHazelcast.start(new HazelcastSettings(cluster, "127.0.0.1", port,
                List.of("127.0.0.1:" + port), 11));
        Address home = local.getCluster().getLocalMember().getAddress();
        try (ForkedJvm remote = ForkedJvm.start(RemoteMemoryMember.class, List.of("-Xmx256m",
                "-Dhazelcast.logging.type=slf4j"), stderr, cluster, home.getHost() + ":" + home.getPort(), mapName)) {
            HazelcastEpisodicMemory memory = new HazelcastEpisodicMemory(local, mapName, encoder.layout());
            assertEquals("2", remote.await("JOINED", 60));
            // given: the other JVM stores 200 episodes, 20 of them about food; this one stores its own
            remote.send("store 200");
            assertEquals("200", remote.await("STORED", 60));
            memory.store(Episode.of("local-1", "local", 5_000_000, encoder.encode("water at the lake",
                    new Position(3, 4))));
            // when
            List<Recollection> food = memory.recall(encoder.textCue("food under the old tree"), 20, 8);
            remote.send("recall water at the lake");
            String remoteRecall = remote.await("RECALLED", 30);
            // then: each side recalls what the other wrote, and the data is spread over both members
            assertEquals(20, food.size());
            assertTrue(food.stream().allMatch(r -> r.episode().agentId().equals("remote")), food.toString());
            assertEquals("local-1", remoteRecall);
            long ownedHere = local.getMap(mapName).getLocalMapStats().getOwnedEntryCount();
            assertTrue(ownedHere > 0 && ownedHere < 201, "entries owned here: " + ownedHere);

            // when: the other JVM dies without leaving the cluster
            assertEquals(128 + 9, remote.kill(), "SIGKILL");
            awaitMembers(local, 1);
            // then: its episodes are recalled from the backups this member now owns
            assertEquals(201, memory.count());
            assertEquals(20, memory.recall(encoder.textCue("food under the old tree"), 50, 8).size());
        } finally {
            local.shutdown();
        }
    }

    private static void awaitMembers(HazelcastInstance member, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (member.getCluster().getMembers().size() != count || !member.getPartitionService().isClusterSafe()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("cluster did not settle to " + count + " member(s) within 60 s");
            }
            Thread.onSpinWait();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
