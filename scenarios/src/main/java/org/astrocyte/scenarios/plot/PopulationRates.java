package org.astrocyte.scenarios.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * The population rate of each group of a raster, binned in time: spikes in the bin divided by the group's size and
 * by the bin's width. Every spike counts, however many the raster draws.
 *
 * @param binWidthMs width of every bin but possibly the last, which ends at the raster's duration, ms
 * @param edgesMs    bin edges, ms: bin {@code k} spans [edgesMs[k], edgesMs[k + 1]); one more edge than bins
 * @param ratesHz    per group, in the raster's order, the rate of each bin, Hz (spikes per neuron per second)
 */
record PopulationRates(double binWidthMs, double[] edgesMs, List<double[]> ratesHz) {

    /** About this many bins span the run, unless that would make them narrower than {@link #MIN_BIN_MS}. */
    static final int TARGET_BINS = 200;

    /** The narrowest bin, ms. */
    static final double MIN_BIN_MS = 1.0;

    static PopulationRates of(SpikeRaster raster) {
        double duration = raster.durationMs();
        double width = Math.max(MIN_BIN_MS, duration / TARGET_BINS);
        // A tolerance, so that a duration of exactly n widths gives n bins and not a sliver more.
        int bins = Math.max(1, (int) Math.ceil(duration / width - 1e-9));
        double[] edges = new double[bins + 1];
        for (int k = 0; k < bins; k++) {
            edges[k] = k * width;
        }
        edges[bins] = duration;
        List<double[]> rates = new ArrayList<>();
        for (SpikeRaster.Group group : raster.groups()) {
            rates.add(rates(group, edges, width));
        }
        return new PopulationRates(width, edges, List.copyOf(rates));
    }

    private static double[] rates(SpikeRaster.Group group, double[] edges, double width) {
        int bins = edges.length - 1;
        double[] counts = new double[bins];
        for (int i = 0; i < group.spikeCount(); i++) {
            counts[Math.min(bins - 1, (int) (group.timeMs(i) / width))]++;
        }
        for (int k = 0; k < bins; k++) {
            double seconds = (edges[k + 1] - edges[k]) / 1000.0;
            counts[k] /= group.size() * seconds;
        }
        return counts;
    }

    /** The highest rate of any group in any bin, Hz; 0 without spikes. */
    double maxHz() {
        double max = 0;
        for (double[] group : ratesHz) {
            for (double rate : group) {
                max = Math.max(max, rate);
            }
        }
        return max;
    }
}
