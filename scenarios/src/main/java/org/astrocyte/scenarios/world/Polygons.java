package org.astrocyte.scenarios.world;

import java.util.List;

/** Checks and measures of simple polygons (vertex lists, metres), for validation; not used per step. */
final class Polygons {

    // An area below this (m²) is a sliver that no body could meaningfully hit.
    private static final double MIN_AREA = 1e-8;

    private Polygons() {
    }

    /** Twice the signed area (m²): positive when the vertices run counter-clockwise. */
    static double twiceSignedArea(List<Vec2> vertices) {
        double sum = 0;
        int n = vertices.size();
        for (int i = 0; i < n; i++) {
            Vec2 a = vertices.get(i);
            Vec2 b = vertices.get((i + 1) % n);
            sum += a.x() * b.y() - b.x() * a.y();
        }
        return sum;
    }

    /** Throws, naming obstacle {@code id}, unless the polygon has an area and no two of its edges cross or touch. */
    static void requireSimple(String id, List<Vec2> vertices) {
        int n = vertices.size();
        for (int i = 0; i < n; i++) {
            if (vertices.get(i).equals(vertices.get((i + 1) % n))) {
                throw new IllegalArgumentException("obstacle '" + id + "': vertices " + i + " and " + (i + 1) % n
                        + " are the same point " + vertices.get(i));
            }
        }
        if (onOneLine(vertices)) {
            throw new IllegalArgumentException("obstacle '" + id + "': the polygon has no area (its vertices lie on "
                    + "a line)");
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean adjacent = j == i + 1 || i == 0 && j == n - 1;
                Vec2 a = vertices.get(i);
                Vec2 b = vertices.get((i + 1) % n);
                Vec2 c = vertices.get(j);
                Vec2 d = vertices.get((j + 1) % n);
                if (adjacent ? foldsBack(a, b, c, d, i == 0 && j == n - 1) : intersect(a, b, c, d)) {
                    throw new IllegalArgumentException("obstacle '" + id + "': the polygon is not simple, edges "
                            + i + " and " + j + " cross (vertices must go round the outline once)");
                }
            }
        }
        if (Math.abs(twiceSignedArea(vertices)) / 2 < MIN_AREA) {
            throw new IllegalArgumentException("obstacle '" + id + "': the polygon's area is below " + MIN_AREA
                    + " m²");
        }
    }

    private static boolean onOneLine(List<Vec2> vertices) {
        Vec2 a = vertices.get(0);
        Vec2 b = vertices.get(1);
        for (Vec2 p : vertices) {
            if (cross(a, b, p) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether adjacent edges a-b and c-d overlap along a line (the shared vertex is b = c, or d = a if wrapped). */
    private static boolean foldsBack(Vec2 a, Vec2 b, Vec2 c, Vec2 d, boolean wrapped) {
        Vec2 shared = wrapped ? a : b;
        Vec2 first = wrapped ? b : a;
        Vec2 second = wrapped ? c : d;
        double ux = first.x() - shared.x();
        double uy = first.y() - shared.y();
        double vx = second.x() - shared.x();
        double vy = second.y() - shared.y();
        return ux * vy - uy * vx == 0 && ux * vx + uy * vy > 0;
    }

    /** Whether closed segments a-b and c-d share a point. */
    static boolean intersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
        double d1 = cross(c, d, a);
        double d2 = cross(c, d, b);
        double d3 = cross(a, b, c);
        double d4 = cross(a, b, d);
        if ((d1 > 0 && d2 < 0 || d1 < 0 && d2 > 0) && (d3 > 0 && d4 < 0 || d3 < 0 && d4 > 0)) {
            return true;
        }
        return d1 == 0 && onSegment(c, d, a) || d2 == 0 && onSegment(c, d, b)
                || d3 == 0 && onSegment(a, b, c) || d4 == 0 && onSegment(a, b, d);
    }

    /** The cross product (b − a) × (p − a). */
    private static double cross(Vec2 a, Vec2 b, Vec2 p) {
        return (b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x());
    }

    /** Whether p, known to be on the line a-b, lies within the segment's bounding box. */
    private static boolean onSegment(Vec2 a, Vec2 b, Vec2 p) {
        return Math.min(a.x(), b.x()) <= p.x() && p.x() <= Math.max(a.x(), b.x())
                && Math.min(a.y(), b.y()) <= p.y() && p.y() <= Math.max(a.y(), b.y());
    }
}
