package org.astrocyte.memory.store;

/** An episode returned by a recall, with the number of bits its code shares with the cue. */
public record Recollection(Episode episode, int overlap) {
}
