package org.astrocyte.simulator.nir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NirGraphTest {

    @Test
    void should_list_unsupported_node_types_of_nested_graphs() {
        // given
        NirGraph inner = new NirGraph(Map.of("pool", new NirNode.Unsupported("AvgPool2d", Map.of()),
                "out", new NirNode.Output(NirArray.int64(1))), List.of(new NirEdge("pool", "out")));
        Map<String, NirNode> nodes = new LinkedHashMap<>();
        nodes.put("conv", new NirNode.Unsupported("Conv2d", Map.of("groups", NirArray.int64(1))));
        nodes.put("inner", inner);
        NirGraph outer = new NirGraph(nodes, List.of(new NirEdge("conv", "inner")));
        // when
        Set<String> types = outer.unsupportedNodeTypes();
        // then
        assertEquals(List.of("AvgPool2d", "Conv2d"), List.copyOf(types));
    }

    @Test
    void should_keep_the_order_of_the_nodes_given() {
        // given
        Map<String, NirNode> nodes = new LinkedHashMap<>();
        nodes.put("z", new NirNode.Input(NirArray.int64(1)));
        nodes.put("a", new NirNode.Output(NirArray.int64(1)));
        // when
        NirGraph graph = new NirGraph(nodes, List.of(new NirEdge("z", "a")));
        // then
        assertEquals(List.of("z", "a"), List.copyOf(graph.nodes().keySet()));
    }

    @Test
    void should_reject_edges_to_unknown_nodes_and_bad_names() {
        Map<String, NirNode> one = Map.of("in", new NirNode.Input(NirArray.int64(1)));
        assertThrows(IllegalArgumentException.class, () -> new NirGraph(one, List.of(new NirEdge("in", "out"))));
        assertThrows(IllegalArgumentException.class, () -> new NirEdge("a/b", "c"));
        assertThrows(IllegalArgumentException.class, () -> new NirNode.Unsupported("LIF", Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new NirNode.Unsupported("Flatten", Map.of("type", new NirText("x"))));
    }
}
