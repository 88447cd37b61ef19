package org.astrocyte.simulator.nir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CurrentInputSpec;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.SpikeTrainSpec;

/**
 * Turns a {@link NirGraph} into a {@link NetworkSpec} with a fixed time step.
 *
 * <p>Units: NIR time constants are in seconds and become ms; NIR potentials are unitless and 1 unit is taken as
 * 1 mV; a NIR current (a weight times a spike, a bias) of 1 is 1 nA = 1000 pA, and a NIR resistance r of 1 is
 * 1 MΩ, so that r·I stays in mV. Hence membrane capacitances C = τ/r become 10^6·τ[s]/r pF.
 *
 * <p>Nodes:
 * <ul>
 *   <li>Input: a spike-train input of its size, without spikes; set them with {@link #withInputSpikes}.</li>
 *   <li>LIF: {@code lif} ({@link org.astrocyte.simulator.spec.CurrentLif}): the input current is held over the step,
 *   as NIR prescribes.</li>
 *   <li>CubaLIF: {@code cuba_lif} with C = τ_mem/r and τ_exc = τ_inh = τ_syn; CubaLI: {@code li} likewise. A spike
 *   through weight w makes the synaptic current jump by w_in·w, as Norse, snnTorch and Lava do in discrete time (not
 *   by w_in·w/τ_syn, as a Dirac reading of NIR's equation would give); w_in, which may differ per neuron, is folded
 *   into the weights of the incoming projections.</li>
 *   <li>LI and IF, which have no synaptic current in NIR: {@code li} and {@code if} with synaptic time constants of
 *   one step dt, so that a spike delivers the charge w·dt of NIR's one-step current over the next few steps (the
 *   final potential of IF is exact; the time course is spread by about dt). IF's {@code dv/dt = r·I} has t in
 *   seconds, so C = 10^6/r pF.</li>
 *   <li>Affine and Linear between a source (Input or neuron node) and neuron nodes: one projection per (source,
 *   target) with {@link Connectivity.Dense} weights in pA (the NIR matrix, shape (out, in), transposed, times 1000)
 *   and a delay of one step, the minimum: each layer adds dt, as on Loihi. An edge from a source straight into a
 *   neuron node is an identity matrix. An Affine bias becomes a constant current into the target population, so
 *   it must be equal across the population's neurons (times w_in); for a CubaLIF target it enters the membrane
 *   directly, which skips the synaptic filter's initial transient of about 5·τ_syn.</li>
 *   <li>Output: nothing; the populations that feed it are the {@link NirNetwork#outputs()}.</li>
 * </ul>
 * NIR lists no refractory period, so every imported model has none. NIR neurons spike when v exceeds the threshold;
 * the models here spike when v reaches it. Neurons start at rest (v_leak; v_reset for IF), as in Norse. Float32
 * parameters are widened exactly (0.0025f s is 2.4999999441206455 ms). Populations and inputs come in node order,
 * projections in the order their weight nodes first appear in the edges (NIR files list nodes by name).
 *
 * <p>Rejected, with an {@link InvalidNetworkException} naming the node and its type: parameters that differ between
 * a node's neurons (except w_in), since a population has one parameter set; nested graphs, which are not flattened
 * because NIR gives no settled rule for naming edges into a subgraph's nodes; every other node type (Scale,
 * Threshold, Delay, I, Conv2d, ...); and edges other than those listed above.
 */
public final class NirImport {

    /** The node types an import maps. */
    public static final List<String> SUPPORTED_TYPES = List.of("Input", "Output", "Affine", "Linear", "LIF",
            "CubaLIF", "IF", "LI", "CubaLI");

    private final NirGraph graph;
    private final double dtMs;
    private final NetworkSpec.Builder builder;
    private final Map<String, Integer> sourceSizes = new LinkedHashMap<>();
    private final Map<String, NirNeuronImport> neurons = new LinkedHashMap<>();
    private final Map<String, List<String>> weightInputs = new LinkedHashMap<>();
    private final Map<String, List<String>> weightTargets = new LinkedHashMap<>();
    private final List<String> inputs = new ArrayList<>();
    private final LinkedHashSet<String> outputs = new LinkedHashSet<>();

    private NirImport(NirGraph graph, String name, double dtMs) {
        this.graph = graph;
        this.dtMs = dtMs;
        this.builder = NetworkSpec.builder(name).dtMs(dtMs);
    }

    /**
     * The network of {@code graph}, called {@code name}, simulated with steps of {@code dtMs} ms.
     *
     * @throws InvalidNetworkException naming the node or edge that cannot be mapped
     */
    public static NirNetwork toNetwork(NirGraph graph, String name, double dtMs) {
        Objects.requireNonNull(graph, "graph");
        return new NirImport(graph, name, dtMs).run();
    }

    /**
     * {@code spec} with spike times (ms) for the sources of spike-train input {@code input}, one array per source.
     * A spike at t fires in step ceil(t/dt) - 1 and, through the one-step delay of an imported projection, drives
     * the current of step ceil(t/dt) + 1 of the population behind it; so to drive NIR step i (i ≥ 2), give the time
     * (i - 1)·dt.
     *
     * @throws InvalidNetworkException if there is no such input or the number of sources differs
     */
    public static NetworkSpec withInputSpikes(NetworkSpec spec, String input, List<double[]> timesMs) {
        List<SpikeTrainSpec> trains = new ArrayList<>(spec.spikeTrains());
        int index = 0;
        while (index < trains.size() && !trains.get(index).name().equals(input)) {
            index++;
        }
        if (index == trains.size()) {
            throw new InvalidNetworkException("no spike-train input '" + input + "'; inputs: "
                    + trains.stream().map(SpikeTrainSpec::name).toList());
        }
        if (timesMs.size() != trains.get(index).size()) {
            throw new InvalidNetworkException("input '" + input + "' has " + trains.get(index).size()
                    + " sources, got spike times for " + timesMs.size());
        }
        trains.set(index, new SpikeTrainSpec(input, timesMs));
        return new NetworkSpec(spec.name(), spec.dtMs(), spec.populations(), spec.poissonInputs(), trains,
                spec.currents(), spec.projections(), spec.monitors());
    }

    private NirNetwork run() {
        rejectUnsupportedNodes();
        graph.nodes().forEach(this::addGroup);
        for (NirEdge edge : graph.edges()) {
            connect(edge);
        }
        LinkedHashSet<String> weightNodes = new LinkedHashSet<>();
        graph.edges().forEach(edge -> weightNodes.addAll(List.of(edge.source(), edge.target())));
        weightNodes.addAll(graph.nodes().keySet());
        for (String name : weightNodes) {
            if (isWeightNode(name)) {
                addWeightNode(name, weightInputs.get(name), weightTargets.get(name));
            }
        }
        return new NirNetwork(builder.build(), inputs, List.copyOf(outputs));
    }

    private void rejectUnsupportedNodes() {
        List<String> rejected = new ArrayList<>();
        graph.nodes().forEach((name, node) -> {
            if (!SUPPORTED_TYPES.contains(node.type())) {
                rejected.add("'" + name + "' (" + node.type() + ")");
            }
        });
        if (!rejected.isEmpty()) {
            throw new InvalidNetworkException("cannot import NIR node" + (rejected.size() > 1 ? "s " : " ")
                    + String.join(", ", rejected) + "; supported node types: " + String.join(", ", SUPPORTED_TYPES)
                    + " (nested graphs must be flattened first)");
        }
    }

    private void addGroup(String name, NirNode node) {
        if (node instanceof NirNode.Input input) {
            int size = inputSize(name, input.shape());
            List<double[]> none = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                none.add(new double[0]);
            }
            builder.spikeTrains(name, none);
            sourceSizes.put(name, size);
            inputs.add(name);
        } else if (NirNeuronImport.isNeuron(node)) {
            NirNeuronImport neuron = NirNeuronImport.of(name, node, dtMs);
            builder.population(name, neuron.size(), neuron.model());
            sourceSizes.put(name, neuron.size());
            neurons.put(name, neuron);
        }
    }

    private void connect(NirEdge edge) {
        String from = edge.source();
        String to = edge.target();
        boolean fromSource = sourceSizes.containsKey(from);
        if (fromSource && neurons.containsKey(to)) {
            int size = sourceSizes.get(from);
            addProjection(from, to, NirMatrix.identity(size), "identity edge " + edge);
        } else if (fromSource && isWeightNode(to)) {
            weightInputs.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
        } else if (isWeightNode(from) && neurons.containsKey(to)) {
            weightTargets.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
        } else if (neurons.containsKey(from) && graph.nodes().get(to) instanceof NirNode.Output) {
            outputs.add(from);
        } else {
            throw new InvalidNetworkException("NIR edge " + edge + " (" + graph.nodes().get(from).type() + " -> "
                    + graph.nodes().get(to).type() + ") cannot be mapped: edges must lead from an Input or neuron"
                    + " node into an Affine, Linear or neuron node, from an Affine or Linear node into a neuron"
                    + " node, or from a neuron node into an Output node");
        }
    }

    private boolean isWeightNode(String name) {
        NirNode node = graph.nodes().get(name);
        return node instanceof NirNode.Affine || node instanceof NirNode.Linear;
    }

    private void addWeightNode(String name, List<String> sources, List<String> targets) {
        if (sources == null || targets == null) {
            throw new InvalidNetworkException(describe(name) + (sources == null ? " has no input edge"
                    : " feeds no neuron node"));
        }
        NirNode node = graph.nodes().get(name);
        NirArray weight = node instanceof NirNode.Affine affine ? affine.weight() : ((NirNode.Linear) node).weight();
        NirMatrix matrix = NirMatrix.of(describe(name), weight);
        for (String target : targets) {
            for (String source : sources) {
                addProjection(source, target, matrix, describe(name));
            }
            if (node instanceof NirNode.Affine affine) {
                addBias(name, affine.bias(), target);
            }
        }
    }

    private void addProjection(String source, String target, NirMatrix matrix, String owner) {
        NirNeuronImport neuron = neurons.get(target);
        int sources = sourceSizes.get(source);
        if (matrix.columns() != sources || matrix.rows() != neuron.size()) {
            throw new InvalidNetworkException(owner + ": a " + matrix.rows() + "x" + matrix.columns() + " matrix"
                    + " (out x in) cannot connect '" + source + "' (" + sources + ") to '" + target + "' ("
                    + neuron.size() + ")");
        }
        double[][] pa = new double[sources][neuron.size()];
        for (int s = 0; s < sources; s++) {
            for (int t = 0; t < neuron.size(); t++) {
                pa[s][t] = matrix.at(t, s) * NirNeuronImport.PA_PER_NIR * neuron.inputWeights()[t];
            }
        }
        builder.projection(new ProjectionSpec(source, target, Connectivity.dense(pa), 1.0, dtMs));
    }

    private void addBias(String name, NirArray bias, String target) {
        NirNeuronImport neuron = neurons.get(target);
        if (bias.size() != neuron.size() && bias.size() != 1) {
            throw new InvalidNetworkException(describe(name) + ": bias has " + bias.size() + " values for the "
                    + neuron.size() + " neurons of '" + target + "'");
        }
        double first = 0;
        for (int t = 0; t < neuron.size(); t++) {
            double pa = bias.doubleAt(bias.size() == 1 ? 0 : t) * NirNeuronImport.PA_PER_NIR
                    * neuron.inputWeights()[t];
            if (t == 0) {
                first = pa;
            } else if (Double.compare(pa, first) != 0) {
                throw new InvalidNetworkException(describe(name) + ": the bias into '" + target + "' differs between"
                        + " neurons (" + first + " pA for neuron 0, " + pa + " pA for neuron " + t + "); a constant"
                        + " current goes into all neurons of a population alike");
            }
        }
        if (first != 0.0) {
            builder.current(CurrentInputSpec.constant(target, first));
        }
    }

    /** The number of sources of an Input node: the product of its shape. */
    private static int inputSize(String name, NirArray shape) {
        long size = 1;
        for (int i = 0; i < shape.size(); i++) {
            size *= (long) shape.doubleAt(i);
            if (size <= 0 || size > Integer.MAX_VALUE) {
                throw new InvalidNetworkException("NIR node '" + name + "' (Input): shape " + shape
                        + " does not give a positive number of sources");
            }
        }
        return (int) size;
    }

    private String describe(String name) {
        return "NIR node '" + name + "' (" + graph.nodes().get(name).type() + ")";
    }
}
