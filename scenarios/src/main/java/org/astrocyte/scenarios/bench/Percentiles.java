package org.astrocyte.scenarios.bench;

/** Percentiles of timings, by the nearest-rank method, for the benchmarks' p50 and p99 figures. */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * The {@code p}-th percentile (0 to 1) of {@code sorted} values, ascending: the smallest value with at least a
     * fraction {@code p} of the values at or below it.
     */
    public static long nearestRank(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
