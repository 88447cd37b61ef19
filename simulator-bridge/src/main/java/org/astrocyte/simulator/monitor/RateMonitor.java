package org.astrocyte.simulator.monitor;

import java.util.Arrays;
import org.astrocyte.simulator.engine.Engine;
import org.astrocyte.simulator.engine.SourceGroup;
import org.astrocyte.simulator.engine.SpikeBuffer;

/**
 * The population rate of one group in bins of {@code binSteps} steps: spikes in the bin divided by the group size
 * and the bin length, in spikes per neuron per second (Hz). Only completed bins are reported.
 */
public final class RateMonitor implements StepListener {

    private final SourceGroup group;
    private final long binSteps;
    private final double binMs;
    private long[] counts = new long[64];
    private int bins;
    private long current;
    private long stepsInBin;

    public RateMonitor(SourceGroup group, long binSteps, double dtMs) {
        this.group = group;
        this.binSteps = binSteps;
        this.binMs = binSteps * dtMs;
    }

    @Override
    public void afterStep(Engine engine) {
        SpikeBuffer spikes = engine.lastSpikes();
        int from = group.offset();
        int to = from + group.size();
        for (int i = 0, n = spikes.size(); i < n; i++) {
            int source = spikes.get(i);
            if (source >= from && source < to) {
                current++;
            }
        }
        if (++stepsInBin == binSteps) {
            if (bins == counts.length) {
                counts = Arrays.copyOf(counts, bins * 2);
            }
            counts[bins++] = current;
            current = 0;
            stepsInBin = 0;
        }
    }

    public String population() {
        return group.name();
    }

    /** Bin length (ms). */
    public double binMs() {
        return binMs;
    }

    /** Rate in each completed bin (Hz); a fresh array. */
    public double[] ratesHz() {
        double[] rates = new double[bins];
        for (int b = 0; b < bins; b++) {
            rates[b] = counts[b] / (group.size() * binMs / 1000.0);
        }
        return rates;
    }

    /** Forgets the completed bins (the bin under way keeps counting). */
    public void clearCompleted() {
        bins = 0;
    }
}
