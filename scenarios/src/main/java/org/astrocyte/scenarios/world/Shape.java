package org.astrocyte.scenarios.world;

/**
 * The geometry of one obstacle where it is now, for the per-step queries of contact resolution and ray casting.
 * Mutable: a moving obstacle's shape is moved to its path position before each substep. Every query first tests the
 * bounding circle, so that far obstacles cost a few multiplications. Lengths in metres.
 */
abstract class Shape {

    /** Centre and radius of a circle that holds the whole shape, kept current by {@link #moveAnchorTo}. */
    double boundX;
    double boundY;
    double boundRadius;

    /** The shape of {@code obstacle} where it is written. */
    static Shape of(Obstacle obstacle) {
        if (obstacle instanceof CircleObstacle circle) {
            return new CircleShape(circle.x(), circle.y(), circle.radius());
        }
        return new PolygonShape(((PolygonObstacle) obstacle).vertices());
    }

    /** Moves the shape, unrotated, so that its anchor is at ({@code x}, {@code y}). */
    abstract void moveAnchorTo(double x, double y);

    abstract double anchorX();

    abstract double anchorY();

    /** Whether a disc of radius {@code reach} centred at ({@code x}, {@code y}) meets the bounding circle. */
    final boolean near(double x, double y, double reach) {
        double dx = x - boundX;
        double dy = y - boundY;
        double limit = boundRadius + reach;
        return dx * dx + dy * dy <= limit * limit;
    }

    /**
     * If the disc of radius {@code r} at ({@code x}, {@code y}) enters the shape by more than {@code slack}, writes
     * into {@code out} the centre where the disc just touches the shape along the contact normal, and the point it
     * touches, and returns true. ({@code fromX}, {@code fromY}) is where the disc came from, used only when the
     * normal is undefined (the centre exactly on a circle's centre).
     */
    abstract boolean pushOut(double x, double y, double r, double slack, double fromX, double fromY, Contact out);

    /**
     * Whether the disc of radius {@code r} at ({@code x}, {@code y}) is within {@code tolerance} of the shape
     * (touching or overlapping); if so the nearest point of the surface is written into {@code out}.
     */
    abstract boolean touches(double x, double y, double r, double tolerance, Contact out);

    /** Whether the disc enters the shape by more than {@code slack} (touching is allowed). */
    abstract boolean overlaps(double x, double y, double r, double slack);

    /** Whether the point ({@code x}, {@code y}) is strictly inside the shape. */
    abstract boolean contains(double x, double y);

    /**
     * The distance along the unit direction ({@code dx}, {@code dy}) from ({@code x}, {@code y}) to where the ray
     * enters the shape: 0 if the origin is inside, infinity if the ray misses it.
     */
    abstract double rayEntry(double x, double y, double dx, double dy);

    /** Whether the ray can reach the bounding circle closer than {@code nearest} metres. */
    final boolean rayMayHit(double x, double y, double dx, double dy, double nearest) {
        double toX = boundX - x;
        double toY = boundY - y;
        double along = toX * dx + toY * dy;
        if (along + boundRadius < 0 || along - boundRadius > nearest) {
            return false;
        }
        double missSquared = toX * toX + toY * toY - along * along;
        return missSquared <= boundRadius * boundRadius;
    }
}
