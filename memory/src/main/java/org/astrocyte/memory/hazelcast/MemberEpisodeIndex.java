package org.astrocyte.memory.hazelcast;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.DistributedObjectEvent;
import com.hazelcast.core.DistributedObjectListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.partition.MigrationListener;
import com.hazelcast.partition.MigrationState;
import com.hazelcast.partition.Partition;
import com.hazelcast.partition.PartitionService;
import com.hazelcast.partition.ReplicaMigrationEvent;
import com.hazelcast.query.Predicates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.EpisodeIndex;
import org.astrocyte.memory.store.RecallQuery;
import org.astrocyte.memory.store.Recollection;

/**
 * The index one member keeps of the episodes of one map whose partitions it owns, split into shards by partition
 * so that a large recall uses every core. Kept current three ways: writes index their episode on the owner before
 * they return ({@link StoreEpisode}); partitions that became this member's (at start, after a migration, or when a
 * member left) are indexed by a read-only entry processor on their partition thread before the next recall; and
 * partitions that left are dropped. A recall during a migration may miss or repeat the entries in flight, as
 * Hazelcast's own queries may.
 */
final class MemberEpisodeIndex {

    /** Below this many episodes a recall queries the shards on the calling thread. */
    private static final int PARALLEL_FROM = 50_000;

    private static final String CONTEXT_KEY = "astrocyte.memory.index.";

    private final HazelcastInstance hazelcast;
    private final String mapName;
    private final EpisodeIndex[] shards;
    private final Set<Integer> indexed = ConcurrentHashMap.newKeySet();
    private final Set<Integer> moved = ConcurrentHashMap.newKeySet();
    /** Set when partitions may have changed owner (a migration, a member joining or leaving); cleared by a catch-up. */
    private volatile boolean ownersChanged = true;
    private Object[] partitionKeys;
    /** Registrations of the migration, membership and destruction listeners, removed with the map. */
    private volatile UUID[] listeners;

    private MemberEpisodeIndex(HazelcastInstance hazelcast, String mapName) {
        this.hazelcast = hazelcast;
        this.mapName = mapName;
        int count = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.shards = new EpisodeIndex[count];
        for (int i = 0; i < count; i++) {
            shards[i] = new EpisodeIndex();
        }
    }

    /** The index of map {@code mapName} on the member {@code hazelcast}, created on first use. */
    static MemberEpisodeIndex of(HazelcastInstance hazelcast, String mapName) {
        return (MemberEpisodeIndex) hazelcast.getUserContext().computeIfAbsent(CONTEXT_KEY + mapName, key -> {
            MemberEpisodeIndex index = new MemberEpisodeIndex(hazelcast, mapName);
            UUID migrations = hazelcast.getPartitionService().addMigrationListener(index.new MovedPartitions());
            UUID members = hazelcast.getCluster().addMembershipListener(index.new ChangedMembers());
            index.listeners = new UUID[] {migrations, members, null};
            index.listeners[2] = hazelcast.addDistributedObjectListener(index.new DroppedWithMap());
            return index;
        });
    }

    void put(String key, Episode episode) {
        int partition = partitionOf(key);
        shards[partition % shards.length].put(episode, partition);
    }

    /** Whether the episode {@code key} is held. */
    boolean holds(String key) {
        return shards[partitionOf(key) % shards.length].get(key) != null;
    }

    void remove(String key) {
        shards[partitionOf(key) % shards.length].remove(key);
    }

    /** This member's best episodes for {@code query}, best first. */
    List<Recollection> recall(RecallQuery query) {
        catchUp();
        int total = 0;
        for (EpisodeIndex shard : shards) {
            total += shard.count();
        }
        List<List<Recollection>> answers = (total >= PARALLEL_FROM && shards.length > 1
                ? IntStream.range(0, shards.length).parallel() : IntStream.range(0, shards.length))
                .mapToObj(i -> shards[i].recall(query)).toList();
        List<Recollection> merged = new ArrayList<>();
        answers.forEach(merged::addAll);
        merged.sort(Recollection.BEST_FIRST);
        return merged.subList(0, Math.min(query.k(), merged.size()));
    }

    /** Drops the partitions this member lost or that moved, and indexes those it gained. */
    private synchronized void catchUp() {
        if (!ownersChanged && moved.isEmpty()) {
            return;
        }
        ownersChanged = false;
        PartitionService partitions = hazelcast.getPartitionService();
        Set<Integer> owned = new HashSet<>();
        for (Partition partition : partitions.getPartitions()) {
            if (partition.getOwner() != null && partition.getOwner().localMember()) {
                owned.add(partition.getPartitionId());
            }
        }
        Set<Integer> drop = new HashSet<>(moved);
        moved.removeAll(drop);
        for (Integer partition : indexed) {
            if (!owned.contains(partition)) {
                drop.add(partition);
            }
        }
        if (!drop.isEmpty()) {
            for (EpisodeIndex shard : shards) {
                shard.removePartitions(drop::contains);
            }
            indexed.removeAll(drop);
        }
        IMap<String, String> map = hazelcast.getMap(mapName);
        for (Integer partition : owned) {
            if (!indexed.contains(partition)) {
                map.executeOnEntries(new IndexLoadedEntry(mapName),
                        Predicates.partitionPredicate(keyOf(partition), Predicates.alwaysTrue()));
                indexed.add(partition);
            }
        }
    }

    private int partitionOf(String key) {
        return hazelcast.getPartitionService().getPartition(key).getPartitionId();
    }

    /** A key that falls into {@code partition}, to aim a partition predicate at it. */
    private Object keyOf(int partition) {
        if (partitionKeys == null) {
            int count = hazelcast.getPartitionService().getPartitions().size();
            Object[] keys = new Object[count];
            int found = 0;
            for (int i = 0; found < count; i++) {
                String key = "p" + i;
                int p = partitionOf(key);
                if (keys[p] == null) {
                    keys[p] = key;
                    found++;
                }
            }
            partitionKeys = keys;
        }
        return partitionKeys[partition];
    }

    /** Marks the partitions whose primary replica moved, to be re-indexed from scratch. */
    private final class MovedPartitions implements MigrationListener {

        @Override
        public void migrationStarted(MigrationState state) {
            ownersChanged = true;
        }

        @Override
        public void migrationFinished(MigrationState state) {
            ownersChanged = true;
        }

        @Override
        public void replicaMigrationCompleted(ReplicaMigrationEvent event) {
            if (event.getReplicaIndex() == 0) {
                moved.add(event.getPartitionId());
            }
            ownersChanged = true;
        }

        @Override
        public void replicaMigrationFailed(ReplicaMigrationEvent event) {
            if (event.getReplicaIndex() == 0) {
                moved.add(event.getPartitionId());
            }
        }
    }

    /** Marks the owners as changed when a member joins or leaves (a crash promotes backups without migrating). */
    private final class ChangedMembers implements MembershipListener {

        @Override
        public void memberAdded(MembershipEvent event) {
            ownersChanged = true;
        }

        @Override
        public void memberRemoved(MembershipEvent event) {
            ownersChanged = true;
        }
    }

    /**
     * Forgets the index, and its listeners, when its map is destroyed, so that a new map of the same name starts
     * empty and a process that creates many maps (one per run) does not collect listeners.
     */
    private final class DroppedWithMap implements DistributedObjectListener {

        @Override
        public void distributedObjectCreated(DistributedObjectEvent event) {
        }

        @Override
        public void distributedObjectDestroyed(DistributedObjectEvent event) {
            if (mapName.equals(event.getObjectName())
                    && hazelcast.getUserContext().remove(CONTEXT_KEY + mapName, MemberEpisodeIndex.this)) {
                UUID[] registered = listeners;
                hazelcast.getPartitionService().removeMigrationListener(registered[0]);
                hazelcast.getCluster().removeMembershipListener(registered[1]);
                hazelcast.removeDistributedObjectListener(registered[2]);
            }
        }
    }
}
