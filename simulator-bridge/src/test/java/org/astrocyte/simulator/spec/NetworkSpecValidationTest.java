package org.astrocyte.simulator.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkSpecValidationTest {

    private static final CubaLif LIF = CubaLif.defaults();

    private static NetworkSpec.Builder sensorsAndMotors() {
        return NetworkSpec.builder("reflex").dtMs(0.1)
                .population("sensors", 5, LIF)
                .population("motors", 5, LIF)
                .poisson("noise", 10, 20.0);
    }

    private static CubaLif lif(double tauMembraneMs, double restMv, double resetMv, double thresholdMv,
            double refractoryMs) {
        return new CubaLif(250.0, tauMembraneMs, restMv, resetMv, thresholdMv, refractoryMs, 5.0, 10.0);
    }

    private static Arguments invalid(String name, Executable build, String expectedMessage) {
        return Arguments.of(Named.of(name, build), expectedMessage);
    }

    static Stream<Arguments> invalidNetworks() {
        Stdp stdp = new Stdp(20, 20, 1, 1, 0, 10, Stdp.Bounds.ADDITIVE);
        return Stream.of(
                invalid("plasticity onto a population that never spikes", () -> sensorsAndMotors()
                        .population("readout", 2, new LeakyIntegrator(250, 10, -65, 5, 10))
                        .projection(new ProjectionSpec("sensors", "readout", Connectivity.allToAll(),
                                ValueSpec.constant(1), ValueSpec.constant(1), stdp)).build(),
                        "projection[0] (sensors -> readout): stdp needs a target that spikes, but 'readout' is a li"
                                + " population"),
                invalid("weight bounds the wrong way round", () -> new Stdp(20, 20, 1, 1, 5, 2,
                        Stdp.Bounds.ADDITIVE).requireValid("stdp"), "stdp: w_max 2.0 must be above w_min 5.0"),
                invalid("negative lower weight bound", () -> new ProjectionSpec("a", "b", Connectivity.allToAll(),
                        ValueSpec.constant(1), ValueSpec.constant(1), new SynapticScaling(5, 100, 0.1, 10, -1, 2)),
                        "projection (a -> b): scaling: w_min must not be negative"),
                invalid("scaling gain above one", () -> new SynapticScaling(5, 100, 1.5, 10, 0, 2).requireValid("x"),
                        "x: gain must be at most 1"),
                invalid("scaling period between steps", () -> sensorsAndMotors()
                        .projection(new ProjectionSpec("noise", "motors", Connectivity.allToAll(),
                                ValueSpec.constant(1), ValueSpec.constant(1),
                                new SynapticScaling(5, 100, 0.1, 10.05, 0, 2))).build(),
                        "projection[0] (noise -> motors): scaling period 10.05 ms is not a whole number of steps"),
                invalid("reward rule without a channel", () -> new RewardStdp(stdp, 100, 100, 1, " ")
                        .requireValid("reward_stdp"), "reward_stdp: reward channel"),
                invalid("delay shorter than dt", () -> sensorsAndMotors()
                        .projection("noise", "sensors", Connectivity.allToAll(), 10.0, 1.0)
                        .projection("sensors", "sensors", Connectivity.allToAll(), 10.0, 1.0)
                        .projection("sensors", "motors", Connectivity.oneToOne(), 300.0, 0.05).build(),
                        "projection[2] (sensors -> motors): delay 0.05 ms is shorter than one step (dt 0.1 ms)"),
                invalid("zero delay", () -> sensorsAndMotors()
                        .projection("sensors", "motors", Connectivity.oneToOne(), 300.0, 0.0).build(),
                        "projection[0] (sensors -> motors): delay 0.0 ms is shorter than one step (dt 0.1 ms)"),
                invalid("delay between steps", () -> sensorsAndMotors()
                        .projection("sensors", "motors", Connectivity.oneToOne(), 300.0, 1.05).build(),
                        "projection[0] (sensors -> motors): delay 1.05 ms is not a whole number of steps"),
                invalid("negative membrane time constant", () -> sensorsAndMotors()
                        .population("extra", 3, lif(-3.0, -65, -65, -50, 2)).build(),
                        "population 'extra': tau_m must be positive, got -3.0 ms"),
                invalid("unknown target", () -> sensorsAndMotors()
                        .projection("sensors", "motrs", Connectivity.oneToOne(), 300.0, 1.0).build(),
                        "projection[0] (sensors -> motrs): unknown population 'motrs'; known populations:"
                                + " sensors, motors"),
                invalid("unknown source", () -> sensorsAndMotors()
                        .projection("sensers", "motors", Connectivity.oneToOne(), 300.0, 1.0).build(),
                        "projection[0] (sensers -> motors): unknown source 'sensers'"),
                invalid("Poisson input as target", () -> sensorsAndMotors()
                        .projection("sensors", "noise", Connectivity.allToAll(), 300.0, 1.0).build(),
                        "'noise' is an input; only populations can be targets"),
                invalid("probability above 1", () -> Connectivity.fixedProbability(1.5),
                        "probability 1.5 is above 1"),
                invalid("probability below 0", () -> Connectivity.fixedProbability(-0.2),
                        "probability -0.2 is below 0"),
                invalid("probability NaN", () -> Connectivity.fixedProbability(Double.NaN),
                        "probability must be a number, got NaN"),
                invalid("duplicate population name", () -> sensorsAndMotors()
                        .population("motors", 2, LIF).build(),
                        "duplicate name 'motors': population[1] and population[2] both use it"),
                invalid("Poisson input named like a population", () -> sensorsAndMotors()
                        .poisson("sensors", 2, 5.0).build(),
                        "duplicate name 'sensors': population[0] and poisson input[1] both use it"),
                invalid("threshold not above reset", () -> sensorsAndMotors()
                        .population("extra", 3, lif(20, -65, -65, -70, 2)).build(),
                        "population 'extra': v_threshold -70.0 mV must be above v_reset -65.0 mV"),
                invalid("NaN rest potential", () -> sensorsAndMotors()
                        .population("extra", 3, lif(20, Double.NaN, -65, -50, 2)).build(),
                        "population 'extra': v_rest must be finite, got NaN"),
                invalid("infinite dt", () -> sensorsAndMotors().dtMs(Double.POSITIVE_INFINITY).build(),
                        "network 'reflex': dt must be positive and finite, got Infinity ms"),
                invalid("NaN weight", () -> sensorsAndMotors()
                        .projection("sensors", "motors", Connectivity.oneToOne(), Double.NaN, 1.0).build(),
                        "projection (sensors -> motors): weight must be finite, got NaN"),
                invalid("infinite delay", () -> sensorsAndMotors()
                        .projection("sensors", "motors", Connectivity.oneToOne(), 1.0, Double.NEGATIVE_INFINITY)
                        .build(),
                        "projection (sensors -> motors): delay must be finite, got -Infinity"),
                invalid("negative Poisson rate", () -> sensorsAndMotors().poisson("drive", 3, -1.0).build(),
                        "poisson input 'drive': rateHz must be finite and not negative, got -1.0"),
                invalid("empty population", () -> sensorsAndMotors().population("extra", 0, LIF).build(),
                        "population 'extra': size must be positive, got 0"),
                invalid("blank name", () -> sensorsAndMotors().population(" ", 1, LIF).build(),
                        "population name must not be blank"),
                invalid("refractory period between steps", () -> sensorsAndMotors()
                        .population("extra", 3, lif(20, -65, -65, -50, 2.05)).build(),
                        "population 'extra': refractory 2.05 ms is not a whole number of steps (dt 0.1 ms)"),
                invalid("one-to-one between different sizes", () -> sensorsAndMotors()
                        .population("extra", 3, LIF)
                        .projection("sensors", "extra", Connectivity.oneToOne(), 1.0, 1.0).build(),
                        "projection[0] (sensors -> extra): one-to-one connectivity needs equal sizes, got 5"
                                + " (sensors) and 3 (extra)"),
                invalid("explicit index out of range", () -> sensorsAndMotors()
                        .projection("sensors", "motors", Connectivity.explicit(List.of(
                                new Connectivity.Connection(0, 1), new Connectivity.Connection(2, 7))), 1.0, 1.0)
                        .build(),
                        "projection[0] (sensors -> motors): connection[1] has target 7, outside 0..4 of 'motors'"),
                invalid("negative explicit index", () -> new Connectivity.Connection(-1, 0),
                        "connection (-1 -> 0): indices must not be negative"),
                invalid("missing connectivity", () -> sensorsAndMotors()
                        .projection("sensors", "motors", null, 1.0, 1.0).build(),
                        "projection (sensors -> motors): connectivity is missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidNetworks")
    void should_name_field_and_reason_of_an_invalid_network(Executable build, String expectedMessage) {
        // when
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, build);
        // then
        assertTrue(e.getMessage().contains(expectedMessage), e.getMessage());
    }

    @Test
    void should_build_the_documented_example() {
        // when
        NetworkSpec spec = NetworkSpec.builder("name").dtMs(0.1)
                .population("sensors", 5, CubaLif.defaults())
                .population("motors", 5, CubaLif.defaults())
                .poisson("noise", 10, 20.0)
                .projection("sensors", "motors", Connectivity.oneToOne(), 300.0, 1.0)
                .build();
        // then
        assertEquals(2, spec.populations().size());
        assertEquals(new PoissonInputSpec("noise", 10, 20.0), spec.poissonInputs().get(0));
        assertEquals(new ProjectionSpec("sensors", "motors", new Connectivity.OneToOne(), 300.0, 1.0),
                spec.projections().get(0));
    }

    @Test
    void should_accept_decimal_delays_that_are_whole_steps_despite_rounding() {
        // when: 0.3 / 0.1 is 2.9999999999999996 in binary floating point
        NetworkSpec spec = sensorsAndMotors()
                .projection("sensors", "motors", Connectivity.oneToOne(), 300.0, 0.3).build();
        // then
        assertEquals(3, StepCount.wholeSteps(((ValueSpec.Constant) spec.projections().get(0).delayMs()).value(),
                spec.dtMs()));
    }

    @Test
    void should_keep_lists_immutable() {
        // given
        NetworkSpec spec = sensorsAndMotors().build();
        // when / then
        assertThrows(UnsupportedOperationException.class, () -> spec.populations().clear());
    }
}
