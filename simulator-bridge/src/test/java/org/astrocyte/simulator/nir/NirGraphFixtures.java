package org.astrocyte.simulator.nir;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Graphs built in Java for round-trip tests. */
final class NirGraphFixtures {

    private NirGraphFixtures() {
    }

    /** A chain through one node of every supported type, a nested graph, an unsupported node and metadata. */
    static NirGraph everyNodeType() {
        NirArray two = NirArray.float32(0.5f, 1.5f);
        NirArray tau = NirArray.float64(0.002, 0.005);
        Map<String, NirNode> nodes = new LinkedHashMap<>();
        nodes.put("input", new NirNode.Input(NirArray.int64(2)));
        nodes.put("affine", new NirNode.Affine(NirArray.of(NirDataType.FLOAT32, new int[] {2, 2}, 1, -2, 3.25, 4),
                NirArray.float32(0.1f, -0.1f)));
        nodes.put("linear", new NirNode.Linear(NirArray.of(NirDataType.FLOAT64, new int[] {2, 2}, 1, 0, 0, 1)));
        nodes.put("scale", new NirNode.Scale(two));
        nodes.put("threshold", new NirNode.Threshold(NirArray.float32(Float.NaN, -0.0f)));
        nodes.put("delay", new NirNode.Delay(NirArray.float64(0.001, 0.002)));
        nodes.put("i", new NirNode.I(two));
        nodes.put("if", new NirNode.IF(two, two, NirArray.float32(-1f, -2f)));
        nodes.put("if_no_reset", new NirNode.IF(two, two, null));
        nodes.put("li", new NirNode.LI(tau, NirArray.float64(1, 1), NirArray.float64(0, 0)));
        nodes.put("lif", new NirNode.LIF(tau, NirArray.float64(1, 1), NirArray.float64(0, 0),
                NirArray.float64(0.1, 0.2), NirArray.float64(0, 0)));
        nodes.put("lif_no_reset", new NirNode.LIF(tau, NirArray.float64(1, 1), NirArray.float64(0, 0),
                NirArray.float64(0.1, 0.2), null));
        nodes.put("cuba_li", new NirNode.CubaLI(tau, tau, two, two, two));
        nodes.put("cuba_lif", new NirNode.CubaLIF(tau, tau, two, two, two, two, two,
                Map.of("source", new NirText("astrocyte"), "seed", NirArray.int64(42).reshape())));
        nodes.put("flatten", new NirNode.Unsupported("Flatten", Map.of("start_dim", NirArray.int64(0).reshape(),
                "end_dim", NirArray.int64(-1).reshape(), "input_type/input", NirArray.int64(2))));
        nodes.put("conv", new NirNode.Unsupported("Conv1d", Map.of("padding", new NirText("same"),
                "weight", NirArray.of(NirDataType.FLOAT32, new int[] {1, 2, 1}, 1, 2),
                "groups", NirArray.of(NirDataType.UINT8, new int[] {}, 255))));
        nodes.put("sub", nestedGraph());
        nodes.put("output", new NirNode.Output(NirArray.int64(2)));
        List<String> chain = List.copyOf(nodes.keySet());
        List<NirEdge> edges = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < chain.size(); i++) {
            edges.add(new NirEdge(chain.get(i), chain.get(i + 1)));
        }
        return new NirGraph(nodes, edges, "1.0.0",
                Map.of("author", new NirText("Astrocyte tests"), "nested/dt", NirArray.scalar(1e-4)));
    }

    private static NirGraph nestedGraph() {
        Map<String, NirNode> nodes = new LinkedHashMap<>();
        nodes.put("in", new NirNode.Input(NirArray.int64(2)));
        nodes.put("lif", new NirNode.LIF(NirArray.float32(0.01f, 0.02f), NirArray.float32(1f, 1f),
                NirArray.float32(0f, 0f), NirArray.float32(1f, 1f), null));
        nodes.put("out", new NirNode.Output(NirArray.int64(2)));
        return new NirGraph(nodes, List.of(new NirEdge("in", "lif"), new NirEdge("lif", "out")));
    }
}
