package org.astrocyte.memory.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.astrocyte.memory.sdr.Sdr;

/**
 * Something an agent remembered, stored in one shot: who wrote it and when, its code (what, where and when, see
 * {@link org.astrocyte.memory.encoder.CompositeEncoder}), a JSON payload with whatever the agent wants back, how
 * important it is, tags to filter on, and optionally the dense embedding the code was made from, for re-ranking.
 *
 * @param id         unique across agents, e.g. {@code forager-3}; at most {@value #MAX_ID_CHARS} characters
 * @param agentId    the agent that wrote it
 * @param timeMicros simulated time of writing, µs
 * @param code       the episode's SDR
 * @param payload    a JSON object, as text, at most {@value #MAX_PAYLOAD_CHARS} characters; {@code {}} when empty
 * @param importance from 0 (forget first) to 1 (keep longest)
 * @param tags       at most {@value #MAX_TAGS} distinct non-blank tags of at most {@value #MAX_TAG_CHARS}
 *                   characters, kept sorted
 * @param embedding  the dense vector the code was projected from, or null
 */
public record Episode(String id, String agentId, long timeMicros, Sdr code, String payload, double importance,
        SortedSet<String> tags, DenseEmbedding embedding) {

    /** Longest id or agent id. */
    public static final int MAX_ID_CHARS = 200;
    /** Longest payload, in characters of its JSON text. */
    public static final int MAX_PAYLOAD_CHARS = 64 * 1024;
    /** Most tags on one episode. */
    public static final int MAX_TAGS = 32;
    /** Longest tag. */
    public static final int MAX_TAG_CHARS = 64;
    /** The importance of an episode that does not say. */
    public static final double DEFAULT_IMPORTANCE = 0.5;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws IllegalArgumentException naming the first field that is missing, blank, too long or out of range */
    public Episode {
        requireName("id", id);
        requireName("agentId", agentId);
        if (timeMicros < 0) {
            throw new IllegalArgumentException("timeMicros must not be negative, got " + timeMicros);
        }
        if (code == null) {
            throw new IllegalArgumentException("code must not be null");
        }
        payload = canonicalPayload(payload);
        if (!(importance >= 0 && importance <= 1)) {
            throw new IllegalArgumentException("importance must be between 0 and 1, got " + importance);
        }
        tags = checkedTags(tags);
    }

    /** An episode with an empty payload, default importance, no tags and no embedding. */
    public static Episode of(String id, String agentId, long timeMicros, Sdr code) {
        return new Episode(id, agentId, timeMicros, code, "{}", DEFAULT_IMPORTANCE, new TreeSet<>(), null);
    }

    /** This episode with {@code payload} (a JSON object as text). */
    public Episode withPayload(String payload) {
        return new Episode(id, agentId, timeMicros, code, payload, importance, tags, embedding);
    }

    /** This episode with {@code payload}, written as JSON. */
    public Episode withPayload(JsonNode payload) {
        return withPayload(payload == null ? null : payload.toString());
    }

    /** This episode with {@code importance}, from 0 to 1. */
    public Episode withImportance(double importance) {
        return new Episode(id, agentId, timeMicros, code, payload, importance, tags, embedding);
    }

    /** This episode with {@code tags} instead of its own. */
    public Episode withTags(Collection<String> tags) {
        return new Episode(id, agentId, timeMicros, code, payload, importance,
                tags == null ? null : new TreeSet<>(tags), embedding);
    }

    /** This episode with the dense vector its code was projected from. */
    public Episode withEmbedding(DenseEmbedding embedding) {
        return new Episode(id, agentId, timeMicros, code, payload, importance, tags, embedding);
    }

    /** The payload, parsed. */
    public JsonNode payloadJson() {
        try {
            return JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("payload was checked on construction", e);
        }
    }

    private static void requireName(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > MAX_ID_CHARS) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_ID_CHARS + " characters, got "
                    + value.length());
        }
    }

    private static String canonicalPayload(String payload) {
        if (payload == null || payload.isBlank()) {
            return "{}";
        }
        if (payload.length() > MAX_PAYLOAD_CHARS) {
            throw new IllegalArgumentException("payload must be at most " + MAX_PAYLOAD_CHARS
                    + " characters of JSON, got " + payload.length());
        }
        JsonNode json;
        try {
            json = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload must be a JSON object: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("payload must be a JSON object, got "
                    + (json == null ? "nothing" : json.getNodeType().toString().toLowerCase()));
        }
        return json.isEmpty() ? "{}" : json.toString();
    }

    private static SortedSet<String> checkedTags(SortedSet<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return Collections.emptySortedSet();
        }
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("an episode has at most " + MAX_TAGS + " tags, got " + tags.size());
        }
        for (String tag : tags) {
            if (tag == null || tag.isBlank() || tag.length() > MAX_TAG_CHARS) {
                throw new IllegalArgumentException("tags must not be blank and at most " + MAX_TAG_CHARS
                        + " characters, got '" + tag + "'");
            }
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(tags));
    }
}
