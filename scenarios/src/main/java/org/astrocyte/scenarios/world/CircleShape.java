package org.astrocyte.scenarios.world;

/** The geometry of a {@link CircleObstacle}: centre and radius in metres; the anchor is the centre. */
final class CircleShape extends Shape {

    private final double radius;
    private double cx;
    private double cy;

    CircleShape(double x, double y, double radius) {
        this.radius = radius;
        this.boundRadius = radius;
        moveAnchorTo(x, y);
    }

    @Override
    void moveAnchorTo(double x, double y) {
        cx = x;
        cy = y;
        boundX = x;
        boundY = y;
    }

    @Override
    double anchorX() {
        return cx;
    }

    @Override
    double anchorY() {
        return cy;
    }

    @Override
    boolean pushOut(double x, double y, double r, double slack, double fromX, double fromY, Contact out) {
        double dx = x - cx;
        double dy = y - cy;
        double reach = r + radius;
        double distanceSquared = dx * dx + dy * dy;
        if (!(distanceSquared < (reach - slack) * (reach - slack))) {
            return false;
        }
        double distance = Math.sqrt(distanceSquared);
        if (distance == 0) {
            // The centre sits on the obstacle's: leave back towards where the body came from.
            dx = fromX - cx;
            dy = fromY - cy;
            distance = Math.sqrt(dx * dx + dy * dy);
            if (distance == 0) {
                dx = 1;
                distance = 1;
            }
        }
        out.set(cx + dx / distance * reach, cy + dy / distance * reach,
                cx + dx / distance * radius, cy + dy / distance * radius);
        return true;
    }

    @Override
    boolean touches(double x, double y, double r, double tolerance, Contact out) {
        double dx = x - cx;
        double dy = y - cy;
        double reach = r + tolerance + radius;
        double distanceSquared = dx * dx + dy * dy;
        if (distanceSquared > reach * reach) {
            return false;
        }
        double scale = distanceSquared == 0 ? 0 : radius / Math.sqrt(distanceSquared);
        out.set(x, y, cx + dx * scale, cy + dy * scale);
        return true;
    }

    @Override
    boolean overlaps(double x, double y, double r, double slack) {
        double dx = x - cx;
        double dy = y - cy;
        double clear = r + radius - slack;
        return clear > 0 && dx * dx + dy * dy < clear * clear;
    }

    @Override
    boolean contains(double x, double y) {
        return overlaps(x, y, 0, 0);
    }

    @Override
    double rayEntry(double x, double y, double dx, double dy) {
        double toCentreX = cx - x;
        double toCentreY = cy - y;
        double along = toCentreX * dx + toCentreY * dy;
        if (along <= 0) {
            return Double.POSITIVE_INFINITY; // behind the ray's origin (bodies do not stay inside an obstacle)
        }
        double missSquared = toCentreX * toCentreX + toCentreY * toCentreY - along * along;
        double halfChordSquared = radius * radius - missSquared;
        if (halfChordSquared < 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, along - Math.sqrt(halfChordSquared));
    }
}
