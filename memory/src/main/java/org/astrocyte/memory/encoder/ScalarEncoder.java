package org.astrocyte.memory.encoder;

import org.astrocyte.memory.sdr.Sdr;

/**
 * Encodes a number in [min, max] as a run of {@code activeBits} consecutive active bits whose start moves one bit
 * per {@code resolution} (the classic scalar encoder of HTM; Purdy, "Encoding data for HTM systems", 2016). Values
 * outside the range are clipped to it.
 *
 * <p>Property: two values {@code d} apart share {@code max(0, activeBits - round(d / resolution))} bits, so the
 * overlap falls linearly with distance and is zero beyond {@code activeBits * resolution}; values closer than half a
 * resolution get the same code.
 */
public final class ScalarEncoder implements Encoder<Double> {

    private final double min;
    private final double max;
    private final double resolution;
    private final int activeBits;
    private final int size;

    /**
     * @param min        the lowest value told apart
     * @param max        the highest, above {@code min}
     * @param resolution the value step that moves the code by one bit, positive
     * @param activeBits active bits of every code, at least 1
     * @throws IllegalArgumentException if a number is out of range or the code would exceed 1 << 24 bits
     */
    public ScalarEncoder(double min, double max, double resolution, int activeBits) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("need finite min < max, got [" + min + ", " + max + "]");
        }
        if (!(resolution > 0) || !Double.isFinite(resolution)) {
            throw new IllegalArgumentException("resolution must be positive, got " + resolution);
        }
        if (activeBits < 1) {
            throw new IllegalArgumentException("activeBits must be positive, got " + activeBits);
        }
        double buckets = Math.ceil((max - min) / resolution) + 1;
        if (buckets + activeBits - 1 > 1 << 24) {
            throw new IllegalArgumentException("range " + (max - min) + " at resolution " + resolution + " needs "
                    + (long) buckets + " positions, more than 2^24 bits");
        }
        this.min = min;
        this.max = max;
        this.resolution = resolution;
        this.activeBits = activeBits;
        this.size = (int) buckets + activeBits - 1;
    }

    @Override
    public Sdr encode(Double value) {
        if (value == null || value.isNaN()) {
            throw new IllegalArgumentException("value must be a number, got " + value);
        }
        double clipped = Math.max(min, Math.min(max, value));
        int start = (int) Math.round((clipped - min) / resolution);
        int[] bits = new int[activeBits];
        for (int k = 0; k < activeBits; k++) {
            bits[k] = start + k;
        }
        return Sdr.of(size, bits);
    }

    @Override
    public int size() {
        return size;
    }
}
