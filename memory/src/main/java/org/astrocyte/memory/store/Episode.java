package org.astrocyte.memory.store;

import org.astrocyte.memory.sdr.Sdr;

/**
 * Something an agent remembered: a note, where (metres) and when (simulated µs) it was written, and its code.
 *
 * @param id         unique across agents, e.g. {@code forager-3}
 * @param agentId    the agent that wrote it
 * @param timeMicros simulated time of writing
 * @param code       the episode's SDR, what and where
 */
public record Episode(String id, String agentId, long timeMicros, String note, double x, double y, Sdr code) {

    public Episode {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (agentId == null || agentId.isBlank()) {
            throw new IllegalArgumentException("agentId must not be blank");
        }
        if (note == null) {
            throw new IllegalArgumentException("note must not be null");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("position must be finite, got (" + x + ", " + y + ")");
        }
        if (code == null) {
            throw new IllegalArgumentException("code must not be null");
        }
    }
}
