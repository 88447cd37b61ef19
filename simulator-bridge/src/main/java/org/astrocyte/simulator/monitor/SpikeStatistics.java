package org.astrocyte.simulator.monitor;

/**
 * Summary statistics of the spikes of one population over an observation window, the figures used to call
 * network activity asynchronous and irregular (Brunel 2000; Brette et al. 2007): the mean rate, the mean
 * coefficient of variation of inter-spike intervals (about 1 for Poisson-like firing, 0 for a clock) and the mean
 * Fano factor of spike counts in windows (about 1 for Poisson-like firing).
 *
 * @param neurons number of neurons in the population
 * @param spikes number of spikes in the window
 * @param meanRateHz spikes per neuron per second
 * @param meanCvIsi mean over neurons with at least 3 spikes of std/mean of their inter-spike intervals; NaN if none
 * @param meanFano mean over neurons that spiked of the variance/mean of their counts in consecutive windows; NaN if
 *        none
 */
public record SpikeStatistics(int neurons, long spikes, double meanRateHz, double meanCvIsi, double meanFano) {

    /**
     * Statistics of the spikes ({@code timesMs[i]} of neuron {@code neuronOf[i]}, in time order) that fall in
     * [{@code fromMs}, {@code toMs}), with Fano factors over counting windows of {@code windowMs}.
     */
    public static SpikeStatistics of(int neurons, double[] timesMs, int[] neuronOf, double fromMs, double toMs,
            double windowMs) {
        int windows = (int) Math.floor((toMs - fromMs) / windowMs);
        long[][] counts = new long[neurons][Math.max(1, windows)];
        double[] last = new double[neurons];
        double[] sumIsi = new double[neurons];
        double[] sumIsiSquared = new double[neurons];
        int[] spikesOf = new int[neurons];
        java.util.Arrays.fill(last, Double.NaN);
        long total = 0;
        for (int i = 0; i < timesMs.length; i++) {
            double t = timesMs[i];
            if (t < fromMs || t >= toMs) {
                continue;
            }
            int n = neuronOf[i];
            total++;
            spikesOf[n]++;
            if (!Double.isNaN(last[n])) {
                double isi = t - last[n];
                sumIsi[n] += isi;
                sumIsiSquared[n] += isi * isi;
            }
            last[n] = t;
            int w = (int) ((t - fromMs) / windowMs);
            if (w < windows) {
                counts[n][w]++;
            }
        }
        double cvSum = 0;
        int cvNeurons = 0;
        double fanoSum = 0;
        int fanoNeurons = 0;
        for (int n = 0; n < neurons; n++) {
            int intervals = spikesOf[n] - 1;
            if (intervals >= 2) {
                double mean = sumIsi[n] / intervals;
                double variance = sumIsiSquared[n] / intervals - mean * mean;
                cvSum += Math.sqrt(Math.max(0, variance)) / mean;
                cvNeurons++;
            }
            if (windows >= 2 && spikesOf[n] > 0) {
                double mean = 0;
                for (long c : counts[n]) {
                    mean += c;
                }
                mean /= windows;
                if (mean > 0) {
                    double variance = 0;
                    for (long c : counts[n]) {
                        variance += (c - mean) * (c - mean);
                    }
                    fanoSum += variance / windows / mean;
                    fanoNeurons++;
                }
            }
        }
        double seconds = (toMs - fromMs) / 1000.0;
        return new SpikeStatistics(neurons, total, total / (neurons * seconds),
                cvNeurons == 0 ? Double.NaN : cvSum / cvNeurons, fanoNeurons == 0 ? Double.NaN : fanoSum / fanoNeurons);
    }

    /** The statistics of everything {@code monitor} recorded in [{@code fromMs}, {@code toMs}). */
    public static SpikeStatistics of(SpikeMonitor monitor, double fromMs, double toMs, double windowMs) {
        return of(monitor.groupSize(), monitor.timesMs(), monitor.neurons(), fromMs, toMs, windowMs);
    }
}
