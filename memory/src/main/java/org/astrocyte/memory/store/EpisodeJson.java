package org.astrocyte.memory.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.astrocyte.memory.sdr.Sdr;

/**
 * The stored form of an episode: a JSON object with its fields and its code as size and active bits, e.g.
 * {@code {"id":"a-1",...,"code":{"size":4096,"active":[17,90,...]}}}. Readable by any language that shares the map.
 */
final class EpisodeJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EpisodeJson() {
    }

    record StoredCode(int size, int[] active) {
    }

    record StoredEpisode(String id, String agentId, long timeMicros, String note, double x, double y,
            StoredCode code) {
    }

    static String write(Episode e) {
        try {
            return JSON.writeValueAsString(new StoredEpisode(e.id(), e.agentId(), e.timeMicros(), e.note(), e.x(),
                    e.y(), new StoredCode(e.code().size(), e.code().active())));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException("episode " + e.id() + " cannot be written as JSON", ex);
        }
    }

    /**
     * The episode stored under {@code key}.
     *
     * @throws IllegalStateException if {@code json} is not a stored episode
     */
    static Episode read(String key, String json) {
        try {
            StoredEpisode s = JSON.readValue(json, StoredEpisode.class);
            if (s.code() == null || s.code().active() == null) {
                throw new IllegalStateException("stored episode " + key + " has no code");
            }
            return new Episode(s.id(), s.agentId(), s.timeMicros(), s.note(), s.x(), s.y(),
                    Sdr.of(s.code().size(), s.code().active()));
        } catch (JsonProcessingException | IllegalArgumentException ex) {
            throw new IllegalStateException("stored episode " + key + " is not readable: " + ex.getMessage(), ex);
        }
    }
}
