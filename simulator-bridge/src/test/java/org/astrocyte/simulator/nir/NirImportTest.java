package org.astrocyte.simulator.nir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.CurrentInputSpec;
import org.astrocyte.simulator.spec.CurrentLif;
import org.astrocyte.simulator.spec.IntegrateAndFire;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.LeakyIntegrator;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.ValueSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NirImportTest {

    private static final double DT = 0.1;

    @Test
    void should_map_input_affine_lif_output_to_a_spike_train_a_dense_projection_a_current_and_a_lif_population() {
        // given: W is (out 3, in 2); the bias is 0.2 nA into every neuron
        NirGraph graph = chain(new NirNode.Affine(NirArray.of(NirDataType.FLOAT64, new int[] {3, 2}, 1, 2, 3, 4, 5, 6),
                NirArray.float64(0.2, 0.2, 0.2)), lif(3, NirArray.float64(1.0, 1.0, 1.0)));
        // when
        NirNetwork network = NirImport.toNetwork(graph, "chain", DT);
        // then
        NetworkSpec spec = network.spec();
        assertEquals(List.of("in"), network.inputs());
        assertEquals(List.of("lif"), network.outputs());
        assertEquals(2, spec.spikeTrains().get(0).size());
        assertEquals(0, spec.spikeTrains().get(0).times(1).length);
        assertEquals(new CurrentLif(5, 2, -0.1, -0.5, 1, 0), spec.population("lif").model());
        assertEquals(3, spec.population("lif").size());
        ProjectionSpec projection = spec.projections().get(0);
        assertEquals("in", projection.source());
        assertEquals(ValueSpec.constant(DT), projection.delayMs());
        assertEquals(ValueSpec.constant(1.0), projection.weight());
        assertArrayEquals(new double[][] {{1000, 3000, 5000}, {2000, 4000, 6000}},
                ((Connectivity.Dense) projection.connectivity()).weights());
        assertEquals(List.of(CurrentInputSpec.constant("lif", 200)), spec.currents());
    }

    @Test
    void should_fold_w_in_into_the_weights_when_a_cuba_lif_node_has_input_weights() {
        // given: τ_mem 10 ms and r 2 MΩ give C = 5 nF
        Map<String, NirNode> nodes = new LinkedHashMap<>();
        nodes.put("in", new NirNode.Input(NirArray.int64(1)));
        nodes.put("w", new NirNode.Linear(NirArray.of(NirDataType.FLOAT32, new int[] {2, 1}, 0.5, 0.5)));
        NirArray two = NirArray.float64(1, 1);
        nodes.put("cuba", new NirNode.CubaLIF(NirArray.float64(0.002, 0.002), NirArray.float64(0.01, 0.01),
                NirArray.float64(2, 2), NirArray.float64(0, 0), two, null, NirArray.float64(1, 3)));
        NirGraph graph = new NirGraph(nodes, List.of(new NirEdge("in", "w"), new NirEdge("w", "cuba")));
        // when
        NetworkSpec spec = NirImport.toNetwork(graph, "cuba", DT).spec();
        // then
        CubaLif model = assertInstanceOf(CubaLif.class, spec.population("cuba").model());
        assertEquals(5000, model.capacitancePf(), 1e-9);
        assertEquals(10, model.tauMembraneMs(), 1e-12);
        assertEquals(2, model.tauSynExcMs(), 1e-12);
        assertEquals(model.tauSynExcMs(), model.tauSynInhMs());
        assertEquals(0, model.refractoryMs());
        assertEquals(0, model.resetMv());
        assertArrayEquals(new double[][] {{500, 1500}},
                ((Connectivity.Dense) spec.projections().get(0).connectivity()).weights());
    }

    @Test
    void should_give_li_and_if_synaptic_time_constants_of_one_step_and_map_an_edge_without_weights_to_identity() {
        // given
        Map<String, NirNode> nodes = new LinkedHashMap<>();
        nodes.put("in", new NirNode.Input(NirArray.int64(2)));
        nodes.put("if", new NirNode.IF(NirArray.float64(4, 4), NirArray.float64(1, 1), null));
        nodes.put("li", new NirNode.LI(NirArray.float64(0.02, 0.02), NirArray.float64(4, 4),
                NirArray.float64(-1, -1)));
        nodes.put("out", new NirNode.Output(NirArray.int64(2)));
        NirGraph graph = new NirGraph(nodes, List.of(new NirEdge("in", "if"), new NirEdge("if", "li"),
                new NirEdge("li", "out")));
        // when
        NetworkSpec spec = NirImport.toNetwork(graph, "identity", DT).spec();
        // then: C = 10^6 / r for IF, 10^6 τ/r for LI (pF)
        assertEquals(new IntegrateAndFire(250_000, 0, 1, 0, DT, DT), spec.population("if").model());
        assertEquals(new LeakyIntegrator(5000, 20, -1, DT, DT), spec.population("li").model());
        assertArrayEquals(new double[][] {{1000, 0}, {0, 1000}},
                ((Connectivity.Dense) spec.projections().get(0).connectivity()).weights());
        assertEquals(2, spec.projections().size());
    }

    @Test
    void should_replace_the_spike_times_of_an_input_when_given_them() {
        // given
        NirNetwork network = NirImport.toNetwork(chain(new NirNode.Linear(NirArray.of(NirDataType.FLOAT64,
                new int[] {1, 2}, 1, 1)), lif(1, NirArray.float64(1.0))), "chain", DT);
        // when
        NirNetwork fed = network.withInputSpikes("in", List.of(new double[] {0.3, 0.1}, new double[] {}));
        // then
        assertArrayEquals(new double[] {0.1, 0.3}, fed.spec().spikeTrains().get(0).times(0));
        assertEquals(network.spec().populations(), fed.spec().populations());
        InvalidNetworkException wrongCount = assertThrows(InvalidNetworkException.class,
                () -> network.withInputSpikes("in", List.of(new double[] {1})));
        assertEquals("input 'in' has 2 sources, got spike times for 1", wrongCount.getMessage());
        assertThrows(InvalidNetworkException.class, () -> network.withInputSpikes("lif", List.of()));
    }

    static Stream<Arguments> unmappableGraphs() {
        NirNode.Affine affine = new NirNode.Affine(NirArray.of(NirDataType.FLOAT64, new int[] {2, 2}, 1, 0, 0, 1),
                NirArray.float64(0, 0));
        NirNode.LIF uniform = lif(2, NirArray.float64(1, 1));
        Map<String, NirNode> scaled = new LinkedHashMap<>();
        scaled.put("in", new NirNode.Input(NirArray.int64(2)));
        scaled.put("gain", new NirNode.Scale(NirArray.float64(2, 2)));
        scaled.put("lif", uniform);
        Map<String, NirNode> nested = new LinkedHashMap<>();
        nested.put("in", new NirNode.Input(NirArray.int64(2)));
        nested.put("sub", new NirGraph(Map.of("x", new NirNode.Input(NirArray.int64(2))), List.of()));
        Map<String, NirNode> chained = new LinkedHashMap<>();
        chained.put("in", new NirNode.Input(NirArray.int64(2)));
        chained.put("w1", affine);
        chained.put("w2", affine);
        chained.put("lif", uniform);
        return Stream.of(
                Arguments.of(chain(affine, lif(2, NirArray.float64(1, 2))), "NIR node 'lif' (LIF): v_threshold"
                        + " differs between neurons (1.0 for neuron 0, 2.0 for neuron 1); a population has one set of"
                        + " parameters, so heterogeneous neurons are not supported: split the node"),
                Arguments.of(chain(new NirNode.Affine(affine.weight(), NirArray.float64(0.1, 0.2)), uniform),
                        "NIR node 'w' (Affine): the bias into 'lif' differs between neurons (100.0 pA for neuron 0,"
                                + " 200.0 pA for neuron 1); a constant current goes into all neurons of a population"
                                + " alike"),
                Arguments.of(chain(new NirNode.Linear(NirArray.of(NirDataType.FLOAT64, new int[] {3, 2}, 1, 1, 1, 1,
                        1, 1)), uniform), "NIR node 'w' (Linear): a 3x2 matrix (out x in) cannot connect 'in' (2) to"
                        + " 'lif' (2)"),
                Arguments.of(chain(affine, new NirNode.LIF(NirArray.float64(0.005), NirArray.float64(0),
                        NirArray.float64(0), NirArray.float64(1), null)), "NIR node 'lif' (LIF): r must be positive"),
                Arguments.of(new NirGraph(scaled, List.of(new NirEdge("in", "gain"), new NirEdge("gain", "lif"))),
                        "cannot import NIR node 'gain' (Scale); supported node types: Input, Output, Affine, Linear,"
                                + " LIF, CubaLIF, IF, LI, CubaLI (nested graphs must be flattened first)"),
                Arguments.of(new NirGraph(nested, List.of(new NirEdge("in", "sub"))),
                        "cannot import NIR node 'sub' (NIRGraph)"),
                Arguments.of(new NirGraph(chained, List.of(new NirEdge("in", "w1"), new NirEdge("w1", "w2"),
                        new NirEdge("w2", "lif"))), "NIR edge w1 -> w2 (Affine -> Affine) cannot be mapped"));
    }

    @ParameterizedTest
    @MethodSource("unmappableGraphs")
    void should_name_the_node_and_the_reason_when_a_graph_cannot_be_mapped(NirGraph graph, String expected) {
        // when
        InvalidNetworkException error = assertThrows(InvalidNetworkException.class,
                () -> NirImport.toNetwork(graph, "bad", DT));
        // then
        assertTrue(error.getMessage().startsWith(expected), error.getMessage());
    }

    /** Input "in" (2 sources, or as the weights need) -> weight node "w" -> neuron node "lif" -> Output. */
    private static NirGraph chain(NirNode weights, NirNode.LIF lif) {
        Map<String, NirNode> nodes = new LinkedHashMap<>();
        nodes.put("in", new NirNode.Input(NirArray.int64(2)));
        nodes.put("w", weights);
        nodes.put("lif", lif);
        nodes.put("out", new NirNode.Output(NirArray.int64(lif.tau().size())));
        return new NirGraph(nodes, List.of(new NirEdge("in", "w"), new NirEdge("w", "lif"),
                new NirEdge("lif", "out")));
    }

    /** {@code size} neurons with τ 5 ms, r 2 MΩ, v_leak -0.1, v_reset -0.5 and the given thresholds. */
    private static NirNode.LIF lif(int size, NirArray thresholds) {
        double[] tau = new double[size];
        double[] r = new double[size];
        double[] leak = new double[size];
        double[] reset = new double[size];
        java.util.Arrays.fill(tau, 0.005);
        java.util.Arrays.fill(r, 2);
        java.util.Arrays.fill(leak, -0.1);
        java.util.Arrays.fill(reset, -0.5);
        return new NirNode.LIF(NirArray.float64(tau), NirArray.float64(r), NirArray.float64(leak), thresholds,
                NirArray.float64(reset));
    }
}
