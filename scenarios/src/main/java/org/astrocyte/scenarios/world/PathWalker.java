package org.astrocyte.scenarios.world;

import java.util.List;

/**
 * Where an {@link ObstaclePath} puts an obstacle's anchor after a given time: the distance covered is speed × time,
 * folded into one period of the path (loop: the closed outline; ping-pong: there and back), then located on its
 * segment. Being a function of time, it accumulates no error over a long run. Metres, seconds.
 */
final class PathWalker {

    private final double[] xs;
    private final double[] ys;
    // cumulative[i]: distance from the start to point i along the path.
    private final double[] cumulative;
    private final double length;
    private final double speed;
    private final boolean pingPong;
    /** The anchor position that the last {@link #locate} found, in metres. */
    double x;
    double y;

    PathWalker(double startX, double startY, ObstaclePath path) {
        List<Vec2> waypoints = path.waypoints();
        pingPong = path.mode() == PathMode.PING_PONG;
        int points = waypoints.size() + (pingPong ? 1 : 2);
        xs = new double[points];
        ys = new double[points];
        xs[0] = startX;
        ys[0] = startY;
        for (int i = 0; i < waypoints.size(); i++) {
            xs[i + 1] = waypoints.get(i).x();
            ys[i + 1] = waypoints.get(i).y();
        }
        if (!pingPong) {
            xs[points - 1] = startX;
            ys[points - 1] = startY;
        }
        cumulative = new double[points];
        for (int i = 1; i < points; i++) {
            cumulative[i] = cumulative[i - 1] + Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
        length = cumulative[points - 1];
        speed = path.speed();
        x = startX;
        y = startY;
    }

    /** The path's speed, m/s: no anchor moves farther than speed × time. */
    double speed() {
        return speed;
    }

    /** Sets {@link #x}, {@link #y} to the anchor's position {@code seconds} after the obstacle was placed. */
    void locate(double seconds) {
        double period = pingPong ? 2 * length : length;
        double travelled = speed * seconds % period;
        if (pingPong && travelled > length) {
            travelled = period - travelled;
        }
        int segment = 1;
        while (segment < cumulative.length - 1 && cumulative[segment] < travelled) {
            segment++;
        }
        double segmentLength = cumulative[segment] - cumulative[segment - 1];
        double f = segmentLength == 0 ? 0 : (travelled - cumulative[segment - 1]) / segmentLength;
        x = xs[segment - 1] + f * (xs[segment] - xs[segment - 1]);
        y = ys[segment - 1] + f * (ys[segment] - ys[segment - 1]);
    }
}
