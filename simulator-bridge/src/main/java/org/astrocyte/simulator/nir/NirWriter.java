package org.astrocyte.simulator.nir;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a {@link NirGraph} to an HDF5 file in the layout of NIR's Python {@code nir.write} (see {@link NirReader}
 * for the layout), so that NIR's Python reader and the frameworks built on it can load it. Arrays keep their element
 * type, shape and bits; writing a graph that was read gives back the same datasets, and writing equal graphs gives
 * byte-identical files (children are written in name order, and jHDF stamps no time).
 *
 * <p>What differs from a file of NIR's Python writer, because of what jHDF 0.13.0 can write:
 * <ul>
 *   <li>strings are fixed-length null-terminated UTF-8, not variable-length (h5py and NIR read both; a reader gets
 *   {@code bytes} either way);</li>
 *   <li>arrays are stored contiguous and uncompressed (NIR's writer gzips them; NIR's reference files are
 *   uncompressed too);</li>
 *   <li>arrays with no element, and so graphs without edges (NIR writes an empty dataset for them), cannot be
 *   written: jHDF fails on empty datasets, so {@link #write} rejects such graphs up front;</li>
 *   <li>the root group carries jHDF's attribute {@code _jHDF} naming the library version, which NIR ignores.</li>
 * </ul>
 */
public final class NirWriter {

    private NirWriter() {
    }

    /**
     * Writes {@code graph} to {@code file}, replacing it if it exists (through a temporary file in the same folder,
     * so a failed write leaves no half-written file).
     *
     * @throws IllegalArgumentException if the graph holds something jHDF cannot write (see the class comment)
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(NirGraph graph, Path file) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(file, "file");
        requireWritable(graph, "/node");
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
            try (WritableHdfFile hdf = HdfFile.write(temporary)) {
                if (graph.version() != null) {
                    hdf.putDataset("version", graph.version());
                }
                writeNode(hdf.putGroup("node"), graph);
            }
            move(temporary, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write NIR file " + file, e);
        } catch (RuntimeException e) {
            // jHDF reports its failures as unchecked HdfExceptions; to callers this is a failed write like any other.
            throw new UncheckedIOException(new IOException("cannot write NIR file " + file + ": " + e, e));
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void writeNode(WritableGroup group, NirNode node) {
        group.putDataset("type", node.type());
        if (node instanceof NirGraph graph) {
            WritableGroup nodes = group.putGroup("nodes");
            new TreeMap<>(graph.nodes()).forEach((name, child) -> writeNode(nodes.putGroup(name), child));
            List<NirEdge> edges = graph.edges();
            String[][] pairs = new String[edges.size()][];
            for (int i = 0; i < pairs.length; i++) {
                pairs[i] = new String[] {edges.get(i).source(), edges.get(i).target()};
            }
            group.putDataset("edges", pairs);
        } else {
            writeValues(group, NirNodeCodec.encode(node));
        }
        if (!node.metadata().isEmpty()) {
            writeValues(group.putGroup("metadata"), node.metadata());
        }
    }

    private static void writeValues(WritableGroup group, Map<String, NirValue> values) {
        new TreeMap<>(values).forEach((key, value) -> {
            String[] parts = key.split("/");
            WritableGroup parent = group;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.getChild(parts[i]) instanceof WritableGroup existing ? existing
                        : parent.putGroup(parts[i]);
            }
            String name = parts[parts.length - 1];
            if (value instanceof NirArray array) {
                parent.putDataset(name, HdfValues.toHdf(array), HdfValues.optionsFor(array));
            } else {
                parent.putDataset(name, ((NirText) value).value());
            }
        });
    }

    /** Rejects, before any byte is written, what jHDF cannot write or what would not read back the same. */
    private static void requireWritable(NirNode node, String path) {
        if (node instanceof NirGraph graph) {
            if (graph.edges().isEmpty()) {
                throw new IllegalArgumentException(path + ": a graph without edges cannot be written (jHDF 0.13.0"
                        + " cannot write the empty 'edges' dataset NIR uses for it)");
            }
            graph.nodes().forEach((name, child) -> requireWritable(child, path + "/nodes/" + name));
        } else {
            requireWritable(NirNodeCodec.encode(node), path);
        }
        requireWritable(node.metadata(), path + "/metadata");
    }

    private static void requireWritable(Map<String, NirValue> values, String path) {
        Set<String> groups = new HashSet<>();
        for (String key : values.keySet()) {
            int slash = key.indexOf('/');
            while (slash >= 0) {
                groups.add(key.substring(0, slash));
                slash = key.indexOf('/', slash + 1);
            }
        }
        values.forEach((key, value) -> {
            if (groups.contains(key)) {
                throw new IllegalArgumentException(path + "/" + key + ": both a dataset and a group of datasets");
            }
            if (value instanceof NirArray array && array.size() == 0) {
                throw new IllegalArgumentException(path + "/" + key + ": an array with no element cannot be written"
                        + " (jHDF 0.13.0 fails on empty datasets)");
            }
        });
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The write itself succeeded or already reports its own failure; a stray temporary file is secondary.
        }
    }
}
