package org.astrocyte.memory.store;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.memory.sdr.Sdr;

/**
 * Episodic memory kept in a Hazelcast {@link IMap} from episode id to the episode as JSON, so that every agent and
 * every cluster member using the same map name shares it. Recall scans all episodes for now; an inverted index from
 * active bit to episodes can replace the scan behind the {@link EpisodicMemory} interface. Safe for concurrent use.
 */
public final class HazelcastEpisodicMemory implements EpisodicMemory {

    private final IMap<String, String> episodes;

    /**
     * A memory on the map {@code mapName} of {@code hazelcast}; memories on the same map of the same cluster share
     * their episodes.
     *
     * @throws IllegalArgumentException if {@code hazelcast} is null or {@code mapName} blank
     */
    public HazelcastEpisodicMemory(HazelcastInstance hazelcast, String mapName) {
        if (hazelcast == null) {
            throw new IllegalArgumentException("hazelcast must not be null");
        }
        if (mapName == null || mapName.isBlank()) {
            throw new IllegalArgumentException("mapName must not be blank");
        }
        this.episodes = hazelcast.getMap(mapName);
    }

    @Override
    public void store(Episode episode) {
        if (episode == null) {
            throw new IllegalArgumentException("episode must not be null");
        }
        episodes.set(episode.id(), EpisodeJson.write(episode));
    }

    @Override
    public List<Recollection> recall(Sdr cue, int k, int minOverlap) {
        if (cue == null) {
            throw new IllegalArgumentException("cue must not be null");
        }
        TopRecollections top = new TopRecollections(k, minOverlap);
        for (Map.Entry<String, String> entry : episodes.entrySet()) {
            Episode episode = EpisodeJson.read(entry.getKey(), entry.getValue());
            if (episode.code().size() != cue.size()) {
                throw new IllegalArgumentException("cue has " + cue.size() + " bits but the stored codes have "
                        + episode.code().size());
            }
            top.offer(episode, episode.code().overlap(cue));
        }
        return top.best();
    }

    @Override
    public int count() {
        return episodes.size();
    }
}
