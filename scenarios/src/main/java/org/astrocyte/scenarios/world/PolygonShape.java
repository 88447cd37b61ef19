package org.astrocyte.scenarios.world;

import java.util.List;

/**
 * The geometry of a {@link PolygonObstacle}: a simple polygon, convex or not, in metres; the anchor is the first
 * vertex. A disc is pushed out along the line from its centre to the nearest point of the outline, which is right for
 * convex and concave outlines alike as long as the centre has not crossed the outline (the world's substeps see to
 * that); ray casting counts edge crossings, so a ray starting inside reads 0.
 */
final class PolygonShape extends Shape {

    private final int n;
    // Offsets of the vertices from the first one, fixed; the world coordinates below follow the anchor.
    private final double[] offsetX;
    private final double[] offsetY;
    private final double[] vx;
    private final double[] vy;
    // Edge i runs from vertex i to vertex i + 1 (mod n): its vector, 1 / its squared length, its outward unit normal.
    private final double[] ex;
    private final double[] ey;
    private final double[] inverseLengthSquared;
    private final double[] normalX;
    private final double[] normalY;
    private final double centroidOffsetX;
    private final double centroidOffsetY;
    // Scratch of the last nearest-point query (the world is single-threaded).
    private double nearestX;
    private double nearestY;
    private int nearestEdge;

    PolygonShape(List<Vec2> vertices) {
        n = vertices.size();
        offsetX = new double[n];
        offsetY = new double[n];
        vx = new double[n];
        vy = new double[n];
        ex = new double[n];
        ey = new double[n];
        inverseLengthSquared = new double[n];
        normalX = new double[n];
        normalY = new double[n];
        Vec2 first = vertices.get(0);
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < n; i++) {
            offsetX[i] = vertices.get(i).x() - first.x();
            offsetY[i] = vertices.get(i).y() - first.y();
            sumX += offsetX[i];
            sumY += offsetY[i];
        }
        // Counter-clockwise outlines have the outside on each edge's right.
        double outward = Polygons.twiceSignedArea(vertices) > 0 ? 1 : -1;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            ex[i] = offsetX[j] - offsetX[i];
            ey[i] = offsetY[j] - offsetY[i];
            double lengthSquared = ex[i] * ex[i] + ey[i] * ey[i];
            inverseLengthSquared[i] = 1 / lengthSquared;
            double length = Math.sqrt(lengthSquared);
            normalX[i] = outward * ey[i] / length;
            normalY[i] = -outward * ex[i] / length;
        }
        centroidOffsetX = sumX / n;
        centroidOffsetY = sumY / n;
        double radius = 0;
        for (int i = 0; i < n; i++) {
            radius = Math.max(radius, Math.hypot(offsetX[i] - centroidOffsetX, offsetY[i] - centroidOffsetY));
        }
        boundRadius = radius;
        moveAnchorTo(first.x(), first.y());
    }

    @Override
    void moveAnchorTo(double x, double y) {
        for (int i = 0; i < n; i++) {
            vx[i] = x + offsetX[i];
            vy[i] = y + offsetY[i];
        }
        boundX = x + centroidOffsetX;
        boundY = y + centroidOffsetY;
    }

    @Override
    double anchorX() {
        return vx[0];
    }

    @Override
    double anchorY() {
        return vy[0];
    }

    @Override
    boolean pushOut(double x, double y, double r, double slack, double fromX, double fromY, Contact out) {
        if (!near(x, y, r)) {
            return false;
        }
        double distance = nearestPoint(x, y);
        boolean inside = contains(x, y);
        if (!inside && !(distance < r - slack)) {
            return false;
        }
        double nx;
        double ny;
        if (distance == 0) {
            nx = normalX[nearestEdge];
            ny = normalY[nearestEdge];
        } else if (inside) {
            nx = (nearestX - x) / distance;
            ny = (nearestY - y) / distance;
        } else {
            nx = (x - nearestX) / distance;
            ny = (y - nearestY) / distance;
        }
        out.set(nearestX + nx * r, nearestY + ny * r, nearestX, nearestY);
        return true;
    }

    @Override
    boolean touches(double x, double y, double r, double tolerance, Contact out) {
        if (!near(x, y, r + tolerance)) {
            return false;
        }
        double distance = nearestPoint(x, y);
        if (distance > r + tolerance && !contains(x, y)) {
            return false;
        }
        out.set(x, y, nearestX, nearestY);
        return true;
    }

    @Override
    boolean overlaps(double x, double y, double r, double slack) {
        if (!near(x, y, r)) {
            return false;
        }
        return contains(x, y) || nearestPoint(x, y) < r - slack;
    }

    @Override
    boolean contains(double x, double y) {
        boolean inside = false;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if ((vy[i] > y) != (vy[j] > y)
                    && x < (vx[j] - vx[i]) * (y - vy[i]) / (vy[j] - vy[i]) + vx[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    @Override
    double rayEntry(double x, double y, double dx, double dy) {
        double nearest = Double.POSITIVE_INFINITY;
        boolean inside = false;
        for (int i = 0; i < n; i++) {
            double denominator = dx * ey[i] - dy * ex[i];
            if (denominator == 0) {
                continue; // parallel to the edge: it cannot enter through it
            }
            double ax = vx[i] - x;
            double ay = vy[i] - y;
            double t = (ax * ey[i] - ay * ex[i]) / denominator;
            double s = (ax * dy - ay * dx) / denominator;
            // Half-open edges, so that a ray through a vertex crosses exactly one of its two edges.
            if (t > 0 && s >= 0 && s < 1) {
                inside = !inside;
                nearest = Math.min(nearest, t);
            }
        }
        // An odd number of crossings ahead means the origin is inside.
        return inside ? 0 : nearest;
    }

    /** The distance from ({@code x}, {@code y}) to the nearest point of the outline, which it leaves in scratch. */
    private double nearestPoint(double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double px = x - vx[i];
            double py = y - vy[i];
            double t = Math.max(0, Math.min(1, (px * ex[i] + py * ey[i]) * inverseLengthSquared[i]));
            double qx = vx[i] + t * ex[i];
            double qy = vy[i] + t * ey[i];
            double distanceSquared = (x - qx) * (x - qx) + (y - qy) * (y - qy);
            if (distanceSquared < best) {
                best = distanceSquared;
                nearestX = qx;
                nearestY = qy;
                nearestEdge = i;
            }
        }
        return Math.sqrt(best);
    }
}
