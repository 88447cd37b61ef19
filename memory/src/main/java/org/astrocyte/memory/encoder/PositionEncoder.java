package org.astrocyte.memory.encoder;

import org.astrocyte.memory.sdr.Sdr;

/**
 * Encodes a 2-D position by tile coding: {@code activeBits} square tilings of width {@code tileWidth}, each shifted
 * by a different seeded offset; each tiling contributes one active bit, chosen by a seeded hash of the tile the
 * position falls in, within the tiling's own segment of the code. Property: two positions share the bits of every
 * tiling in which they fall into the same tile, so identical positions overlap fully, the overlap falls roughly
 * linearly with distance, and positions more than a tile width apart overlap only by hash chance (about
 * activeBits / segment size bits).
 */
public final class PositionEncoder implements Encoder<Position> {

    private final int size;
    private final int activeBits;
    private final int segment;
    private final double tileWidth;
    private final long seed;
    private final double[] offsetX;
    private final double[] offsetY;

    /**
     * @param size      bits of the code
     * @param activeBits tilings, i.e. active bits of every code
     * @param tileWidth  width of a tile, metres: the distance over which codes stop overlapping
     * @param seed       seeds the tiling offsets and the hash
     */
    public PositionEncoder(int size, int activeBits, double tileWidth, long seed) {
        if (activeBits < 1 || activeBits > size) {
            throw new IllegalArgumentException("activeBits must be from 1 to size " + size + ", got " + activeBits);
        }
        if (!(tileWidth > 0) || !Double.isFinite(tileWidth)) {
            throw new IllegalArgumentException("tileWidth must be positive, got " + tileWidth);
        }
        this.size = size;
        this.activeBits = activeBits;
        this.segment = size / activeBits;
        this.tileWidth = tileWidth;
        this.seed = seed;
        this.offsetX = new double[activeBits];
        this.offsetY = new double[activeBits];
        for (int t = 0; t < activeBits; t++) {
            offsetX[t] = unit(SeededHash.mix(seed, 2L * t)) * tileWidth;
            offsetY[t] = unit(SeededHash.mix(seed, 2L * t + 1)) * tileWidth;
        }
    }

    /** 2048 bits, 40 active, 2 m tiles, seed 1. */
    public static PositionEncoder defaults() {
        return new PositionEncoder(2048, 40, 2.0, 1);
    }

    @Override
    public Sdr encode(Position position) {
        int[] bits = new int[activeBits];
        for (int t = 0; t < activeBits; t++) {
            long tileX = (long) Math.floor((position.x() + offsetX[t]) / tileWidth);
            long tileY = (long) Math.floor((position.y() + offsetY[t]) / tileWidth);
            long tile = SeededHash.mix(tileX, tileY);
            bits[t] = t * segment + SeededHash.index(seed + t, tile, segment);
        }
        return Sdr.of(size, bits);
    }

    @Override
    public int size() {
        return size;
    }

    private static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }
}
