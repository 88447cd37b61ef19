package org.astrocyte.simulator.nir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NirReaderReferenceTest {

    @Test
    void should_read_the_norse_lif_graph_with_its_parameters_in_seconds() {
        // when
        NirGraph graph = NirReader.read(NirReferenceFiles.file("lif_norse.nir"));
        // then
        assertEquals("0.1.1", graph.version());
        assertEquals(Set.of("input", "0", "1", "output"), graph.nodes().keySet());
        assertEquals(List.of(new NirEdge("input", "0"), new NirEdge("0", "1"), new NirEdge("1", "output")),
                graph.edges());
        assertEquals(new NirNode.Input(NirArray.int64(1)), graph.nodes().get("input"));
        assertEquals(new NirNode.Output(NirArray.int64(1)), graph.nodes().get("output"));
        NirNode.Affine affine = assertInstanceOf(NirNode.Affine.class, graph.nodes().get("0"));
        assertEquals(NirArray.of(NirDataType.FLOAT32, new int[] {1, 1}, 1), affine.weight());
        assertEquals(NirArray.float32(0f), affine.bias());
        NirNode.LIF lif = assertInstanceOf(NirNode.LIF.class, graph.nodes().get("1"));
        assertEquals(NirArray.float32(0.0025f), lif.tau());
        assertEquals(NirArray.float32(1f), lif.r());
        assertEquals(NirArray.float32(0f), lif.vLeak());
        assertEquals(NirArray.float32(0.1f), lif.vThreshold());
        assertNull(lif.vReset());
        assertEquals(NirArray.float32(0f), lif.vResetOrDefault());
        assertEquals(0.0025, lif.tau().doubleAt(0), 1e-9);
        assertTrue(graph.unsupportedNodeTypes().isEmpty());
    }

    @Test
    void should_read_the_rockpool_lif_graph_with_a_linear_node() {
        // when
        NirGraph graph = NirReader.read(NirReferenceFiles.file("lif_rockpool.nir"));
        // then
        assertEquals("0.2.0", graph.version());
        assertEquals(List.of(new NirEdge("0_LinearTorch", "1_LIFNeuronTorch"),
                new NirEdge("1_LIFNeuronTorch", "output"), new NirEdge("input", "0_LinearTorch")), graph.edges());
        NirNode.Linear linear = assertInstanceOf(NirNode.Linear.class, graph.nodes().get("0_LinearTorch"));
        assertArrayEquals(new int[] {1, 1}, linear.weight().shape());
        assertEquals(0.04f, (float) linear.weight().doubleAt(0));
        NirNode.LIF lif = assertInstanceOf(NirNode.LIF.class, graph.nodes().get("1_LIFNeuronTorch"));
        assertEquals(NirArray.float32(0.0025f), lif.tau());
        assertEquals(NirArray.float32(0.1f), lif.vThreshold());
        assertEquals(NirArray.int64(1, 1, 1), ((NirNode.Output) graph.nodes().get("output")).shape());
    }

    @Test
    void should_read_the_two_neuron_graph_in_float64() {
        // when
        NirGraph graph = NirReader.read(NirReferenceFiles.file("two_lif_neurons.nir"));
        // then
        assertEquals(5, graph.edges().size());
        assertEquals(new NirEdge("in", "linear1"), graph.edges().get(0));
        assertEquals(new NirEdge("lif2", "out"), graph.edges().get(4));
        NirNode.LIF first = assertInstanceOf(NirNode.LIF.class, graph.nodes().get("lif1"));
        assertEquals(new NirNode.LIF(NirArray.float64(0.01), NirArray.float64(1), NirArray.float64(1.2),
                NirArray.float64(1), null), first);
        NirNode.LIF second = assertInstanceOf(NirNode.LIF.class, graph.nodes().get("lif2"));
        assertEquals(NirArray.float64(20), second.vThreshold());
        assertEquals(NirDataType.FLOAT64, second.tau().dataType());
    }

    @Test
    void should_load_the_sinabs_cnn_and_list_the_node_types_it_cannot_simulate() {
        // when
        NirGraph graph = NirReader.read(NirReferenceFiles.file("cnn_sinabs.nir"));
        // then
        assertEquals(Set.of("Conv2d", "Flatten", "SumPool2d"), graph.unsupportedNodeTypes());
        assertEquals(15, graph.nodes().size());
        assertEquals(14, graph.edges().size());
        NirNode.Unsupported conv = assertInstanceOf(NirNode.Unsupported.class, graph.nodes().get("0"));
        assertEquals("Conv2d", conv.type());
        assertArrayEquals(new int[] {16, 2, 5, 5}, ((NirArray) conv.attributes().get("weight")).shape());
        assertEquals(NirArray.of(NirDataType.INT64, new int[] {}, 1), conv.attributes().get("groups"));
        NirNode.IF neuron = assertInstanceOf(NirNode.IF.class, graph.nodes().get("1"));
        assertArrayEquals(new int[] {16, 16, 16}, neuron.r().shape());
        assertNull(neuron.vReset());
        NirNode.Unsupported flatten = assertInstanceOf(NirNode.Unsupported.class, graph.nodes().get("8"));
        assertEquals(Map.of("start_dim", NirArray.int64(0).reshape(), "end_dim", NirArray.int64(-1).reshape(),
                "input_type", NirArray.int64(8, 4, 4)), flatten.attributes());
        assertEquals(NirArray.int64(2, 34, 34), ((NirNode.Input) graph.nodes().get("input")).shape());
    }
}
