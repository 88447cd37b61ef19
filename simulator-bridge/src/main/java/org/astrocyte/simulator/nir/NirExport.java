package org.astrocyte.simulator.nir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.astrocyte.simulator.spec.CurrentInputSpec;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.PopulationSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.SpikeTrainSpec;

/**
 * Turns a {@link NetworkSpec} into a {@link NirGraph}, the inverse of {@link NirImport} with its unit mapping (ms
 * to s, 1 mV to 1, 1000 pA to 1, MΩ to 1): importing the exported graph with the spec's dt gives the spec back,
 * with every projection as dense weights.
 *
 * <ul>
 *   <li>Spike-train inputs become Input nodes of their size (their spike times are data, not part of a NIR
 *   graph); populations become neuron nodes as {@link NirNeuronExport} describes.</li>
 *   <li>Each projection becomes a weight node named {@code <source>_to_<target>} between its source and target
 *   nodes, holding its synapses as a dense (out, in) matrix (see {@link NirProjectionMatrix}); a Linear node, or an
 *   Affine node whose bias is the constant current into the target when the projection is the first into it.</li>
 *   <li>Every population that projects to no other group (its own recurrent projections aside) feeds an Output
 *   node of its size, named {@code output} when there is one such population and {@code output_<population>}
 *   otherwise.</li>
 * </ul>
 * Poisson inputs, step currents, currents into a population that no projection targets, and names containing '/'
 * (not a NIR node name) are {@link InvalidNetworkException}s. Monitors are left out. The graph has no version; set
 * one with {@link NirGraph#withVersion} if a reader needs it.
 */
public final class NirExport {

    private final NetworkSpec spec;
    private final Map<String, NirNode> nodes = new LinkedHashMap<>();
    private final List<NirEdge> edges = new ArrayList<>();

    private NirExport(NetworkSpec spec) {
        this.spec = spec;
    }

    /**
     * The NIR graph of {@code spec}.
     *
     * @throws InvalidNetworkException naming the part of the spec that NIR cannot express
     */
    public static NirGraph toGraph(NetworkSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new NirExport(spec).run();
    }

    private NirGraph run() {
        if (!spec.poissonInputs().isEmpty()) {
            throw new InvalidNetworkException("Poisson input '" + spec.poissonInputs().get(0).name() + "' cannot be"
                    + " exported; NIR graphs have no random sources: replace it by a spike-train input");
        }
        for (SpikeTrainSpec train : spec.spikeTrains()) {
            add(train.name(), new NirNode.Input(NirArray.int64(train.size())));
        }
        for (PopulationSpec population : spec.populations()) {
            add(population.name(), NirNeuronExport.of(population, spec.dtMs()));
        }
        Map<String, Double> biasPa = constantCurrents();
        Set<String> read = new HashSet<>();
        for (ProjectionSpec projection : spec.projections()) {
            addProjection(projection, biasPa.remove(projection.target()));
            if (!projection.source().equals(projection.target())) {
                read.add(projection.source());
            }
        }
        if (!biasPa.isEmpty()) {
            String target = biasPa.keySet().iterator().next();
            throw new InvalidNetworkException("current into '" + target + "' cannot be exported: NIR carries a constant"
                    + " current as the bias of an Affine node, and no projection targets '" + target + "'");
        }
        List<PopulationSpec> outputs = spec.populations().stream().filter(p -> !read.contains(p.name())).toList();
        for (PopulationSpec population : outputs) {
            String name = outputs.size() == 1 ? unique("output") : unique("output_" + population.name());
            add(name, new NirNode.Output(NirArray.int64(population.size())));
            edges.add(new NirEdge(population.name(), name));
        }
        return new NirGraph(nodes, edges);
    }

    /** The constant current per population (pA), summed; step currents cannot be exported. */
    private Map<String, Double> constantCurrents() {
        Map<String, Double> sums = new LinkedHashMap<>();
        for (CurrentInputSpec current : spec.currents()) {
            if (current.startMs() != 0 || current.stopMs() != Double.POSITIVE_INFINITY) {
                throw new InvalidNetworkException("step current into '" + current.population() + "' from "
                        + current.startMs() + " to " + current.stopMs() + " ms cannot be exported; NIR has only"
                        + " constant biases");
            }
            sums.merge(current.population(), current.amplitudePa(), Double::sum);
        }
        return sums;
    }

    private void addProjection(ProjectionSpec projection, Double biasPa) {
        int sources = sizeOf(projection.source());
        int targets = spec.population(projection.target()).size();
        double[][] matrix = NirProjectionMatrix.of(projection, sources, targets, spec.dtMs());
        double[] flat = new double[targets * sources];
        for (int t = 0; t < targets; t++) {
            System.arraycopy(matrix[t], 0, flat, t * sources, sources);
        }
        NirArray weight = NirArray.of(NirDataType.FLOAT64, new int[] {targets, sources}, flat);
        String name = unique(projection.source() + "_to_" + projection.target());
        if (biasPa == null) {
            add(name, new NirNode.Linear(weight));
        } else {
            double[] bias = new double[targets];
            java.util.Arrays.fill(bias, biasPa / NirNeuronImport.PA_PER_NIR);
            add(name, new NirNode.Affine(weight, NirArray.float64(bias)));
        }
        edges.add(new NirEdge(projection.source(), name));
        edges.add(new NirEdge(name, projection.target()));
    }

    private int sizeOf(String source) {
        PopulationSpec population = spec.population(source);
        if (population != null) {
            return population.size();
        }
        return spec.spikeTrains().stream().filter(t -> t.name().equals(source)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no source " + source)).size();
    }

    private void add(String name, NirNode node) {
        if (name.contains("/") || name.equals(".")) {
            throw new InvalidNetworkException("'" + name + "' cannot be a NIR node name: names must not contain '/'"
                    + " or be '.'");
        }
        nodes.put(name, node);
    }

    private String unique(String base) {
        String name = base;
        for (int i = 2; nodes.containsKey(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }
}
