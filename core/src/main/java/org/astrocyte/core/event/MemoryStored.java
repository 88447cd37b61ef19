package org.astrocyte.core.event;

/** An episode went into long-term memory, coded with {@code activeBits} active bits. */
public record MemoryStored(Stamp stamp, String episodeId, String note, double x, double y, int activeBits)
        implements Event {
    @Override
    public String topic() {
        return Topics.MEMORY;
    }
}
