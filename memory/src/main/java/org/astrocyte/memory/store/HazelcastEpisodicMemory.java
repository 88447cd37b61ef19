package org.astrocyte.memory.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.astrocyte.memory.sdr.Sdr;

/**
 * Episodic memory in a Hazelcast map (episode id to JSON), so that every agent and every member using the same map
 * shares it. Recall scans the episodes; an inverted index from active bit to episodes replaces the scan later
 * without changing this interface.
 */
public final class HazelcastEpisodicMemory implements EpisodicMemory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<Recollection> BEST_FIRST = Comparator
            .comparingInt(Recollection::overlap).reversed()
            .thenComparing(Comparator.comparingLong((Recollection r) -> r.episode().timeMicros()).reversed())
            .thenComparing(r -> r.episode().id());

    private final IMap<String, String> episodes;

    /** A memory on the map {@code mapName} of {@code hazelcast}. */
    public HazelcastEpisodicMemory(HazelcastInstance hazelcast, String mapName) {
        if (mapName == null || mapName.isBlank()) {
            throw new IllegalArgumentException("mapName must not be blank");
        }
        this.episodes = hazelcast.getMap(mapName);
    }

    @Override
    public void store(Episode episode) {
        episodes.set(episode.id(), write(episode));
    }

    @Override
    public List<Recollection> recall(Sdr cue, int k, int minOverlap) {
        if (cue == null) {
            throw new IllegalArgumentException("cue must not be null");
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        List<Recollection> hits = new ArrayList<>();
        for (String json : episodes.values()) {
            Episode episode = read(json);
            if (episode.code().size() != cue.size()) {
                throw new IllegalArgumentException("cue has " + cue.size() + " bits, episodes have "
                        + episode.code().size());
            }
            int overlap = episode.code().overlap(cue);
            if (overlap >= minOverlap) {
                hits.add(new Recollection(episode, overlap));
            }
        }
        hits.sort(BEST_FIRST);
        return List.copyOf(hits.subList(0, Math.min(k, hits.size())));
    }

    @Override
    public int count() {
        return episodes.size();
    }

    /** The stored form: the episode with its code as size and active bits. */
    record StoredEpisode(String id, String agentId, long timeMicros, String note, double x, double y, int codeSize,
            int[] active) {
    }

    private static String write(Episode e) {
        try {
            return JSON.writeValueAsString(new StoredEpisode(e.id(), e.agentId(), e.timeMicros(), e.note(), e.x(),
                    e.y(), e.code().size(), e.code().active()));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Episode read(String json) {
        try {
            StoredEpisode s = JSON.readValue(json, StoredEpisode.class);
            return new Episode(s.id(), s.agentId(), s.timeMicros(), s.note(), s.x(), s.y(),
                    Sdr.of(s.codeSize(), s.active()));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException("a stored episode is not readable: " + ex.getOriginalMessage(), ex);
        }
    }
}
