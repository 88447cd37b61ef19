package org.astrocyte.simulator.nir;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a NIR file (HDF5, as written by NIR's Python {@code nir.write} and so by snnTorch, Norse, Sinabs, Rockpool
 * and others) into a {@link NirGraph}. The layout read:
 *
 * <pre>
 * /version              string, optional (e.g. "0.2.0")
 * /node                 group of the root graph
 *   type                string "NIRGraph"
 *   nodes/&lt;name&gt;/       one group per node: a string dataset "type" and one dataset per field
 *   edges               string dataset of shape (N, 2): (source, target) node names, or an empty numeric
 *                       dataset when the graph has no edges
 *   metadata/           optional group of free-form datasets, also allowed in every node group
 * </pre>
 *
 * <p>Strings may be variable- or fixed-length. Numbers keep their stored type (float32, float64, signed or unsigned
 * integers); NIR's units are kept (seconds for time constants). Node types without a record become
 * {@link NirNode.Unsupported}; datasets that a supported type does not define are ignored, as NIR ignores them.
 * Every failure is a {@link NirFormatException} naming the file and the HDF5 path at fault.
 */
public final class NirReader {

    private static final Set<String> RESERVED = Set.of("type", "metadata");

    private final Path file;

    private NirReader(Path file) {
        this.file = file;
    }

    /**
     * Reads the graph in {@code file}.
     *
     * @throws NirFormatException if the file is missing, not HDF5, or not a NIR graph
     */
    public static NirGraph read(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new NirFormatException(file, "/", "no such file (expected a NIR file, HDF5)");
        }
        HdfFile hdf;
        try {
            hdf = new HdfFile(file);
        } catch (RuntimeException e) {
            throw new NirFormatException(file, "/", "not an HDF5 file (a NIR file is HDF5): " + e.getMessage(), e);
        }
        try (hdf) {
            return new NirReader(file).readRoot(hdf);
        } catch (NirFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new NirFormatException(file, "/", "unreadable HDF5 structure: " + e, e);
        }
    }

    private NirGraph readRoot(HdfFile hdf) {
        String version = hdf.getChild("version") == null ? null : readString(hdf, "version", "the NIR version");
        if (!(hdf.getChild("node") instanceof Group root)) {
            throw new NirFormatException(file, "/node", "expected the group 'node' that holds the NIR graph; the file"
                    + " has " + hdf.getChildren().keySet());
        }
        NirNode node = readNode(root);
        if (!(node instanceof NirGraph graph)) {
            throw new NirFormatException(file, "/node", "expected a NIRGraph at the root, found a " + node.type());
        }
        return graph.withVersion(version);
    }

    private NirNode readNode(Group group) {
        String path = HdfValues.pathOf(group);
        String type = readString(group, "type", "the node type, e.g. LIF");
        Map<String, NirValue> metadata = group.getChild("metadata") instanceof Group meta
                ? readValues(meta, "", Set.of()) : Map.of();
        try {
            if (type.equals("NIRGraph")) {
                return readGraph(group, path, metadata);
            }
            NodeFields fields = new NodeFields(file, path, type, readValues(group, "", RESERVED));
            return NirNodeCodec.decode(type, fields, metadata);
        } catch (IllegalArgumentException e) {
            throw new NirFormatException(file, path, "invalid " + type + " node: " + e.getMessage(), e);
        }
    }

    private NirGraph readGraph(Group group, String path, Map<String, NirValue> metadata) {
        if (!(group.getChild("nodes") instanceof Group nodesGroup)) {
            throw new NirFormatException(file, path + "/nodes", "expected a group 'nodes' with one group per node");
        }
        Map<String, NirNode> nodes = new LinkedHashMap<>();
        for (Node child : nodesGroup.getChildren().values()) {
            if (!(child instanceof Group nodeGroup)) {
                throw new NirFormatException(file, HdfValues.pathOf(child), "expected a node group, found a dataset");
            }
            nodes.put(child.getName(), readNode(nodeGroup));
        }
        return new NirGraph(nodes, readEdges(group.getChild("edges"), path + "/edges", nodes.keySet()), null,
                metadata);
    }

    private List<NirEdge> readEdges(Node node, String path, Set<String> names) {
        String expected = "expected a string dataset 'edges' of shape (N, 2) holding (source, target) node names";
        if (!(node instanceof Dataset edges)) {
            throw new NirFormatException(file, path, expected);
        }
        int[] shape = edges.getDimensions();
        if (!HdfValues.isString(edges)) {
            if (edges.getSize() == 0) {
                return List.of();
            }
            throw new NirFormatException(file, path, expected + ", found numbers");
        }
        if (shape.length != 2 || shape[1] != 2) {
            throw new NirFormatException(file, path, expected + ", found shape " + Arrays.toString(shape));
        }
        String[] flat = HdfValues.readStrings(file, edges);
        List<NirEdge> result = new ArrayList<>();
        for (int i = 0; i < shape[0]; i++) {
            String source = flat[2 * i];
            String target = flat[2 * i + 1];
            for (String name : new String[] {source, target}) {
                if (!names.contains(name)) {
                    throw new NirFormatException(file, path, "edge " + i + " (" + source + " -> " + target
                            + ") names unknown node '" + name + "'; expected one of " + names);
                }
            }
            result.add(new NirEdge(source, target));
        }
        return result;
    }

    /** All datasets under {@code group}, recursing into sub-groups with '/'-joined keys, except {@code skip}. */
    private Map<String, NirValue> readValues(Group group, String prefix, Set<String> skip) {
        Map<String, NirValue> values = new LinkedHashMap<>();
        for (Node child : group.getChildren().values()) {
            if (skip.contains(child.getName())) {
                continue;
            }
            if (child instanceof Dataset dataset) {
                values.put(prefix + child.getName(), HdfValues.read(file, dataset));
            } else if (child instanceof Group subgroup) {
                values.putAll(readValues(subgroup, prefix + child.getName() + "/", Set.of()));
            } else {
                throw new NirFormatException(file, HdfValues.pathOf(child), "expected a dataset or a group");
            }
        }
        return Collections.unmodifiableMap(values);
    }

    private String readString(Group parent, String name, String expected) {
        Node node = parent.getChild(name);
        if (node == null) {
            throw new NirFormatException(file, HdfValues.pathOf(parent), "missing dataset '" + name + "' (expected "
                    + expected + ")");
        }
        if (!(node instanceof Dataset dataset) || !HdfValues.isString(dataset) || !dataset.isScalar()) {
            throw new NirFormatException(file, HdfValues.pathOf(node), "expected " + expected + " as a single string");
        }
        return HdfValues.readStrings(file, dataset)[0];
    }
}
