package org.astrocyte.scenarios.report.run;

import org.astrocyte.core.event.BodySampled;

/**
 * One agent's body samples from the trace at full resolution (times in s, positions in m, heading in rad, energy
 * as a fraction of the battery), with the distance driven so far, until {@link #frames} thins them for the page.
 */
final class BodyTrack {

    private final DoubleColumn time = new DoubleColumn();
    private final DoubleColumn x = new DoubleColumn();
    private final DoubleColumn y = new DoubleColumn();
    private final DoubleColumn heading = new DoubleColumn();
    private final DoubleColumn energy = new DoubleColumn();
    private final DoubleColumn distance = new DoubleColumn();

    void add(double seconds, BodySampled sample) {
        double driven = distance.size() == 0 ? 0
                : distance.last() + Math.hypot(sample.x() - x.last(), sample.y() - y.last());
        time.add(seconds);
        x.add(sample.x());
        y.add(sample.y());
        heading.add(sample.heading());
        energy.add(sample.energy());
        distance.add(driven);
    }

    int size() {
        return time.size();
    }

    /** Metres driven up to {@code seconds}, as far as the samples tell (0 before the first). */
    double distanceAt(double seconds) {
        int at = time.floor(seconds);
        return at < 0 ? 0 : distance.get(at);
    }

    /**
     * Every {@code stride}-th sample from the first, and always the last, each marked as overriding when the reflex
     * overrode the planner at any time since the sample kept before it.
     */
    Frames frames(int stride, OverrideIntervals overrides) {
        int n = size();
        int count = n == 0 ? 0 : (n - 1) / stride + 1 + ((n - 1) % stride == 0 ? 0 : 1);
        Frames frames = new Frames(new double[count], new double[count], new double[count], new double[count],
                new double[count], new int[count]);
        double previous = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            int i = Math.min(k * stride, n - 1);
            double t = time.get(i);
            frames.t()[k] = Rounding.millis(t);
            frames.x()[k] = Rounding.millimetres(x.get(i));
            frames.y()[k] = Rounding.millimetres(y.get(i));
            frames.h()[k] = Rounding.milliradians(heading.get(i));
            frames.e()[k] = Rounding.thousandths(energy.get(i));
            frames.o()[k] = overrides.overlaps(previous, t) ? 1 : 0;
            previous = t;
        }
        return frames;
    }

    /**
     * Thinned samples, as the page draws them: times {@code t} (s), positions {@code x}, {@code y} (m), headings
     * {@code h} (rad), energy {@code e} (fraction of the battery), and {@code o} 1 where the reflex overrode the
     * planner since the frame before.
     */
    record Frames(double[] t, double[] x, double[] y, double[] h, double[] e, int[] o) {
    }
}
