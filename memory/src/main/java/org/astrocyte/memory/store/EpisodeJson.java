package org.astrocyte.memory.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeSet;
import org.astrocyte.memory.sdr.Sdr;

/**
 * The stored form of an episode, readable by any language that shares the map: a JSON object such as
 * {@code {"format":2,"id":"a-1","agentId":"a","timeMicros":1000,"importance":0.5,"tags":["food"],
 * "payload":{"note":"food seen"},"code":{"size":4096,"active":[17,90,...]},"embedding":[0.01,...]}}
 * ({@code embedding} only when the episode has one).
 *
 * <p>Formats: 1 (Astrocyte 0.1 before tags and payloads: {@code note}, {@code x}, {@code y} at the top level, no
 * {@code format} field) is read and becomes a payload {@code {"note","x","y"}} with the default importance;
 * {@value #FORMAT} is written. A newer format is refused with a message that says to upgrade.
 */
public final class EpisodeJson {

    /** The format written. */
    public static final int FORMAT = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private EpisodeJson() {
    }

    /** {@code episode} in the stored form. */
    public static String write(Episode episode) {
        ObjectNode json = JSON.createObjectNode();
        json.put("format", FORMAT);
        json.put("id", episode.id());
        json.put("agentId", episode.agentId());
        json.put("timeMicros", episode.timeMicros());
        json.put("importance", episode.importance());
        ArrayNode tags = json.putArray("tags");
        episode.tags().forEach(tags::add);
        json.set("payload", episode.payloadJson());
        ObjectNode code = json.putObject("code");
        code.put("size", episode.code().size());
        ArrayNode active = code.putArray("active");
        for (int bit : episode.code().active()) {
            active.add(bit);
        }
        if (episode.embedding() != null) {
            ArrayNode embedding = json.putArray("embedding");
            for (float v : episode.embedding().values()) {
                embedding.add(v);
            }
        }
        return json.toString();
    }

    /**
     * The episode stored under {@code key}.
     *
     * @throws IllegalStateException naming the key and what is wrong, if {@code json} is not a stored episode of a
     *                               format this version reads
     */
    public static Episode read(String key, String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored episode " + key + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalStateException("stored episode " + key + " is not a JSON object");
        }
        int format = node.path("format").asInt(1);
        if (format > FORMAT) {
            throw new IllegalStateException("stored episode " + key + " has format " + format
                    + ", written by a newer Astrocyte; this version reads formats 1 to " + FORMAT
                    + ": upgrade Astrocyte to open this store");
        }
        try {
            Episode episode = Episode.of(text(node, "id", key), text(node, "agentId", key),
                    number(node, "timeMicros", key).asLong(), code(node, key));
            if (format == 1) {
                ObjectNode payload = JSON.createObjectNode();
                payload.put("note", node.path("note").asText(""));
                payload.put("x", node.path("x").asDouble());
                payload.put("y", node.path("y").asDouble());
                return episode.withPayload(payload);
            }
            TreeSet<String> tags = new TreeSet<>();
            node.path("tags").forEach(tag -> tags.add(tag.asText()));
            episode = episode.withPayload(node.path("payload").isObject() ? node.get("payload") : null)
                    .withImportance(number(node, "importance", key).asDouble())
                    .withTags(tags);
            JsonNode embedding = node.get("embedding");
            if (embedding != null && embedding.isArray()) {
                float[] values = new float[embedding.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) embedding.get(i).asDouble();
                }
                episode = episode.withEmbedding(DenseEmbedding.of(values));
            }
            return episode;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("stored episode " + key + " is not readable: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field, String key) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("stored episode " + key + " has no text field '" + field + "'");
        }
        return value.asText();
    }

    private static JsonNode number(JsonNode node, String field, String key) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalStateException("stored episode " + key + " has no number field '" + field + "'");
        }
        return value;
    }

    private static Sdr code(JsonNode node, String key) {
        JsonNode code = node.get("code");
        if (code == null || !code.path("size").isInt() || !code.path("active").isArray()) {
            throw new IllegalStateException("stored episode " + key + " has no code {size, active}");
        }
        int[] active = new int[code.get("active").size()];
        for (int i = 0; i < active.length; i++) {
            active[i] = code.get("active").get(i).asInt();
        }
        return Sdr.of(code.get("size").asInt(), active);
    }
}
