package org.astrocyte.memory.store;

import org.astrocyte.memory.sdr.Sdr;

/**
 * Something an agent remembered: a note, where and when it was written, and its code (what and where, see
 * {@link org.astrocyte.memory.encoder.EpisodeEncoder}).
 *
 * @param id         unique across agents, e.g. {@code forager-3}
 * @param agentId    the agent that wrote it
 * @param timeMicros simulated time of writing, µs
 * @param note       the text remembered; may be empty
 * @param x          metres east of the origin
 * @param y          metres north of the origin
 * @param code       the episode's SDR
 */
public record Episode(String id, String agentId, long timeMicros, String note, double x, double y, Sdr code) {

    /** @throws IllegalArgumentException naming the first argument that is missing, blank, negative or not finite */
    public Episode {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (agentId == null || agentId.isBlank()) {
            throw new IllegalArgumentException("agentId must not be blank");
        }
        if (timeMicros < 0) {
            throw new IllegalArgumentException("timeMicros must not be negative, got " + timeMicros);
        }
        if (note == null) {
            throw new IllegalArgumentException("note must not be null");
        }
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("x must be a finite number of metres, got " + x);
        }
        if (!Double.isFinite(y)) {
            throw new IllegalArgumentException("y must be a finite number of metres, got " + y);
        }
        if (code == null) {
            throw new IllegalArgumentException("code must not be null");
        }
    }
}
