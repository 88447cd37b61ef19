package org.astrocyte.memory.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.Callable;
import org.astrocyte.memory.store.EpisodeJson;
import org.astrocyte.memory.store.RecallQuery;

/** A recall run on one member against the episodes it owns; answers that member's best k. */
final class RecallOnMember implements Callable<List<RecallOnMember.Hit>>, Serializable, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;

    private final String mapName;
    private final RecallQuery query;
    private transient HazelcastInstance hazelcast;

    RecallOnMember(String mapName, RecallQuery query) {
        this.mapName = mapName;
        this.query = query;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    @Override
    public List<Hit> call() {
        return MemberEpisodeIndex.of(hazelcast, mapName).recall(query).stream()
                .map(r -> new Hit(r.episode().id(), EpisodeJson.write(r.episode()), r.overlap(), r.score()))
                .toList();
    }

    /** One recalled episode in its stored form, with its overlap and score. */
    record Hit(String id, String json, int overlap, double score) implements Serializable {
    }
}
