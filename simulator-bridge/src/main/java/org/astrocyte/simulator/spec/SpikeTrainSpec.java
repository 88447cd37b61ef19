package org.astrocyte.simulator.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A group of sources that spike at given times: source i spikes at each time of {@code timesMs.get(i)}. A time is
 * rounded to the step that contains it (a spike at t fires in the step ending at or after t).
 *
 * @param name unique within the network (shared with populations and other inputs)
 * @param timesMs per source, its spike times in ms, not negative; copied in
 */
public record SpikeTrainSpec(String name, List<double[]> timesMs) {

    public SpikeTrainSpec {
        Names.requireName("spike train input", name);
        String owner = "spike train input '" + name + "'";
        if (timesMs == null || timesMs.isEmpty()) {
            throw new InvalidNetworkException(owner + ": needs at least one source");
        }
        List<double[]> copy = new ArrayList<>(timesMs.size());
        for (int i = 0; i < timesMs.size(); i++) {
            double[] times = timesMs.get(i);
            if (times == null) {
                throw new InvalidNetworkException(owner + ": times of source " + i + " are missing");
            }
            for (double t : times) {
                if (!Double.isFinite(t) || t < 0) {
                    throw new InvalidNetworkException(owner + ": source " + i
                            + " has a spike time that is not a finite, non-negative time in ms: " + t);
                }
            }
            double[] sorted = times.clone();
            Arrays.sort(sorted);
            copy.add(sorted);
        }
        timesMs = List.copyOf(copy);
    }

    /** Number of sources. */
    public int size() {
        return timesMs.size();
    }

    /** Spike times of source {@code i} (ms), sorted; a fresh copy. */
    public double[] times(int i) {
        return timesMs.get(i).clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SpikeTrainSpec other) || !name.equals(other.name) || size() != other.size()) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (!Arrays.equals(timesMs.get(i), other.timesMs.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = name.hashCode();
        for (double[] times : timesMs) {
            h = 31 * h + Arrays.hashCode(times);
        }
        return h;
    }
}
