package org.astrocyte.simulator.nir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.astrocyte.simulator.SimulatorSession;
import org.astrocyte.simulator.monitor.Spike;
import org.astrocyte.simulator.monitor.SpikeMonitor;
import org.astrocyte.simulator.spec.CobaLif;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.CurrentInputSpec;
import org.astrocyte.simulator.spec.CurrentLif;
import org.astrocyte.simulator.spec.IntegrateAndFire;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.LeakyIntegrator;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.NeuronModel;
import org.astrocyte.simulator.spec.PopulationSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.ValueSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NirExportTest {

    private static final double DT = 0.1;
    private static final double RELATIVE = 1e-12;

    @TempDir
    Path dir;

    @Test
    void should_give_the_spec_back_when_exported_written_read_and_imported() {
        // given: every exportable model, a recurrent projection and a constant current
        NetworkSpec spec = NetworkSpec.builder("round_trip").dtMs(DT)
                .spikeTrains("in", List.of(new double[0], new double[0], new double[0]))
                .population("hidden", 4, new CurrentLif(2.5, 1.5, 0, -0.5, 0.1, 0))
                .population("syn", 2, new CubaLif(300, 12, -65, -70, -50, 0, 3, 3))
                .population("readout", 2, new LeakyIntegrator(250, 20, -60, 4, 4))
                .population("counter", 2, new IntegrateAndFire(1e5, 0, 2, 0, DT, DT))
                .projection("in", "hidden", Connectivity.dense(matrix(3, 4, 1.5)), 1.0, DT)
                .projection("hidden", "hidden", Connectivity.dense(matrix(4, 4, -0.25)), 1.0, DT)
                .projection("hidden", "syn", Connectivity.dense(matrix(4, 2, 40)), 1.0, DT)
                .projection("syn", "readout", Connectivity.dense(matrix(2, 2, 7)), 1.0, DT)
                .projection("hidden", "counter", Connectivity.dense(matrix(4, 2, 3)), 1.0, DT)
                .current(CurrentInputSpec.constant("syn", 123.5))
                .build();
        Path file = dir.resolve("round_trip.nir");
        // when
        NirWriter.write(NirExport.toGraph(spec), file);
        NirNetwork back = NirImport.toNetwork(NirReader.read(file), "round_trip", DT);
        // then
        NetworkSpec imported = back.spec();
        assertEquals(List.of("in"), back.inputs());
        assertEquals(List.of("counter", "readout"), back.outputs().stream().sorted().toList());
        assertEquals(spec.spikeTrains(), imported.spikeTrains());
        assertEquals(spec.populations().size(), imported.populations().size());
        for (PopulationSpec population : spec.populations()) {
            PopulationSpec other = imported.population(population.name());
            assertEquals(population.size(), other.size());
            assertModelsClose(population.model(), other.model());
        }
        assertEquals(spec.projections().size(), imported.projections().size());
        for (int i = 0; i < spec.projections().size(); i++) {
            ProjectionSpec expected = spec.projections().get(i);
            ProjectionSpec actual = imported.projections().get(i);
            assertEquals(expected.label(), actual.label());
            assertEquals(expected.delayMs(), actual.delayMs());
            assertMatricesClose(dense(expected), dense(actual));
        }
        assertEquals(1, imported.currents().size());
        assertEquals("syn", imported.currents().get(0).population());
        assertEquals(123.5, imported.currents().get(0).amplitudePa(), 123.5 * RELATIVE);
    }

    @Test
    void should_give_the_same_spikes_when_all_to_all_one_to_one_and_explicit_projections_are_exported() {
        // given
        NetworkSpec spec = NetworkSpec.builder("rules").dtMs(DT)
                .spikeTrains("in", List.of(new double[] {1, 3, 5}, new double[] {2, 4}))
                .population("a", 2, new CurrentLif(5, 100, -65, -70, -50, 0))
                .population("b", 2, new CurrentLif(5, 100, -65, -70, -50, 0))
                .projection("in", "a", Connectivity.oneToOne(), 5000, DT)
                .projection(new ProjectionSpec("a", "b", Connectivity.explicit(List.of(new Connectivity.Connection(0,
                        1), new Connectivity.Connection(1, 0), new Connectivity.Connection(0, 1))),
                        ValueSpec.values(10_000, 12_000, 5_000), ValueSpec.constant(DT), null))
                .projection("b", "b", Connectivity.allToAll(), -2000, DT)
                .current(CurrentInputSpec.constant("a", 100))
                .build();
        // when
        NirGraph graph = NirExport.toGraph(spec);
        NetworkSpec imported = NirImport.toNetwork(graph, "rules", DT)
                .withInputSpikes("in", spec.spikeTrains().get(0).timesMs()).spec();
        // then
        NirNode.Linear explicit = assertInstanceOf(NirNode.Linear.class, graph.nodes().get("a_to_b"));
        assertArrayEquals(new double[] {0, 12, 15, 0}, explicit.weight().toDoubleArray());
        NirNode.Linear recurrent = assertInstanceOf(NirNode.Linear.class, graph.nodes().get("b_to_b"));
        assertArrayEquals(new double[] {0, -2, -2, 0}, recurrent.weight().toDoubleArray());
        NirNode.Affine oneToOne = assertInstanceOf(NirNode.Affine.class, graph.nodes().get("in_to_a"));
        assertArrayEquals(new double[] {5, 0, 0, 5}, oneToOne.weight().toDoubleArray());
        assertArrayEquals(new double[] {0.1, 0.1}, oneToOne.bias().toDoubleArray());
        assertEquals(new NirNode.Output(NirArray.int64(2)), graph.nodes().get("output"));
        List<Spike> original = spikes(spec);
        assertTrue(original.size() >= 4, "spikes: " + original);
        assertEquals(original, spikes(imported));
    }

    static Stream<Arguments> unexportableSpecs() {
        CurrentLif lif = new CurrentLif(5, 100, -65, -70, -50, 0);
        return Stream.of(
                Arguments.of(base(new CobaLif(200, 20, -60, -60, -50, 0, 5, 5, 0, -80)),
                        "population 'p' (coba_lif): model coba_lif has no NIR node"),
                Arguments.of(base(new CurrentLif(5, 100, -65, -70, -50, 2)),
                        "population 'p' (lif): refractory 2.0 ms cannot be exported"),
                Arguments.of(base(new CubaLif(250, 20, -65, -65, -50, 0, 5, 10)),
                        "population 'p' (cuba_lif): tau_exc 5.0 ms and tau_inh 10.0 ms differ"),
                Arguments.of(base(new IntegrateAndFire(250, -65, -50, 0, 5, 5)),
                        "population 'p' (if): synaptic time constants 5.0 and 5.0 ms cannot be exported"),
                Arguments.of(base(lif).toBuilder().poisson("noise", 3, 10).build(), "Poisson input 'noise'"),
                Arguments.of(base(lif).toBuilder().projection("in", "p", Connectivity.fixedProbability(0.5), 10, DT)
                        .build(), "projection in -> p: random connectivity"),
                Arguments.of(base(lif).toBuilder().projection("in", "p", Connectivity.allToAll(), 10, 2 * DT)
                        .build(), "projection in -> p: delay 0.2 ms cannot be exported"),
                Arguments.of(base(lif).toBuilder().projection(new ProjectionSpec("in", "p", Connectivity.allToAll(),
                        ValueSpec.uniform(0, 1), ValueSpec.constant(DT), null)).build(),
                        "projection in -> p: random weights"),
                Arguments.of(base(lif).toBuilder().current(new CurrentInputSpec("p", 5, 1, 2)).build(),
                        "step current into 'p'"),
                Arguments.of(base(lif).toBuilder().current(CurrentInputSpec.constant("p", 5)).build(),
                        "current into 'p' cannot be exported"),
                Arguments.of(NetworkSpec.builder("x").population("p", 2, lif, Map.of("v", ValueSpec.constant(-60)))
                        .build(), "population 'p' (lif): initial values cannot be exported"));
    }

    @ParameterizedTest
    @MethodSource("unexportableSpecs")
    void should_name_what_nir_cannot_express_when_exporting(NetworkSpec spec, String expected) {
        // when
        InvalidNetworkException error = assertThrows(InvalidNetworkException.class, () -> NirExport.toGraph(spec));
        // then
        assertTrue(error.getMessage().startsWith(expected), error.getMessage());
    }

    private static NetworkSpec base(NeuronModel model) {
        return NetworkSpec.builder("x").dtMs(DT).spikeTrains("in", List.of(new double[0])).population("p", 2, model)
                .build();
    }

    /** A rows × columns matrix of distinct values around {@code scale}, some zero, some negative. */
    private static double[][] matrix(int rows, int columns, double scale) {
        double[][] m = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                m[r][c] = (r + c) % 3 == 0 ? 0 : scale * (1 + 0.37 * r - 0.21 * c);
            }
        }
        return m;
    }

    private static double[][] dense(ProjectionSpec projection) {
        double weight = ((ValueSpec.Constant) projection.weight()).value();
        double[][] m = ((Connectivity.Dense) projection.connectivity()).weights();
        for (double[] row : m) {
            for (int c = 0; c < row.length; c++) {
                row[c] *= weight;
            }
        }
        return m;
    }

    private static void assertMatricesClose(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length);
        for (int r = 0; r < expected.length; r++) {
            for (int c = 0; c < expected[r].length; c++) {
                assertEquals(expected[r][c], actual[r][c], Math.abs(expected[r][c]) * RELATIVE, "[" + r + "][" + c
                        + "]");
            }
        }
    }

    private static void assertModelsClose(NeuronModel expected, NeuronModel actual) {
        assertEquals(expected.getClass(), actual.getClass());
        for (RecordComponent component : expected.getClass().getRecordComponents()) {
            double e = value(component, expected);
            double a = value(component, actual);
            assertEquals(e, a, Math.abs(e) * RELATIVE, expected.kind() + "." + component.getName());
        }
    }

    private static double value(RecordComponent component, NeuronModel model) {
        try {
            return (double) component.getAccessor().invoke(model);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Spike> spikes(NetworkSpec spec) {
        try (SimulatorSession session = SimulatorSession.open(spec, 1L)) {
            SpikeMonitor a = session.monitor("a");
            SpikeMonitor b = session.monitor("b");
            session.run(20);
            List<Spike> all = new java.util.ArrayList<>(a.spikes());
            b.spikes().forEach(s -> all.add(new Spike(s.timeMs(), 100 + s.neuron())));
            return all;
        }
    }
}
