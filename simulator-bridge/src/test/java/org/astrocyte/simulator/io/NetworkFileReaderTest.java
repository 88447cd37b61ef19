package org.astrocyte.simulator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.astrocyte.core.config.InputException;
import org.astrocyte.simulator.SimulatorSession;
import org.astrocyte.simulator.monitor.Spike;
import org.astrocyte.simulator.networks.VogelsAbbott;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.CurrentLif;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.Plasticity;
import org.astrocyte.simulator.spec.RewardStdp;
import org.astrocyte.simulator.spec.Stdp;
import org.astrocyte.simulator.spec.SynapticScaling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkFileReaderTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "networks");

    @TempDir
    Path dir;

    @Test
    void should_read_the_cuba_example_as_the_same_network_as_the_java_builder() {
        // given
        NetworkSpec fromFile = NetworkFileReader.read(EXAMPLES.resolve("cuba.yaml"));
        NetworkSpec fromJava = VogelsAbbott.cuba(4000);
        // then: same model, and the same spikes for the same seed
        assertEquals(fromJava.population("exc").model(), fromFile.population("exc").model());
        assertEquals(spikes(fromJava), spikes(fromFile));
    }

    @Test
    void should_read_the_coba_example_as_the_same_network_as_the_java_builder() {
        // given
        NetworkSpec fromFile = NetworkFileReader.read(EXAMPLES.resolve("coba.yaml"));
        // then
        assertEquals(spikes(VogelsAbbott.coba(4000)), spikes(fromFile));
    }

    @Test
    void should_convert_units_to_working_units() throws IOException {
        // given: seconds, nanoamperes and kilohertz
        Path file = write("""
                name: units
                dt: 0.0001 s
                populations:
                  - {name: a, size: 2, model: cuba_lif, parameters: {tau_m: 0.01 s, capacitance: 0.2 nF}}
                poisson:
                  - {name: in, size: 3, rate: 0.05 kHz}
                projections:
                  - {source: in, target: a, connectivity: {rule: all_to_all}, weight: 0.1 nA, delay: 1 ms}
                """);
        // when
        NetworkSpec spec = NetworkFileReader.read(file);
        // then
        assertEquals(0.1, spec.dtMs(), 1e-12);
        CubaLif model = (CubaLif) spec.population("a").model();
        assertEquals(10.0, model.tauMembraneMs(), 1e-12);
        assertEquals(200.0, model.capacitancePf(), 1e-12);
        assertEquals(50.0, spec.poissonInputs().get(0).rateHz(), 1e-12);
    }

    @Test
    void should_read_a_current_driven_lif_population_when_its_resistance_has_a_unit() throws IOException {
        // given
        Path file = write("""
                name: nir_lif
                populations:
                  - {name: a, size: 2, model: lif, parameters: {tau_m: 2.5 ms, resistance: 0.1 GOhm, v_rest: 0 mV,
                     v_reset: 0 mV, v_threshold: 0.1 V}}
                """);
        // when
        NetworkSpec spec = NetworkFileReader.read(file);
        // then
        assertEquals(new CurrentLif(2.5, 100, 0, 0, 100, 0), spec.population("a").model());
    }

    static Stream<Arguments> badFiles() {
        String header = "name: bad\npopulations:\n";
        return Stream.of(
                Arguments.of(header + "  - {name: a, size: 5, model: cuba_lif, parameters: {tau_m: 20 mV}}\n",
                        "3:61: populations[0].parameters.tau_m: expected a time in ms"),
                Arguments.of(header + "  - {name: a, size: 5, model: cuba_lif, parameters: {tau_m: 20}}\n",
                        "3:61: populations[0].parameters.tau_m: expected a time in ms or a related unit (e.g. '20 ms'),"
                                + " got a bare number 20"),
                Arguments.of(header + "  - {name: a, size: 5, model: cuba_lif, parameters: {tau_m: -3 ms}}\n",
                        "populations[0]: population 'a': tau_m must be positive, got -3.0 ms"),
                Arguments.of(header + "  - {name: a, size: 5, model: lif2}\n",
                        "3:31: populations[0].model: unknown neuron model 'lif2'; known models: cuba_lif"),
                Arguments.of(header + "  - {name: a, size: 5, model: cuba_lif, parameters: {tau: 2 ms}}\n",
                        "populations[0].parameters.tau: model cuba_lif has no parameter 'tau'"),
                Arguments.of(header + "  - {name: a, size: five, model: cuba_lif}\n",
                        "3:21: populations[0].size: expected a whole number, got 'five'"),
                Arguments.of(header + "  - {name: a, size: 5, model: cuba_lif, colour: red}\n",
                        "3:41: populations[0]: unknown key 'colour'"),
                Arguments.of(header + "  - {name: a, size: 5, model: cuba_lif}\nprojections:\n"
                                + "  - {source: a, target: a, connectivity: {rule: fixed_probability, probability: 1.5},"
                                + " weight: 1 pA, delay: 1 ms}\n",
                        "5:42: projections[0].connectivity: probability 1.5 is above 1"),
                Arguments.of(header + "  - {name: a, size: 5, model: cuba_lif}\nprojections:\n"
                                + "  - {source: a, target: a, connectivity: {rule: all_to_all}, weight: 1 pA,"
                                + " delay: 0.01 ms}\n",
                        "projection[0] (a -> a): delay 0.01 ms is shorter than one step (dt 0.1 ms)"),
                Arguments.of(header + "  - {name: a, size: 5, model: coba_lif}\nprojections:\n"
                                + "  - {source: a, target: a, connectivity: {rule: all_to_all}, weight: 1 pA,"
                                + " delay: 1 ms}\n",
                        "5:70: projections[0].weight: expected a conductance in nS"),
                Arguments.of(header + "  - {name: a, size: 5, model: cuba_lif}\nprojections:\n"
                                + "  - {source: a, target: b, connectivity: {rule: all_to_all}, weight: 1 pA,"
                                + " delay: 1 ms}\n",
                        "5:25: projections[0].target: unknown population 'b'; populations: a"),
                Arguments.of(header + "  - {name: a, size: 5, model: cuba_lif}\nprojections:\n"
                                + "  - {source: a, target: a, connectivity: {rule: all_to_all}, weight: 1 pA,"
                                + " delay: 1 ms, plasticity: {rule: stdp, tau_plus: 20 ms, tau_minus: -20 ms,"
                                + " a_plus: 1 pA, a_minus: 1 pA, w_min: 0 pA, w_max: 5 pA, bounds: additive}}\n",
                        "5:101: projections[0].plasticity: stdp: tau_minus must be positive, got -20.0 ms"),
                Arguments.of(header + "  - {name: a, size: 5, model: coba_lif}\nprojections:\n"
                                + "  - {source: a, target: a, connectivity: {rule: all_to_all}, weight: 1 nS,"
                                + " delay: 1 ms, plasticity: {rule: stdp, tau_plus: 20 ms, tau_minus: 20 ms,"
                                + " a_plus: 1 pA, a_minus: 1 nS, w_min: 0 nS, w_max: 5 nS, bounds: additive}}\n",
                        "projections[0].plasticity.a_plus: expected a conductance in nS"),
                Arguments.of(header + "  - {name: a, size: 5, model: cuba_lif}\nprojections:\n"
                                + "  - {source: a, target: a, connectivity: {rule: all_to_all}, weight: 1 pA,"
                                + " delay: 1 ms, plasticity: {rule: stdp, tau_plus: 20 ms, tau_minus: 20 ms,"
                                + " a_plus: 1 pA, a_minus: 1 pA, w_min: 0 pA, w_max: 5 pA, bounds: soft}}\n",
                        "projections[0].plasticity.bounds: expected additive or multiplicative, got 'soft'"),
                Arguments.of(header + "  - {name: a, size: 5, model: cuba_lif}\nprojections:\n"
                                + "  - {source: a, target: a, connectivity: {rule: all_to_all}, weight: 1 pA,"
                                + " delay: 1 ms, plasticity: {rule: hebb}}\n",
                        "projections[0].plasticity.rule: unknown plasticity rule 'hebb'; rules: stdp, reward_stdp,"
                                + " scaling"),
                Arguments.of(header + "  - {name: a, size: 5, model: cuba_lif}\nprojections:\n"
                                + "  - {source: a, target: a, connectivity: {rule: all_to_all}, weight: 1 pA,"
                                + " delay: 1 ms, plasticity: {rule: scaling, target_rate: 5 Hz, tau_rate: 1 s,"
                                + " gain: 0.1, period: 100 ms, w_min: 0 pA, w_max: 5 pA, channel: x}}\n",
                        "projections[0].plasticity: unknown key 'channel'"),
                Arguments.of("name: bad\npopulations: [\n", "not valid YAML"),
                Arguments.of("name: x\nname: y\npopulations: []\n", "2:1: key 'name' appears twice"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void should_name_file_line_and_field_of_a_bad_network(String text, String expected) throws IOException {
        // given
        Path file = write(text);
        // when
        InputException error = assertThrows(InputException.class, () -> NetworkFileReader.read(file));
        // then
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains(expected), "expected '" + expected + "' in: " + error.getMessage());
    }

    @Test
    void should_read_the_plasticity_rules_in_working_units() throws IOException {
        // given
        Path file = write("""
                name: plastic
                populations:
                  - {name: a, size: 5, model: cuba_lif}
                projections:
                  - source: a
                    target: a
                    connectivity: {rule: all_to_all}
                    weight: 1 pA
                    delay: 1 ms
                    plasticity: {rule: reward_stdp, tau_plus: 0.02 s, tau_minus: 30 ms, a_plus: 0.5 pA,
                                 a_minus: 0.6 pA, w_min: 0 pA, w_max: 2 nA, bounds: multiplicative,
                                 tau_eligibility: 1 s, tau_reward: 200 ms, learning_rate: 5 Hz, channel: food}
                  - source: a
                    target: a
                    connectivity: {rule: all_to_all}
                    weight: 1 pA
                    delay: 1 ms
                    plasticity: {rule: scaling, target_rate: 5 Hz, tau_rate: 1 s, gain: 0.1, period: 100 ms,
                                 w_min: 0 pA, w_max: 50 pA}
                """);
        // when
        NetworkSpec spec = NetworkFileReader.read(file);
        // then
        Stdp window = new Stdp(20, 30, 0.5, 0.6, 0, 2000, Stdp.Bounds.MULTIPLICATIVE);
        assertEquals(new RewardStdp(window, 1000, 200, 5, "food"), spec.projections().get(0).plasticity());
        assertEquals(new SynapticScaling(5, 1000, 0.1, 100, 0, 50), spec.projections().get(1).plasticity());
    }

    @Test
    void should_read_the_stdp_example() {
        NetworkSpec spec = NetworkFileReader.read(EXAMPLES.resolve("stdp.yaml"));
        assertEquals(new Stdp(20, 20, 0.16, 0.168, 0, 16, Stdp.Bounds.ADDITIVE),
                spec.projections().get(0).plasticity());
        assertEquals(Plasticity.none(), spec.projections().get(1).plasticity());
    }

    @Test
    void should_say_so_when_the_file_is_missing() {
        InputException error = assertThrows(InputException.class,
                () -> NetworkFileReader.read(dir.resolve("nope.yaml")));
        assertTrue(error.getMessage().endsWith("nope.yaml: no such file"), error.getMessage());
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("network.yaml");
        Files.writeString(file, text);
        return file;
    }

    private static List<Spike> spikes(NetworkSpec spec) {
        try (SimulatorSession session = SimulatorSession.open(spec, 5L)) {
            var monitor = session.monitor("exc");
            session.run(100);
            return monitor.spikes();
        }
    }
}
