package org.astrocyte.memory.hazelcast;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.Callable;
import org.astrocyte.memory.store.EpisodeJson;
import org.astrocyte.memory.store.RecallQuery;

/** A recall run on one member against the episodes it owns; answers that member's best k. */
final class RecallOnMember extends OnOwningMember implements Callable<List<RecallOnMember.Hit>> {

    private static final long serialVersionUID = 1L;

    private final RecallQuery query;

    RecallOnMember(String mapName, RecallQuery query) {
        super(mapName);
        this.query = query;
    }

    @Override
    public List<Hit> call() {
        return index().recall(query).stream()
                .map(r -> new Hit(r.episode().id(), EpisodeJson.write(r.episode()), r.overlap(), r.score()))
                .toList();
    }

    /** One recalled episode in its stored form, with its overlap and score. */
    record Hit(String id, String json, int overlap, double score) implements Serializable {
    }
}
