package org.astrocyte.memory.encoder;

/** A place in the arena, metres. */
public record Position(double x, double y) {

    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("position must be finite, got (" + x + ", " + y + ")");
        }
    }
}
