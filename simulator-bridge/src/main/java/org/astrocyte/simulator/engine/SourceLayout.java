package org.astrocyte.simulator.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.PoissonInputSpec;
import org.astrocyte.simulator.spec.PopulationSpec;
import org.astrocyte.simulator.spec.SpikeTrainSpec;

/**
 * The mapping between names and global source indices of a compiled network, with the lookups that callers use;
 * a bad name or index gives an {@link IllegalArgumentException} that lists what is valid.
 */
public final class SourceLayout {

    private final Map<String, SourceGroup> groups;
    private final int[] groupOfSource;
    private final List<SourceGroup> ordered;
    private final int neuronCount;

    private SourceLayout(List<SourceGroup> ordered, int neuronCount, int sourceCount) {
        this.ordered = List.copyOf(ordered);
        this.neuronCount = neuronCount;
        this.groups = new LinkedHashMap<>();
        this.groupOfSource = new int[sourceCount];
        for (int g = 0; g < ordered.size(); g++) {
            SourceGroup group = ordered.get(g);
            groups.put(group.name(), group);
            for (int i = 0; i < group.size(); i++) {
                groupOfSource[group.offset() + i] = g;
            }
        }
    }

    /**
     * Lays out the populations, then the Poisson inputs, then the spike-train inputs of {@code spec} (whose sizes
     * have been checked).
     */
    public static SourceLayout of(NetworkSpec spec) {
        List<SourceGroup> ordered = new ArrayList<>();
        int offset = 0;
        for (PopulationSpec p : spec.populations()) {
            ordered.add(new SourceGroup(p.name(), offset, p.size(), SourceGroup.Kind.POPULATION));
            offset += p.size();
        }
        int neurons = offset;
        for (PoissonInputSpec p : spec.poissonInputs()) {
            ordered.add(new SourceGroup(p.name(), offset, p.size(), SourceGroup.Kind.POISSON));
            offset += p.size();
        }
        for (SpikeTrainSpec t : spec.spikeTrains()) {
            ordered.add(new SourceGroup(t.name(), offset, t.size(), SourceGroup.Kind.SPIKE_TRAIN));
            offset += t.size();
        }
        return new SourceLayout(ordered, neurons, offset);
    }

    /** Number of Poisson sources, which follow the neurons in the index space. */
    public int poissonCount() {
        return (int) ordered.stream().filter(g -> g.kind() == SourceGroup.Kind.POISSON)
                .mapToLong(SourceGroup::size).sum();
    }

    /** Number of neurons in all populations. */
    public int neuronCount() {
        return neuronCount;
    }

    /** Number of neurons plus Poisson sources. */
    public int sourceCount() {
        return groupOfSource.length;
    }

    /** All groups in index order. */
    public List<SourceGroup> groups() {
        return ordered;
    }

    /** Position in {@link #groups()} of the group holding global source {@code source}. */
    public int groupIndexOf(int source) {
        return groupOfSource[source];
    }

    /** The population or Poisson input called {@code name}. */
    public SourceGroup source(String name) {
        SourceGroup group = name == null ? null : groups.get(name);
        if (group == null) {
            throw new IllegalArgumentException("unknown population or input '" + name + "'; known: "
                    + names(null));
        }
        return group;
    }

    /** The population called {@code name}. */
    public SourceGroup population(String name) {
        SourceGroup group = name == null ? null : groups.get(name);
        if (group == null || !group.population()) {
            throw new IllegalArgumentException(kind(group, name, "population") + "; populations: "
                    + names(SourceGroup.Kind.POPULATION));
        }
        return group;
    }

    /** The Poisson input called {@code name}. */
    public SourceGroup poissonInput(String name) {
        SourceGroup group = name == null ? null : groups.get(name);
        if (group == null || group.kind() != SourceGroup.Kind.POISSON) {
            throw new IllegalArgumentException(kind(group, name, "poisson input") + "; poisson inputs: "
                    + names(SourceGroup.Kind.POISSON));
        }
        return group;
    }

    /** The global index of element {@code index} of {@code group}, checking the range. */
    public static int element(SourceGroup group, int index) {
        if (index < 0 || index >= group.size()) {
            throw new IllegalArgumentException("index " + index + " is outside 0.." + (group.size() - 1) + " of "
                    + group.describe());
        }
        return group.global(index);
    }

    private static String kind(SourceGroup found, String name, String wanted) {
        if (found == null) {
            return "unknown " + wanted + " '" + name + "'";
        }
        return "'" + name + "' is a " + found.kind().label() + ", not a " + wanted;
    }

    private String names(SourceGroup.Kind kind) {
        String listed = ordered.stream()
                .filter(g -> kind == null || g.kind() == kind)
                .map(SourceGroup::name)
                .collect(Collectors.joining(", "));
        return listed.isEmpty() ? "(none)" : listed;
    }
}
