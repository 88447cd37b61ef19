package org.astrocyte.scenarios.world;

/**
 * Casts the rays of a {@link RangeSensorSpec} from a body's centre against the walls and obstacles and turns the hits
 * into noisy distances from the body's surface, in metres, within [0, range].
 */
final class RangeFinder {

    private final ArenaGeometry geometry;
    private final RangeSensorSpec spec;
    private final double[] offsetCos;
    private final double[] offsetSin;

    RangeFinder(ArenaGeometry geometry, RangeSensorSpec spec) {
        this.geometry = geometry;
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
        double noise = spec.noiseStd();
        for (int i = 0; i < into.length; i++) {
            double dx = headingCos * offsetCos[i] - headingSin * offsetSin[i];
            double dy = headingSin * offsetCos[i] + headingCos * offsetSin[i];
            double distance = Math.min(range, Math.max(0, hitDistance(body.x(), body.y(), dx, dy) - radius));
            if (noise > 0) {
                distance = Math.min(range, Math.max(0, distance + noise * body.rangeNoise().nextGaussian()));
            }
            into[i] = distance;
        }
    }

    /** The distance from ({@code x}, {@code y}) along the unit direction ({@code dx}, {@code dy}) to the first surface. */
    double hitDistance(double x, double y, double dx, double dy) {
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
        for (int i = 0; i < geometry.obstacleCount(); i++) {
            double toCentreX = geometry.obstacleX[i] - x;
            double toCentreY = geometry.obstacleY[i] - y;
            double along = toCentreX * dx + toCentreY * dy;
            if (along <= 0) {
                continue; // behind the ray's origin (bodies never start inside an obstacle)
            }
            double radius = geometry.obstacleRadius[i];
            double missSquared = toCentreX * toCentreX + toCentreY * toCentreY - along * along;
            double halfChordSquared = radius * radius - missSquared;
            if (halfChordSquared >= 0) {
                double entry = along - Math.sqrt(halfChordSquared);
                if (entry < nearest) {
                    nearest = Math.max(0, entry);
                }
            }
        }
        return nearest;
    }
}
