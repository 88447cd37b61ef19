package org.astrocyte.controllers.learning;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * Events of one kind (collisions, say) counted in equal bins of simulated time over a run, to show whether a
 * learning reflex improves: {@link #secondToFirstRatio()} compares the run's second half with its first, and
 * {@link #table(LearningCurve...)} prints curves side by side for a report. Build one with {@link #recorder}.
 *
 * @param label      what is counted and under which condition, e.g. "collisions, learning"
 * @param binSeconds the width of each bin, s of simulated time
 * @param counts     events per bin, from the start of the run; an even number of bins
 */
public record LearningCurve(String label, double binSeconds, int[] counts) {

    public LearningCurve {
        requireValid(label, binSeconds, counts == null ? 0 : counts.length);
        counts = counts.clone();
    }

    private static void requireValid(String label, double binSeconds, int bins) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a learning curve needs a label");
        }
        if (!(binSeconds > 0)) {
            throw new IllegalArgumentException("bins must be positive, got " + binSeconds + " s");
        }
        if (bins == 0 || bins % 2 != 0) {
            throw new IllegalArgumentException("a learning curve needs an even, positive number of bins, got "
                    + bins);
        }
    }

    /** A recorder of {@code bins} bins of {@code binSeconds} each, starting at simulated time 0. */
    public static Recorder recorder(String label, double binSeconds, int bins) {
        return new Recorder(label, binSeconds, bins);
    }

    /** Number of bins. */
    public int bins() {
        return counts.length;
    }

    /** Events in bin {@code bin}. */
    public int count(int bin) {
        return counts[bin];
    }

    /** All events. */
    public int total() {
        return Arrays.stream(counts).sum();
    }

    /** Events in the first half of the run. */
    public int firstHalf() {
        return Arrays.stream(counts, 0, counts.length / 2).sum();
    }

    /** Events in the second half of the run. */
    public int secondHalf() {
        return Arrays.stream(counts, counts.length / 2, counts.length).sum();
    }

    /** Second-half events over first-half events; NaN when the first half has none. */
    public double secondToFirstRatio() {
        int first = firstHalf();
        return first == 0 ? Double.NaN : secondHalf() / (double) first;
    }

    /** This curve as a small text table. */
    public String table() {
        return table(this);
    }

    /**
     * Curves of the same binning side by side: one row per bin (its start and end in s), one column per curve,
     * then the half totals and their ratio.
     */
    public static String table(LearningCurve... curves) {
        if (curves.length == 0) {
            throw new IllegalArgumentException("no curves to tabulate");
        }
        LearningCurve first = curves[0];
        for (LearningCurve curve : curves) {
            if (curve.bins() != first.bins() || curve.binSeconds() != first.binSeconds()) {
                throw new IllegalArgumentException("curves in one table need the same bins: " + first.label()
                        + " and " + curve.label() + " differ");
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-13s", "time (s)"));
        for (LearningCurve curve : curves) {
            out.append(String.format(Locale.ROOT, " | %22s", curve.label()));
        }
        out.append('\n');
        for (int bin = 0; bin < first.bins(); bin++) {
            String span = String.format(Locale.ROOT, "%.0f-%.0f", bin * first.binSeconds(),
                    (bin + 1) * first.binSeconds());
            out.append(String.format(Locale.ROOT, "%-13s", span));
            for (LearningCurve curve : curves) {
                out.append(String.format(Locale.ROOT, " | %22d", curve.count(bin)));
            }
            out.append('\n');
        }
        appendRow(out, "first half", curves, c -> String.valueOf(c.firstHalf()));
        appendRow(out, "second half", curves, c -> String.valueOf(c.secondHalf()));
        appendRow(out, "second/first", curves, c -> String.format(Locale.ROOT, "%.2f", c.secondToFirstRatio()));
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String name, LearningCurve[] curves,
            Function<LearningCurve, String> cell) {
        out.append(String.format(Locale.ROOT, "%-13s", name));
        for (LearningCurve curve : curves) {
            out.append(String.format(Locale.ROOT, " | %22s", cell.apply(curve)));
        }
        out.append('\n');
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LearningCurve other && label.equals(other.label) && binSeconds == other.binSeconds
                && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * label.hashCode() + Double.hashCode(binSeconds)) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "LearningCurve[" + label + ", " + binSeconds + " s bins, " + Arrays.toString(counts) + "]";
    }

    /** Counts events into bins as a run goes; not thread-safe. */
    public static final class Recorder {
        private final String label;
        private final double binSeconds;
        private final int[] counts;

        private Recorder(String label, double binSeconds, int bins) {
            requireValid(label, binSeconds, bins);
            this.label = label;
            this.binSeconds = binSeconds;
            this.counts = new int[bins];
        }

        /** Counts one event at simulated time {@code timeMicros} (µs from the start of the run). */
        public void record(long timeMicros) {
            int bin = (int) Math.floor(timeMicros / 1e6 / binSeconds);
            if (timeMicros < 0 || bin >= counts.length) {
                throw new IllegalArgumentException("event at " + timeMicros + " µs is outside the "
                        + counts.length + " bins of " + binSeconds + " s");
            }
            counts[bin]++;
        }

        /** The curve recorded so far. */
        public LearningCurve build() {
            return new LearningCurve(label, binSeconds, counts);
        }
    }
}
