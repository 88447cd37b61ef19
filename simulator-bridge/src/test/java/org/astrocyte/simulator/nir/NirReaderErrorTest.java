package org.astrocyte.simulator.nir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NirReaderErrorTest {

    @TempDir
    Path dir;

    @Test
    void should_reject_a_text_file_named_nir() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("notes.nir"), "input -> lif -> output\n");
        // when
        NirFormatException e = assertThrows(NirFormatException.class, () -> NirReader.read(file));
        // then
        assertEquals(file, e.file());
        assertEquals("/", e.nodePath());
        assertTrue(e.getMessage().contains("notes.nir") && e.getMessage().contains("not an HDF5 file"),
                e.getMessage());
    }

    @Test
    void should_reject_a_missing_file() {
        // given
        Path file = dir.resolve("absent.nir");
        // when
        NirFormatException e = assertThrows(NirFormatException.class, () -> NirReader.read(file));
        // then
        assertTrue(e.getMessage().contains("absent.nir") && e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void should_name_the_node_and_the_field_when_a_lif_has_no_tau() {
        // given
        Path file = hdf("no_tau.nir", node -> {
            WritableGroup nodes = graph(node, new String[][] {{"in", "lif"}});
            input(nodes.putGroup("in"));
            WritableGroup lif = nodes.putGroup("lif");
            lif.putDataset("type", "LIF");
            lif.putDataset("r", new float[] {1});
            lif.putDataset("v_leak", new float[] {0});
            lif.putDataset("v_threshold", new float[] {1});
        });
        // when
        NirFormatException e = assertThrows(NirFormatException.class, () -> NirReader.read(file));
        // then
        assertEquals("/node/nodes/lif", e.nodePath());
        assertTrue(e.getMessage().contains("no_tau.nir") && e.getMessage().contains("/node/nodes/lif")
                && e.getMessage().contains("'tau'"), e.getMessage());
    }

    @Test
    void should_name_the_edge_that_refers_to_an_unknown_node() {
        // given
        Path file = hdf("dangling.nir", node -> input(graph(node, new String[][] {{"in", "ghost"}}).putGroup("in")));
        // when
        NirFormatException e = assertThrows(NirFormatException.class, () -> NirReader.read(file));
        // then
        assertEquals("/node/edges", e.nodePath());
        assertTrue(e.getMessage().contains("'ghost'"), e.getMessage());
    }

    @Test
    void should_reject_a_string_where_a_parameter_array_is_expected() {
        // given
        Path file = hdf("string_weight.nir", node -> {
            WritableGroup nodes = graph(node, new String[][] {{"in", "w"}});
            input(nodes.putGroup("in"));
            WritableGroup linear = nodes.putGroup("w");
            linear.putDataset("type", "Linear");
            linear.putDataset("weight", "identity");
        });
        // when
        NirFormatException e = assertThrows(NirFormatException.class, () -> NirReader.read(file));
        // then
        assertEquals("/node/nodes/w/weight", e.nodePath());
    }

    @Test
    void should_name_the_group_whose_type_is_missing() {
        // given
        Path file = hdf("no_type.nir", node -> graph(node, new String[][] {{"in", "in"}}).putGroup("in")
                .putDataset("shape", new long[] {1}));
        // when
        NirFormatException e = assertThrows(NirFormatException.class, () -> NirReader.read(file));
        // then
        assertEquals("/node/nodes/in", e.nodePath());
        assertTrue(e.getMessage().contains("'type'"), e.getMessage());
    }

    @Test
    void should_reject_an_hdf5_file_without_a_node_group() {
        // given
        Path file = dir.resolve("plain.h5");
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            hdf.putDataset("data", new double[] {1, 2, 3});
        }
        // when
        NirFormatException e = assertThrows(NirFormatException.class, () -> NirReader.read(file));
        // then
        assertEquals("/node", e.nodePath());
    }

    private Path hdf(String name, Consumer<WritableGroup> fillNode) {
        Path file = dir.resolve(name);
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            hdf.putDataset("version", "0.2.0");
            fillNode.accept(hdf.putGroup("node"));
        }
        return file;
    }

    private static WritableGroup graph(WritableGroup node, String[][] edges) {
        node.putDataset("type", "NIRGraph");
        node.putDataset("edges", edges);
        return node.putGroup("nodes");
    }

    private static void input(WritableGroup group) {
        group.putDataset("type", "Input");
        group.putDataset("shape", new long[] {1});
    }
}
