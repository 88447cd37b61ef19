package org.astrocyte.memory.store;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An episode returned by a recall, with the bits its code shares with the cue, its score and the reason: how many
 * of the shared bits fall in each field of the code (what, where, when...), when the store knows the layout.
 *
 * @param episode the episode recalled
 * @param overlap bits shared with the cue
 * @param score   the cosine similarity of the embeddings when the recall re-ranked, else the overlap divided by the
 *                cue's active bits (1 for a cue contained in the code)
 * @param fields  bits shared per field of the code, in code order; empty when the layout is unknown
 */
public record Recollection(Episode episode, int overlap, double score, Map<String, Integer> fields) {

    /**
     * The order of every recall: higher score first, then larger overlap, then the later episode, then the smaller
     * id.
     */
    public static final Comparator<Recollection> BEST_FIRST = Comparator
            .comparingDouble(Recollection::score).reversed()
            .thenComparing(Comparator.comparingInt(Recollection::overlap).reversed())
            .thenComparing(Comparator.comparingLong((Recollection r) -> r.episode().timeMicros()).reversed())
            .thenComparing(r -> r.episode().id());

    /** @throws IllegalArgumentException if the episode is missing or the overlap negative */
    public Recollection {
        if (episode == null) {
            throw new IllegalArgumentException("episode must not be null");
        }
        if (overlap < 0) {
            throw new IllegalArgumentException("overlap must not be negative, got " + overlap);
        }
        fields = fields == null || fields.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A recollection scored by overlap alone, without a reason. */
    public Recollection(Episode episode, int overlap, int cueActive) {
        this(episode, overlap, cueActive == 0 ? 0 : (double) overlap / cueActive, Map.of());
    }

    /** Why it was recalled, e.g. {@code shares 31 bits: what 12, where 19}. */
    public String reason() {
        String base = "shares " + overlap + " bits";
        if (fields.isEmpty()) {
            return base;
        }
        return base + ": " + fields.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
