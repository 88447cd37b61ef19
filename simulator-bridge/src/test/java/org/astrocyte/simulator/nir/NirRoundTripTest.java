package org.astrocyte.simulator.nir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NirRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"lif_norse.nir", "lif_rockpool.nir", "two_lif_neurons.nir", "cnn_sinabs.nir"})
    void should_read_back_a_written_reference_graph_unchanged(String name) {
        // given
        NirGraph original = NirReader.read(NirReferenceFiles.file(name));
        Path copy = dir.resolve(name);
        // when
        NirWriter.write(original, copy);
        // then
        assertEquals(original, NirReader.read(copy));
    }

    @Test
    void should_read_back_every_supported_node_type_and_a_nested_graph_unchanged() {
        // given
        NirGraph original = NirGraphFixtures.everyNodeType();
        Path file = dir.resolve("every.nir");
        // when
        NirWriter.write(original, file);
        NirGraph back = NirReader.read(file);
        // then
        assertEquals(original, back);
        assertEquals(Set.of("Conv1d", "Flatten"), back.unsupportedNodeTypes());
        assertEquals(original.edges(), back.edges());
        NirNode.Threshold threshold = (NirNode.Threshold) back.nodes().get("threshold");
        assertTrue(Float.isNaN((float) threshold.threshold().doubleAt(0)));
        float negativeZero = (float) threshold.threshold().doubleAt(1);
        assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(negativeZero));
        NirNode.Unsupported conv = (NirNode.Unsupported) back.nodes().get("conv");
        assertEquals(NirDataType.UINT8, ((NirArray) conv.attributes().get("groups")).dataType());
        assertEquals(255.0, ((NirArray) conv.attributes().get("groups")).doubleAt(0));
    }

    @Test
    void should_write_byte_identical_files_for_a_graph_and_its_read_back_copy() throws IOException {
        // given
        Path first = dir.resolve("first.nir");
        Path second = dir.resolve("second.nir");
        NirWriter.write(NirGraphFixtures.everyNodeType(), first);
        // when
        NirWriter.write(NirReader.read(first), second);
        // then
        assertEquals(NirReader.read(first), NirReader.read(second));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void should_write_byte_identical_files_for_a_reference_graph_read_twice() throws IOException {
        // given
        NirGraph graph = NirReader.read(NirReferenceFiles.file("cnn_sinabs.nir"));
        Path first = dir.resolve("first.nir");
        Path second = dir.resolve("second.nir");
        // when
        NirWriter.write(graph, first);
        NirWriter.write(NirReader.read(first), second);
        // then
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void should_replace_a_larger_existing_file_completely() throws IOException {
        // given: jHDF alone does not truncate the file it writes into
        Path file = dir.resolve("graph.nir");
        NirWriter.write(NirGraphFixtures.everyNodeType(), file);
        NirGraph small = smallGraph();
        Path fresh = dir.resolve("fresh.nir");
        NirWriter.write(small, fresh);
        // when
        NirWriter.write(small, file);
        // then
        assertArrayEquals(Files.readAllBytes(fresh), Files.readAllBytes(file));
        assertEquals(small, NirReader.read(file));
        try (var listing = Files.list(dir)) {
            assertEquals(Set.of("graph.nir", "fresh.nir"),
                    Set.copyOf(listing.map(path -> path.getFileName().toString()).toList()));
        }
    }

    @Test
    void should_refuse_to_write_what_jhdf_cannot_store_before_creating_the_file() {
        // given
        NirGraph noEdges = new NirGraph(Map.of("in", new NirNode.Input(NirArray.int64(1))), List.of());
        NirGraph emptyArray = new NirGraph(Map.of("in", new NirNode.Input(NirArray.int64()),
                "out", new NirNode.Output(NirArray.int64(1))), List.of(new NirEdge("in", "out")));
        Path file = dir.resolve("never.nir");
        // when
        IllegalArgumentException edges = assertThrows(IllegalArgumentException.class,
                () -> NirWriter.write(noEdges, file));
        IllegalArgumentException array = assertThrows(IllegalArgumentException.class,
                () -> NirWriter.write(emptyArray, file));
        // then
        assertTrue(edges.getMessage().contains("/node"), edges.getMessage());
        assertTrue(array.getMessage().contains("/node/nodes/in/shape"), array.getMessage());
        assertTrue(Files.notExists(file));
    }

    private static NirGraph smallGraph() {
        return new NirGraph(Map.of("in", new NirNode.Input(NirArray.int64(1)),
                "out", new NirNode.Output(NirArray.int64(1))), List.of(new NirEdge("in", "out")), "0.2.0", Map.of());
    }
}
