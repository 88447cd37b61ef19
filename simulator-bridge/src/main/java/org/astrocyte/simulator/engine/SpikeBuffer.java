package org.astrocyte.simulator.engine;

/**
 * The global indices of the sources that spiked in the last step, in the order they were found (neurons by index,
 * then inputs). Sized once for every source, so that filling it never allocates.
 */
public final class SpikeBuffer {

    private final int[] sources;
    private int size;

    SpikeBuffer(int capacity) {
        sources = new int[capacity];
    }

    void clear() {
        size = 0;
    }

    void add(int source) {
        sources[size++] = source;
    }

    void addAll(SpikeBuffer other) {
        System.arraycopy(other.sources, 0, sources, size, other.size);
        size += other.size;
    }

    /** Number of spikes in the last step. */
    public int size() {
        return size;
    }

    /** The global source index of spike {@code i}, 0 ≤ i < {@link #size()}. */
    public int get(int i) {
        return sources[i];
    }
}
