package org.astrocyte.simulator.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.astrocyte.simulator.spec.SpikeTrainSpec;

/**
 * Sources that spike at given times. A spike at time t (ms) fires in step k = ceil(t/dt) - 1 (at least 0), the step
 * that ends at or after t; all spikes are merged into one list sorted by step, then source, and replayed in order.
 */
final class SpikeTrainSources {

    private final long[] steps;
    private final int[] sources;
    private int next;

    SpikeTrainSources(List<SpikeTrainSpec> trains, SourceLayout layout, double dtMs) {
        List<long[]> events = new ArrayList<>();
        for (SpikeTrainSpec train : trains) {
            int offset = layout.source(train.name()).offset();
            for (int i = 0; i < train.size(); i++) {
                for (double t : train.times(i)) {
                    long step = Math.max(0, (long) Math.ceil(t / dtMs - 1e-9) - 1);
                    events.add(new long[] {step, offset + i});
                }
            }
        }
        events.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        steps = new long[events.size()];
        sources = new int[events.size()];
        for (int i = 0; i < events.size(); i++) {
            steps[i] = events.get(i)[0];
            sources[i] = (int) events.get(i)[1];
        }
    }

    /** Adds the sources that spike in step {@code step} to {@code spikes}. */
    void emit(long step, SpikeBuffer spikes) {
        while (next < steps.length && steps[next] < step) {
            next++;
        }
        while (next < steps.length && steps[next] == step) {
            int source = sources[next++];
            spikes.add(source);
        }
    }
}
