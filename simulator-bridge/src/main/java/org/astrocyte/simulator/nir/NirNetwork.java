package org.astrocyte.simulator.nir;

import java.util.List;
import java.util.Objects;
import org.astrocyte.simulator.spec.NetworkSpec;

/**
 * A NIR graph imported as a network (see {@link NirImport}): the spec, and which of its groups were the graph's
 * entry and exit points.
 *
 * @param spec the network; every NIR Input node is a spike-train input without spikes yet
 * @param inputs the names of the spike-train inputs made from the graph's Input nodes, in node order
 * @param outputs the names of the populations that feed the graph's Output nodes, in edge order
 */
public record NirNetwork(NetworkSpec spec, List<String> inputs, List<String> outputs) {

    /** Checks that every part is given and copies the lists. */
    public NirNetwork {
        Objects.requireNonNull(spec, "spec");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /**
     * This network with spike times (ms) for the sources of {@code input}, one array per source; see
     * {@link NirImport#withInputSpikes} for how a time maps to the step whose current it drives.
     */
    public NirNetwork withInputSpikes(String input, List<double[]> timesMs) {
        return new NirNetwork(NirImport.withInputSpikes(spec, input, timesMs), inputs, outputs);
    }
}
