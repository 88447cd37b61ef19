package org.astrocyte.scenarios.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * The dots a raster draws: per group, the time (ms) and the row (the neuron's index across all groups stacked in
 * order) of each spike drawn. Past a bound the spikes are thinned uniformly and deterministically: spike {@code k}
 * of all {@code n} (groups concatenated in order) is drawn when {@code floor((k + 1) m / n) > floor(k m / n)}, which
 * keeps exactly {@code m} of them, evenly spread over the groups in proportion to their spikes.
 *
 * @param timesMs per group, the times of the dots drawn, ms
 * @param rows    per group, the rows of the dots drawn
 * @param drawn   dots drawn in all
 * @param total   spikes in the raster
 */
record RasterDots(List<double[]> timesMs, List<double[]> rows, long drawn, long total) {

    static RasterDots of(SpikeRaster raster, long maxDots) {
        if (maxDots < 1) {
            throw new IllegalArgumentException("at least one dot must be drawable, got " + maxDots);
        }
        long total = raster.spikeCount();
        long keep = Math.min(total, maxDots);
        List<double[]> times = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        long seen = 0;
        int rowOffset = 0;
        for (SpikeRaster.Group group : raster.groups()) {
            int n = group.spikeCount();
            int kept = (int) (quota(seen + n, keep, total) - quota(seen, keep, total));
            double[] groupTimes = new double[kept];
            double[] groupRows = new double[kept];
            int next = 0;
            for (int i = 0; i < n; i++, seen++) {
                if (quota(seen + 1, keep, total) > quota(seen, keep, total)) {
                    groupTimes[next] = group.timeMs(i);
                    groupRows[next] = rowOffset + group.neuron(i);
                    next++;
                }
            }
            times.add(groupTimes);
            rows.add(groupRows);
            rowOffset += group.size();
        }
        return new RasterDots(List.copyOf(times), List.copyOf(rows), keep, total);
    }

    /** How many of the first {@code k} spikes are drawn. */
    private static long quota(long k, long keep, long total) {
        // k <= total and keep <= the bound on dots: the product stays far inside a long for any raster in memory.
        return total == 0 ? 0 : k * keep / total;
    }

    /** Whether some spikes are not drawn. */
    boolean thinned() {
        return drawn < total;
    }
}
