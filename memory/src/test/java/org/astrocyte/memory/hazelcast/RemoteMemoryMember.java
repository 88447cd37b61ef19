package org.astrocyte.memory.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.memory.encoder.EpisodeEncoder;
import org.astrocyte.memory.encoder.Position;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.Recollection;

/**
 * The other JVM of {@link ClusterSharingIT}: joins the test's member, then obeys lines on stdin, e.g.
 * {@code store 200} (writes 200 episodes of agent {@code remote}, answers {@code STORED 200}) and
 * {@code recall food} (answers {@code RECALLED id,id,...}).
 */
public final class RemoteMemoryMember {

    private RemoteMemoryMember() {
    }

    /** Arguments: cluster name, address of the member to join, map name. */
    public static void main(String[] args) throws Exception {
        HazelcastInstance member = EmbeddedHazelcast.start(new HazelcastSettings(args[0], "127.0.0.1", 5701,
                List.of(args[1]), 11));
        EpisodeEncoder encoder = EpisodeEncoder.defaults();
        HazelcastEpisodicMemory memory = new HazelcastEpisodicMemory(member, args[2], encoder.layout());
        System.out.println("JOINED " + member.getCluster().getMembers().size());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] command = line.split(" ", 2);
            if (command[0].equals("store")) {
                int count = Integer.parseInt(command[1]);
                for (int i = 0; i < count; i++) {
                    String note = i % 10 == 0 ? "food under the old tree" : "empty corridor number " + i;
                    memory.store(Episode.of("remote-" + i, "remote", 1_000L * i,
                            encoder.encode(note, new Position(i % 17, i % 13))));
                }
                System.out.println("STORED " + count);
            } else if (command[0].equals("recall")) {
                List<Recollection> hits = memory.recall(encoder.textCue(command[1]), 5, 8);
                System.out.println("RECALLED " + String.join(",", hits.stream().map(h -> h.episode().id())
                        .toList()));
            } else if (command[0].equals("quit")) {
                break;
            }
        }
        member.shutdown();
    }
}
