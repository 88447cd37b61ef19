package org.astrocyte.simulator.nir;

import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.Plasticity;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.StepCount;
import org.astrocyte.simulator.spec.ValueSpec;

/**
 * The dense NIR weight matrix, shape (out, in) in NIR current units (weights in pA / 1000), of a projection whose
 * synapses do not depend on the seed: {@link Connectivity.Dense}, {@link Connectivity.AllToAll},
 * {@link Connectivity.OneToOne} or {@link Connectivity.Explicit}, with a constant weight or one weight per synapse
 * in enumeration order (by source, then target; list order for explicit pairs), static, and with a delay of exactly
 * one step. Repeated pairs add up. Anything else is an {@link InvalidNetworkException} naming the projection.
 */
final class NirProjectionMatrix {

    private final ProjectionSpec projection;
    private final String owner;
    private final double[][] matrix;
    private int synapse;

    private NirProjectionMatrix(ProjectionSpec projection, int targets, int sources) {
        this.projection = projection;
        this.owner = "projection " + projection.label();
        this.matrix = new double[targets][sources];
    }

    /** The (out = targets, in = sources) matrix of {@code projection}. */
    static double[][] of(ProjectionSpec projection, int sources, int targets, double dtMs) {
        NirProjectionMatrix m = new NirProjectionMatrix(projection, targets, sources);
        m.requireExportable(dtMs);
        m.fill(sources, targets);
        if (projection.weight() instanceof ValueSpec.Values values && values.size() != m.synapse) {
            throw new InvalidNetworkException(m.owner + ": " + values.size() + " weights for " + m.synapse
                    + " synapses");
        }
        return m.matrix;
    }

    private void requireExportable(double dtMs) {
        if (!(projection.plasticity() instanceof Plasticity.None)) {
            throw new InvalidNetworkException(owner + ": plastic synapses cannot be exported to NIR");
        }
        if (!(projection.delayMs() instanceof ValueSpec.Constant delay)
                || StepCount.wholeSteps(delay.value(), dtMs) != 1) {
            throw new InvalidNetworkException(owner + ": delay " + projection.delayMs().describe() + " ms cannot be"
                    + " exported; NIR graphs have no synaptic delay, and the import gives every projection one step ("
                    + dtMs + " ms)");
        }
        ValueSpec weight = projection.weight();
        if (!(weight instanceof ValueSpec.Constant) && !(weight instanceof ValueSpec.Values)) {
            throw new InvalidNetworkException(owner + ": random weights " + weight.describe() + " cannot be exported;"
                    + " give a constant or one weight per synapse");
        }
    }

    private void fill(int sources, int targets) {
        Connectivity c = projection.connectivity();
        boolean recurrent = projection.source().equals(projection.target());
        if (c instanceof Connectivity.Dense dense) {
            for (int s = 0; s < sources; s++) {
                for (int t = 0; t < targets; t++) {
                    if (dense.weight(s, t) != 0.0) {
                        add(s, t, dense.weight(s, t));
                    }
                }
            }
        } else if (c instanceof Connectivity.AllToAll all) {
            for (int s = 0; s < sources; s++) {
                for (int t = 0; t < targets; t++) {
                    if (all.autapses() || !recurrent || s != t) {
                        add(s, t, 1.0);
                    }
                }
            }
        } else if (c instanceof Connectivity.OneToOne) {
            for (int i = 0; i < sources; i++) {
                add(i, i, 1.0);
            }
        } else if (c instanceof Connectivity.Explicit explicit) {
            for (Connectivity.Connection pair : explicit.connections()) {
                add(pair.source(), pair.target(), 1.0);
            }
        } else {
            throw new InvalidNetworkException(owner + ": random connectivity " + c + " cannot be exported; use dense,"
                    + " all-to-all, one-to-one or explicit connectivity");
        }
    }

    private void add(int source, int target, double factor) {
        ValueSpec weight = projection.weight();
        int n = synapse++;
        if (weight instanceof ValueSpec.Values values && n >= values.size()) {
            throw new InvalidNetworkException(owner + ": fewer weights (" + values.size() + ") than synapses");
        }
        double pa = weight.valueAt(n, null) * factor;
        matrix[target][source] += pa / NirNeuronImport.PA_PER_NIR;
    }
}
