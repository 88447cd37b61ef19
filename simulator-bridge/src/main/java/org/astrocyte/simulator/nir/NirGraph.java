package org.astrocyte.simulator.nir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A NIR graph: named nodes joined by identity edges. It is itself a node ({@code NIRGraph}), so graphs nest. Node
 * order is the order given (a file's order when read; NIR gives it no meaning). Parameters keep NIR's units: seconds
 * for time constants and delays.
 *
 * @param nodes the nodes by name, each name one HDF5 link name (non-empty, no '/')
 * @param edges the edges, each naming two nodes of this graph
 * @param version the NIR version string of the file (the root {@code version} dataset, e.g. {@code 0.2.0}), or null
 *     when the file has none; always null for a nested graph, since NIR stores the version once per file
 * @param metadata free-form metadata of the graph
 */
public record NirGraph(Map<String, NirNode> nodes, List<NirEdge> edges, String version,
        Map<String, NirValue> metadata) implements NirNode {

    /** Checks the names, the edges and the nested graphs, and copies the collections. */
    public NirGraph {
        Map<String, NirNode> copy = new LinkedHashMap<>();
        Objects.requireNonNull(nodes, "nodes").forEach((name, node) -> {
            copy.put(NirNames.requireNodeName(name, "node name"), Objects.requireNonNull(node, name));
            if (node instanceof NirGraph nested && nested.version() != null) {
                throw new IllegalArgumentException("nested graph '" + name + "' has a version: only the root has one");
            }
        });
        nodes = Collections.unmodifiableMap(copy);
        edges = List.copyOf(edges);
        for (NirEdge edge : edges) {
            if (!nodes.containsKey(edge.source()) || !nodes.containsKey(edge.target())) {
                throw new IllegalArgumentException("edge " + edge + " names a node not in " + nodes.keySet());
            }
        }
        metadata = NirNames.copyValues(metadata);
    }

    /** A graph without version and metadata, e.g. one to nest in another. */
    public NirGraph(Map<String, NirNode> nodes, List<NirEdge> edges) {
        this(nodes, edges, null, Map.of());
    }

    /** This graph with another version string (null for none). */
    public NirGraph withVersion(String newVersion) {
        return new NirGraph(nodes, edges, newVersion, metadata);
    }

    @Override
    public String type() {
        return "NIRGraph";
    }

    /**
     * The type names of the nodes without a record of their own, in this graph and every nested one, sorted: the
     * node types a caller cannot simulate from this model.
     */
    public SortedSet<String> unsupportedNodeTypes() {
        SortedSet<String> types = new TreeSet<>();
        for (NirNode node : nodes.values()) {
            if (node instanceof Unsupported unsupported) {
                types.add(unsupported.type());
            } else if (node instanceof NirGraph nested) {
                types.addAll(nested.unsupportedNodeTypes());
            }
        }
        return Collections.unmodifiableSortedSet(types);
    }
}
