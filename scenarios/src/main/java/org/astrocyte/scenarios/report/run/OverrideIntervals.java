package org.astrocyte.scenarios.report.run;

import java.util.ArrayList;
import java.util.List;

/**
 * When one agent's reflex overrode its planner: intervals from a {@code ReflexOverrode} to the next
 * {@code ReflexReleased}, in simulated seconds; one still open when the run ends closes at the end.
 */
final class OverrideIntervals {

    private final DoubleColumn starts = new DoubleColumn();
    private final DoubleColumn ends = new DoubleColumn();
    private boolean open;

    /** The reflex took over at {@code seconds} (ignored while it already holds). */
    void overrode(double seconds) {
        if (!open) {
            starts.add(seconds);
            open = true;
        }
    }

    /** The reflex gave control back at {@code seconds} (ignored while it does not hold). */
    void released(double seconds) {
        if (open) {
            ends.add(seconds);
            open = false;
        }
    }

    /** Closes an interval still open at the end of the run, {@code seconds}. */
    void close(double seconds) {
        released(seconds);
    }

    int count() {
        return starts.size();
    }

    /** The start of the {@code index}-th interval, s. */
    double start(int index) {
        return starts.get(index);
    }

    /**
     * Whether the reflex held at any time in (from, to]: some interval starts at or before {@code to} and ends after
     * {@code from} (the intervals follow one another, so the last to start before {@code to} ends last).
     */
    boolean overlaps(double from, double to) {
        int last = starts.floor(to);
        if (last < 0) {
            return false;
        }
        return last >= ends.size() || ends.get(last) > from;
    }

    /** The intervals as [start, end] pairs in seconds, rounded to the millisecond. */
    List<double[]> pairs() {
        List<double[]> pairs = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            double end = i < ends.size() ? ends.get(i) : Double.NaN;
            pairs.add(new double[] {Rounding.millis(starts.get(i)), Rounding.millis(end)});
        }
        return pairs;
    }
}
