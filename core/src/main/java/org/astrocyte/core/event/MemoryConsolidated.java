package org.astrocyte.core.event;

import java.util.List;

/**
 * A consolidation of the shared memory ran: {@code replayed} recent episodes were replayed, {@code prototypes} became
 * knowledge, {@code decayed} were forgotten as unimportant and {@code evicted} to keep within capacity (ids).
 */
public record MemoryConsolidated(Stamp stamp, int replayed, List<String> prototypes, List<String> decayed,
        List<String> evicted) implements Event {

    public MemoryConsolidated {
        prototypes = List.copyOf(prototypes);
        decayed = List.copyOf(decayed);
        evicted = List.copyOf(evicted);
    }

    @Override
    public String topic() {
        return Topics.MEMORY;
    }
}
