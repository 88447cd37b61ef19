package org.astrocyte.simulator.nir;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.CurrentLif;
import org.astrocyte.simulator.spec.IntegrateAndFire;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.LeakyIntegrator;
import org.astrocyte.simulator.spec.NeuronModel;

/**
 * One NIR neuron node as a population: its model in working units, its size, and the per-neuron input weights
 * ({@code w_in}, 1 where the type has none) that {@link NirImport} folds into the weights of incoming projections.
 * The unit mapping is the one {@link NirImport} documents. Every parameter but {@code w_in} must be equal across
 * the node's neurons, since a population has one set of parameters.
 *
 * @param model the neuron model
 * @param size the number of neurons: the largest element count of the node's parameter arrays
 * @param inputWeights per neuron, the factor on its input current (dimensionless)
 */
record NirNeuronImport(NeuronModel model, int size, double[] inputWeights) {

    /** Milliseconds per NIR second. */
    static final double MS_PER_S = 1000.0;
    /** Picoamperes per NIR current unit (1 nA). */
    static final double PA_PER_NIR = 1000.0;
    /** Picofarads per (NIR second / NIR resistance): C = τ/R with τ in s and R in MΩ is in µF. */
    static final double PF_PER_S_PER_MOHM = 1e6;

    /** True for the node types this class maps. */
    static boolean isNeuron(NirNode node) {
        return node instanceof NirNode.LIF || node instanceof NirNode.CubaLIF || node instanceof NirNode.IF
                || node instanceof NirNode.LI || node instanceof NirNode.CubaLI;
    }

    /**
     * The population for neuron node {@code name}; IF and LI, which have no synaptic current, get synaptic time
     * constants of one step {@code dtMs}.
     *
     * @throws InvalidNetworkException naming the node if a parameter differs between neurons or is out of range
     */
    static NirNeuronImport of(String name, NirNode node, double dtMs) {
        Parameters p = new Parameters(name, node);
        if (node instanceof NirNode.LIF n) {
            p.read("tau", n.tau()).read("r", n.r()).read("v_leak", n.vLeak()).read("v_threshold", n.vThreshold())
                    .read("v_reset", n.vResetOrDefault());
            return p.population(new CurrentLif(p.ms("tau"), p.resistance(), p.get("v_leak"), p.get("v_reset"),
                    p.get("v_threshold"), 0), null);
        } else if (node instanceof NirNode.CubaLIF n) {
            p.read("tau_syn", n.tauSyn()).read("tau_mem", n.tauMem()).read("r", n.r()).read("v_leak", n.vLeak())
                    .read("v_threshold", n.vThreshold()).read("v_reset", n.vResetOrDefault());
            return p.population(new CubaLif(p.capacitance("tau_mem"), p.ms("tau_mem"), p.get("v_leak"),
                    p.get("v_reset"), p.get("v_threshold"), 0, p.ms("tau_syn"), p.ms("tau_syn")), n.wInOrDefault());
        } else if (node instanceof NirNode.CubaLI n) {
            p.read("tau_syn", n.tauSyn()).read("tau_mem", n.tauMem()).read("r", n.r()).read("v_leak", n.vLeak());
            return p.population(new LeakyIntegrator(p.capacitance("tau_mem"), p.ms("tau_mem"), p.get("v_leak"),
                    p.ms("tau_syn"), p.ms("tau_syn")), n.wInOrDefault());
        } else if (node instanceof NirNode.LI n) {
            p.read("tau", n.tau()).read("r", n.r()).read("v_leak", n.vLeak());
            return p.population(new LeakyIntegrator(p.capacitance("tau"), p.ms("tau"), p.get("v_leak"), dtMs, dtMs),
                    null);
        } else if (node instanceof NirNode.IF n) {
            p.read("r", n.r()).read("v_threshold", n.vThreshold()).read("v_reset", n.vResetOrDefault());
            return p.population(new IntegrateAndFire(PF_PER_S_PER_MOHM / p.resistance(), p.get("v_reset"),
                    p.get("v_threshold"), 0, dtMs, dtMs), null);
        }
        throw new IllegalArgumentException("not a neuron node: " + node.type());
    }

    /** The uniform parameters of one node, read field by field, with the node's size. */
    private static final class Parameters {

        private final String owner;
        private final Map<String, Double> values = new LinkedHashMap<>();
        private int size = 1;

        Parameters(String name, NirNode node) {
            this.owner = "NIR node '" + name + "' (" + node.type() + ")";
        }

        Parameters read(String field, NirArray array) {
            int count = array.size();
            if (count == 0 || (count != 1 && size != 1 && count != size)) {
                throw new InvalidNetworkException(owner + ": " + field + " has " + count + " values where the other"
                        + " parameters have " + size);
            }
            size = Math.max(size, count);
            double first = array.doubleAt(0);
            for (int i = 1; i < count; i++) {
                if (Double.compare(array.doubleAt(i), first) != 0) {
                    throw new InvalidNetworkException(owner + ": " + field + " differs between neurons (" + first
                            + " for neuron 0, " + array.doubleAt(i) + " for neuron " + i + "); a population has one"
                            + " set of parameters, so heterogeneous neurons are not supported: split the node");
                }
            }
            values.put(field, first);
            return this;
        }

        double get(String field) {
            return values.get(field);
        }

        double ms(String field) {
            return get(field) * MS_PER_S;
        }

        /** r as a resistance in MΩ, which must be positive. */
        double resistance() {
            double r = get("r");
            if (!(r > 0) || Double.isInfinite(r)) {
                throw new InvalidNetworkException(owner + ": r must be positive and finite, got " + r);
            }
            return r;
        }

        /** C = τ/R in pF for the time constant {@code tauField}. */
        double capacitance(String tauField) {
            return PF_PER_S_PER_MOHM * get(tauField) / resistance();
        }

        NirNeuronImport population(NeuronModel model, NirArray inputWeights) {
            try {
                model.requireValid(owner);
            } catch (InvalidNetworkException e) {
                throw new InvalidNetworkException(e.getMessage() + " (after conversion to working units)");
            }
            double[] weights = new double[size];
            Arrays.fill(weights, 1.0);
            if (inputWeights != null) {
                if (inputWeights.size() != 1 && inputWeights.size() != size) {
                    throw new InvalidNetworkException(owner + ": w_in has " + inputWeights.size() + " values for "
                            + size + " neurons");
                }
                for (int i = 0; i < size; i++) {
                    weights[i] = inputWeights.doubleAt(inputWeights.size() == 1 ? 0 : i);
                }
            }
            return new NirNeuronImport(model, size, weights);
        }
    }
}
