package org.astrocyte.simulator.engine;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.ValueSpec;

/**
 * Expands projections into a {@link SynapseTable} in two passes over the same pairs: the first counts synapses per
 * source (and stops as soon as the total passes the limit), the second fills the rows and draws weights and delays.
 * Each projection replays its own connectivity stream, so both passes see the same draws and a projection's
 * synapses do not depend on the projections after it; weights and delays come from a second stream of the
 * projection, weight then delay per synapse in enumeration order. Random delays are rounded to the nearest step and
 * raised to one step where shorter.
 */
final class SynapseTableBuilder {

    private final SourceLayout layout;
    private final List<ProjectionSpec> projections;
    private final long[] connectivitySeeds;
    private final long[] valueSeeds;
    private final double dtMs;
    private long drawn;

    SynapseTableBuilder(SourceLayout layout, List<ProjectionSpec> projections, SplittableRandom random,
            double dtMs) {
        this.layout = layout;
        this.projections = projections;
        this.connectivitySeeds = new long[projections.size()];
        this.valueSeeds = new long[projections.size()];
        for (int i = 0; i < projections.size(); i++) {
            connectivitySeeds[i] = random.nextLong();
            valueSeeds[i] = random.nextLong();
        }
        this.dtMs = dtMs;
    }

    /**
     * The synapses of the projections whose index passes {@code include}, in one table; all tables built by this
     * builder together may hold at most {@code maxSynapses}.
     */
    SynapseTable build(long maxSynapses, IntPredicate include) {
        int[] rowStart = new int[layout.sourceCount() + 1];
        long[] total = {drawn};
        for (int i = 0; i < projections.size(); i++) {
            if (!include.test(i)) {
                continue;
            }
            int projection = i;
            int fromOffset = layout.source(projections.get(i).source()).offset();
            expand(i, (s, t) -> {
                if (++total[0] > maxSynapses) {
                    throw new InvalidNetworkException("network has more than " + maxSynapses
                            + " synapses, above the limit of " + maxSynapses + " (passed while drawing projection["
                            + projection + "] (" + projections.get(projection).label() + "))");
                }
                rowStart[fromOffset + s + 1]++;
            });
        }
        for (int s = 0; s < layout.sourceCount(); s++) {
            rowStart[s + 1] += rowStart[s];
        }
        int count = (int) (total[0] - drawn);
        drawn = total[0];
        int[] target = new int[count];
        double[] weight = new double[count];
        int[] delay = new int[count];
        int[] cursor = rowStart.clone();
        for (int i = 0; i < projections.size(); i++) {
            if (include.test(i)) {
                fill(i, cursor, target, weight, delay);
            }
        }
        return new SynapseTable(rowStart, target, weight, delay);
    }

    private void fill(int index, int[] cursor, int[] target, double[] weight, int[] delay) {
        ProjectionSpec projection = projections.get(index);
        int fromOffset = layout.source(projection.source()).offset();
        int toOffset = layout.population(projection.target()).offset();
        SplittableRandom values = new SplittableRandom(valueSeeds[index]);
        ValueSpec weights = projection.weight();
        ValueSpec delays = projection.delayMs();
        Connectivity.Dense dense = projection.connectivity() instanceof Connectivity.Dense d ? d : null;
        String owner = "projection[" + index + "] (" + projection.label() + ")";
        int[] k = {0};
        expand(index, (s, t) -> {
            int slot = cursor[fromOffset + s]++;
            int n = k[0]++;
            target[slot] = toOffset + t;
            double w = valueAt(weights, n, values, owner + ": weight");
            weight[slot] = dense == null ? w : w * dense.weight(s, t);
            double d = valueAt(delays, n, values, owner + ": delay");
            delay[slot] = (int) Math.max(1, Math.min(Integer.MAX_VALUE - 2, Math.rint(d / dtMs)));
        });
        checkArraySize(weights, k[0], owner + ": weight");
        checkArraySize(delays, k[0], owner + ": delay");
    }

    private static double valueAt(ValueSpec spec, int n, SplittableRandom random, String owner) {
        if (spec instanceof ValueSpec.Values array && n >= array.size()) {
            throw new InvalidNetworkException(owner + " gives " + array.size()
                    + " values, fewer than the synapses of the projection");
        }
        return spec.valueAt(n, random);
    }

    private static void checkArraySize(ValueSpec spec, int synapses, String owner) {
        if (spec instanceof ValueSpec.Values array && array.size() != synapses) {
            throw new InvalidNetworkException(owner + " gives " + array.size() + " values for " + synapses
                    + " synapses");
        }
    }

    private void expand(int index, ConnectivityExpander.PairSink sink) {
        ProjectionSpec projection = projections.get(index);
        SourceGroup from = layout.source(projection.source());
        SourceGroup to = layout.population(projection.target());
        ConnectivityExpander.expand(projection.connectivity(), from.size(), to.size(),
                from.name().equals(to.name()), new SplittableRandom(connectivitySeeds[index]), sink);
    }
}
