package org.astrocyte.memory.encoder;

import org.astrocyte.memory.sdr.Sdr;

/**
 * Encodes a 2-D position by tile coding (Albus's CMAC; Sutton and Barto, "Reinforcement learning", 2nd ed., 2018,
 * section 9.5.4): {@code activeBits} grids of square tiles {@code tileWidthMetres} wide, each shifted by its own
 * seeded offset. Every grid (tiling) owns a segment of about {@code size / activeBits} bits and sets exactly one of
 * them, chosen by a seeded hash of the tile the position falls in.
 *
 * <p>Property: two positions share the bit of every tiling in which they fall into the same tile, and otherwise
 * only by hash chance. Displaced by (dx, dy), they therefore overlap by about
 * {@code activeBits * max(0, 1 - |dx|/w) * max(0, 1 - |dy|/w)} bits plus chance, where w is the tile width:
 * identical positions overlap fully, positions a small fraction of a tile apart overlap strongly, and positions
 * more than sqrt(2) tile widths apart share no tile and only chance bits, about {@code activeBits^2 / size} (0.78
 * for the defaults), as unrelated random codes do. Because the tilings are offset, no single tile boundary separates
 * nearby positions in all tilings at once.
 */
public final class PositionEncoder implements Encoder<Position> {

    private final int size;
    private final int activeBits;
    private final double tileWidthMetres;
    private final long[] tilingSeed;
    private final int[] segmentStart;
    private final double[] offsetX;
    private final double[] offsetY;

    /**
     * @param size            bits of the code
     * @param activeBits      number of tilings, hence of active bits in every code; from 1 to {@code size}
     * @param tileWidthMetres width of a tile, metres: the distance over which the codes of two places stop sharing
     * @param seed            seeds the tiling offsets and the tile hash
     * @throws IllegalArgumentException if a number is out of range
     */
    public PositionEncoder(int size, int activeBits, double tileWidthMetres, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive, got " + size);
        }
        if (activeBits < 1 || activeBits > size) {
            throw new IllegalArgumentException("activeBits must be from 1 to size " + size + ", got " + activeBits);
        }
        if (!(tileWidthMetres > 0) || !Double.isFinite(tileWidthMetres)) {
            throw new IllegalArgumentException("tileWidthMetres must be positive and finite, got " + tileWidthMetres);
        }
        this.size = size;
        this.activeBits = activeBits;
        this.tileWidthMetres = tileWidthMetres;
        this.tilingSeed = new long[activeBits];
        this.segmentStart = new int[activeBits + 1];
        this.offsetX = new double[activeBits];
        this.offsetY = new double[activeBits];
        for (int t = 0; t < activeBits; t++) {
            tilingSeed[t] = SeededHash.mix(seed, t);
            offsetX[t] = SeededHash.unit(SeededHash.mix(tilingSeed[t], 0)) * tileWidthMetres;
            offsetY[t] = SeededHash.unit(SeededHash.mix(tilingSeed[t], 1)) * tileWidthMetres;
        }
        // Segments of floor or ceil(size / activeBits) bits, so that every bit of the code can be used.
        for (int t = 0; t <= activeBits; t++) {
            segmentStart[t] = (int) ((long) t * size / activeBits);
        }
    }

    /** 2048 bits, 40 tilings, 2 m tiles, seed 1. */
    public static PositionEncoder defaults() {
        return new PositionEncoder(2048, 40, 2.0, 1);
    }

    @Override
    public Sdr encode(Position position) {
        if (position == null) {
            throw new IllegalArgumentException("position must not be null");
        }
        int[] bits = new int[activeBits];
        for (int t = 0; t < activeBits; t++) {
            long column = (long) Math.floor((position.x() + offsetX[t]) / tileWidthMetres);
            long row = (long) Math.floor((position.y() + offsetY[t]) / tileWidthMetres);
            int segment = segmentStart[t + 1] - segmentStart[t];
            bits[t] = segmentStart[t] + (int) Math.floorMod(SeededHash.mix(tilingSeed[t], column, row), segment);
        }
        return Sdr.of(size, bits);
    }

    @Override
    public int size() {
        return size;
    }

    /** Number of tilings, i.e. active bits of every code. */
    public int activeBits() {
        return activeBits;
    }

    /** Width of a tile, metres. */
    public double tileWidthMetres() {
        return tileWidthMetres;
    }
}
