package org.astrocyte.simulator.engine;

import java.util.List;
import java.util.Map;
import org.astrocyte.simulator.spec.AdEx;
import org.astrocyte.simulator.spec.CobaLif;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.CurrentLif;
import org.astrocyte.simulator.spec.IntegrateAndFire;
import org.astrocyte.simulator.spec.Izhikevich;
import org.astrocyte.simulator.spec.LeakyIntegrator;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.NeuronModel;
import org.astrocyte.simulator.spec.PopulationSpec;

/**
 * What every engine is built from: the spec, its layout, the drawn synapses and initial values, and the seed of
 * the Poisson stream. Engines share it read-only, so that the optimised and the reference engine start from the
 * very same network.
 *
 * @param spec the network description
 * @param layout names and global index ranges
 * @param synapses the synapses of the static projections, drawn
 * @param plastic the synapses of each plastic projection, drawn, in projection order
 * @param initial per population (spec order), the drawn initial value arrays by state variable name
 * @param poissonSeed the seed of the Poisson sources' random stream
 */
record CompiledNetwork(NetworkSpec spec, SourceLayout layout, SynapseTable synapses, List<PlasticTable> plastic,
        List<Map<String, double[]>> initial, long poissonSeed) {

    double dtMs() {
        return spec.dtMs();
    }

    /** The longest delay of any synapse (steps, at least 1). */
    int maxDelaySteps() {
        int max = synapses.maxDelaySteps();
        for (PlasticTable table : plastic) {
            max = Math.max(max, table.synapses().maxDelaySteps());
        }
        return max;
    }

    /** Synapses of all projections. */
    long synapseCount() {
        long count = synapses.size();
        for (PlasticTable table : plastic) {
            count += table.synapses().size();
        }
        return count;
    }

    /**
     * A hash of everything that makes this network what it is: dt, the layout, the models, the drawn synapses and
     * initial values, and the Poisson seed. A checkpoint carries it, so that state is never loaded into a different
     * network. Stable across runs (no identity hashes), and computed in one pass over the synapses.
     */
    long fingerprint() {
        long h = Double.hashCode(dtMs());
        for (SourceGroup group : layout.groups()) {
            h = 31 * h + group.name().hashCode();
            h = 31 * h + group.size();
        }
        for (PopulationSpec p : spec.populations()) {
            h = 31 * h + p.model().toString().hashCode();
        }
        h = 31 * h + hash(synapses);
        for (PlasticTable table : plastic) {
            h = 31 * h + table.index();
            h = 31 * h + table.projection().plasticity().toString().hashCode();
            h = 31 * h + hash(table.synapses());
        }
        for (Map<String, double[]> values : initial) {
            for (Map.Entry<String, double[]> entry : values.entrySet()) {
                h = 31 * h + entry.getKey().hashCode();
                h = 31 * h + java.util.Arrays.hashCode(entry.getValue());
            }
        }
        return 31 * h + Long.hashCode(poissonSeed);
    }

    private static long hash(SynapseTable table) {
        long h = java.util.Arrays.hashCode(table.rowStart());
        h = 31 * h + java.util.Arrays.hashCode(table.target());
        h = 31 * h + java.util.Arrays.hashCode(table.weight());
        return 31 * h + java.util.Arrays.hashCode(table.delaySteps());
    }

    /** One kernel per population, at rest. */
    PopulationKernel[] kernels() {
        List<PopulationSpec> populations = spec.populations();
        PopulationKernel[] kernels = new PopulationKernel[populations.size()];
        for (int i = 0; i < kernels.length; i++) {
            PopulationSpec p = populations.get(i);
            kernels[i] = kernel(layout.population(p.name()).offset(), p.size(), p.model(), dtMs());
        }
        return kernels;
    }

    private static PopulationKernel kernel(int offset, int size, NeuronModel model, double dtMs) {
        if (model instanceof CubaLif m) {
            return LinearKernel.of(offset, size, m, dtMs);
        } else if (model instanceof IntegrateAndFire m) {
            return LinearKernel.of(offset, size, m, dtMs);
        } else if (model instanceof LeakyIntegrator m) {
            return LinearKernel.of(offset, size, m, dtMs);
        } else if (model instanceof CobaLif m) {
            return new CobaLifKernel(offset, size, m, dtMs);
        } else if (model instanceof AdEx m) {
            return new AdExKernel(offset, size, m, dtMs);
        } else if (model instanceof Izhikevich m) {
            return new IzhikevichKernel(offset, size, m, dtMs);
        } else if (model instanceof CurrentLif m) {
            return new CurrentLifKernel(offset, size, m, dtMs);
        }
        throw new IllegalStateException("no kernel for " + model);
    }

    /** Writes the drawn initial values into {@code kernels}. */
    void initialise(PopulationKernel[] kernels) {
        for (int p = 0; p < kernels.length; p++) {
            PopulationKernel kernel = kernels[p];
            initial.get(p).forEach((variable, values) -> System.arraycopy(values, 0, kernel.variable(variable), 0,
                    values.length));
        }
    }

    /** A fresh Poisson source group at the spec's rates, on its own copy of the stream. */
    PoissonSources poisson() {
        PoissonSources sources = new PoissonSources(layout.poissonCount(), dtMs(), poissonSeed);
        int index = 0;
        for (var input : spec.poissonInputs()) {
            for (int i = 0; i < input.size(); i++) {
                sources.setRate(index++, input.rateHz());
            }
        }
        return sources;
    }

    SpikeTrainSources trains() {
        return new SpikeTrainSources(spec.spikeTrains(), layout, dtMs());
    }

    CurrentSchedule currents() {
        return new CurrentSchedule(spec);
    }
}
