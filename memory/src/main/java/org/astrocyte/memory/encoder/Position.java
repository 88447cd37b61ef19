package org.astrocyte.memory.encoder;

/**
 * A place in the arena.
 *
 * @param x metres east of the origin
 * @param y metres north of the origin
 */
public record Position(double x, double y) {

    /** @throws IllegalArgumentException if a coordinate is NaN or infinite */
    public Position {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("x must be a finite number of metres, got " + x);
        }
        if (!Double.isFinite(y)) {
            throw new IllegalArgumentException("y must be a finite number of metres, got " + y);
        }
    }
}
