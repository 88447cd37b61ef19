package org.astrocyte.scenarios.world;

import java.util.List;

/**
 * Casts the rays of a {@link RangeSensorSpec} from a body's centre against the walls, the obstacles where they are
 * now (circles and polygons, fixed or moving) and the other bodies, and turns the hits into noisy distances from the
 * body's surface, in metres, within [0, range]. Each body's noise has its own spread ({@link Body#rangeNoiseStd()}).
 */
final class RangeFinder {

    private final ArenaGeometry geometry;
    private final List<Body> bodies;
    private final RangeSensorSpec spec;
    private final double[] offsetCos;
    private final double[] offsetSin;

    RangeFinder(ArenaGeometry geometry, List<Body> bodies, RangeSensorSpec spec) {
        this.geometry = geometry;
        this.bodies = bodies;
        this.spec = spec;
        offsetCos = new double[spec.rays()];
        offsetSin = new double[spec.rays()];
        for (int i = 0; i < spec.rays(); i++) {
            offsetCos[i] = Math.cos(spec.rayOffset(i));
            offsetSin[i] = Math.sin(spec.rayOffset(i));
        }
    }

    /** Writes the reading of every ray of {@code body} into {@code into} (one slot per ray, ray 0 leftmost). */
    void read(Body body, double[] into) {
        double headingCos = Math.cos(body.heading());
        double headingSin = Math.sin(body.heading());
        double radius = body.spec().radius();
        double range = spec.range();
        double noise = body.rangeNoiseStd();
        for (int i = 0; i < into.length; i++) {
            double dx = headingCos * offsetCos[i] - headingSin * offsetSin[i];
            double dy = headingSin * offsetCos[i] + headingCos * offsetSin[i];
            double distance = Math.min(range, Math.max(0, hitDistance(body, dx, dy, radius + range) - radius));
            if (noise > 0) {
                distance = Math.min(range, Math.max(0, distance + noise * body.rangeNoise().nextGaussian()));
            }
            into[i] = distance;
        }
    }

    /**
     * The distance from the centre of {@code self} along the unit direction ({@code dx}, {@code dy}) to the first
     * surface; anything beyond {@code reach} metres may be reported as {@code reach} or more.
     */
    private double hitDistance(Body self, double dx, double dy, double reach) {
        double x = self.x();
        double y = self.y();
        double nearest = Double.POSITIVE_INFINITY;
        if (dx > 0) {
            nearest = (geometry.width - x) / dx;
        } else if (dx < 0) {
            nearest = -x / dx;
        }
        if (dy > 0) {
            nearest = Math.min(nearest, (geometry.height - y) / dy);
        } else if (dy < 0) {
            nearest = Math.min(nearest, -y / dy);
        }
        double limit = Math.min(nearest, reach);
        ObstacleSet obstacles = geometry.obstacles;
        for (int i = 0; i < obstacles.count(); i++) {
            Shape shape = obstacles.shape(i);
            if (shape.rayMayHit(x, y, dx, dy, limit)) {
                nearest = Math.min(nearest, shape.rayEntry(x, y, dx, dy));
                limit = Math.min(nearest, reach);
            }
        }
        for (int i = 0; i < bodies.size(); i++) {
            Body other = bodies.get(i);
            if (other != self) {
                nearest = Math.min(nearest, circleEntry(x, y, dx, dy, other.x(), other.y(), other.spec().radius()));
            }
        }
        return nearest;
    }

    /** Where a ray enters the circle (cx, cy, radius): as for a round obstacle, 0 if it starts inside. */
    private static double circleEntry(double x, double y, double dx, double dy, double cx, double cy, double radius) {
        double toCentreX = cx - x;
        double toCentreY = cy - y;
        double along = toCentreX * dx + toCentreY * dy;
        if (along <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double missSquared = toCentreX * toCentreX + toCentreY * toCentreY - along * along;
        double halfChordSquared = radius * radius - missSquared;
        return halfChordSquared < 0 ? Double.POSITIVE_INFINITY : Math.max(0, along - Math.sqrt(halfChordSquared));
    }
}
