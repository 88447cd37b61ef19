package org.astrocyte.simulator.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.ProjectionSpec;

/**
 * Expands projections into a {@link SynapseMatrix} in two passes over the same pairs: the first counts synapses
 * per source (and stops as soon as the total passes the limit), the second fills the rows. Each projection replays
 * its own random stream, seeded once per projection, so both passes see the same fixed-probability draws and a
 * projection's synapses do not depend on the projections after it.
 */
final class SynapseMatrixBuilder {

    private final SourceLayout layout;
    private final List<ProjectionSpec> projections;
    private final long[] projectionSeeds;
    private final int[] delaySteps;

    SynapseMatrixBuilder(SourceLayout layout, List<ProjectionSpec> projections, long[] projectionSeeds,
            int[] delaySteps) {
        this.layout = layout;
        this.projections = projections;
        this.projectionSeeds = projectionSeeds;
        this.delaySteps = delaySteps;
    }

    SynapseMatrix build(long maxSynapses) {
        int sources = layout.sourceCount();
        int[] rowStart = new int[sources + 1];
        long[] total = {0};
        for (int i = 0; i < projections.size(); i++) {
            int projection = i;
            SourceGroup from = layout.source(projections.get(i).source());
            expand(i, (s, t) -> {
                if (++total[0] > maxSynapses) {
                    throw new InvalidNetworkException("network has more than " + maxSynapses
                            + " synapses, above the limit of " + maxSynapses + " (passed while drawing projection["
                            + projection + "] (" + projections.get(projection).label() + "))");
                }
                rowStart[from.offset() + s + 1]++;
            });
        }
        for (int s = 0; s < sources; s++) {
            rowStart[s + 1] += rowStart[s];
        }
        int count = (int) total[0];
        int[] target = new int[count];
        double[] weight = new double[count];
        int[] delay = new int[count];
        int[] cursor = rowStart.clone();
        for (int i = 0; i < projections.size(); i++) {
            ProjectionSpec projection = projections.get(i);
            int fromOffset = layout.source(projection.source()).offset();
            int toOffset = layout.population(projection.target()).offset();
            int steps = delaySteps[i];
            expand(i, (s, t) -> {
                int k = cursor[fromOffset + s]++;
                target[k] = toOffset + t;
                weight[k] = projection.weightPa();
                delay[k] = steps;
            });
        }
        return new SynapseMatrix(rowStart, target, weight, delay);
    }

    private void expand(int index, ConnectivityExpander.PairSink sink) {
        ProjectionSpec projection = projections.get(index);
        SourceGroup from = layout.source(projection.source());
        SourceGroup to = layout.population(projection.target());
        ConnectivityExpander.expand(projection.connectivity(), from.size(), to.size(),
                from.name().equals(to.name()), new SplittableRandom(projectionSeeds[index]), sink);
    }
}
