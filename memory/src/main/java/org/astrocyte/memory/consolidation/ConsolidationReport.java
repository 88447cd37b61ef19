package org.astrocyte.memory.consolidation;

import java.util.List;

/**
 * What one consolidation did, for the trace.
 *
 * @param nowMicros  the simulated time it ran at, µs
 * @param replayed   episodes replayed
 * @param prototypes prototypes written, each with the episodes it generalises
 * @param decayed    ids forgotten because their importance decayed below the threshold
 * @param evicted    ids forgotten because the memory was over capacity
 */
public record ConsolidationReport(long nowMicros, int replayed, List<Prototype> prototypes, List<String> decayed,
        List<String> evicted) {

    /** A prototype written as knowledge. */
    public record Prototype(String id, List<String> sources, int activeBits) {
        public Prototype {
            sources = List.copyOf(sources);
        }
    }

    public ConsolidationReport {
        prototypes = List.copyOf(prototypes);
        decayed = List.copyOf(decayed);
        evicted = List.copyOf(evicted);
    }

    /** One line, e.g. {@code replayed 40, 2 prototypes, 3 decayed, 0 evicted}. */
    public String summary() {
        return "replayed " + replayed + ", " + prototypes.size() + " prototype" + (prototypes.size() == 1 ? "" : "s")
                + ", " + decayed.size() + " decayed, " + evicted.size() + " evicted";
    }
}
