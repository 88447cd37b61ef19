package org.astrocyte.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.SimulatorLimits;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionArgumentsTest {

    private static SimulatorSession open() {
        return SimulatorSession.open(NetworkSpec.builder("reflex").dtMs(0.1)
                .population("sensors", 5, CubaLif.defaults())
                .population("motors", 5, CubaLif.defaults())
                .poisson("noise", 3, 10.0)
                .projection("sensors", "motors", Connectivity.oneToOne(), 300.0, 1.0)
                .build(), 3L, new SimulatorLimits(1_000, 1_000, 500.0));
    }

    private static Arguments call(String name, Executable call, String expectedMessage) {
        return Arguments.of(Named.of(name, call), expectedMessage);
    }

    static Stream<Arguments> badCalls() {
        return Stream.of(
                call("run shorter than a step", () -> open().run(0.05),
                        "durationMs 0.05 is shorter than one step (dt 0.1 ms)"),
                call("run between steps", () -> open().run(1.05),
                        "durationMs 1.05 is not a whole number of dt steps (dt 0.1 ms)"),
                call("run above the limit", () -> open().run(600.0),
                        "durationMs 600.0 is above the limit of 500.0 ms per run"),
                call("run of zero", () -> open().run(0.0), "durationMs must be positive and finite, got 0.0"),
                call("run of NaN", () -> open().run(Double.NaN), "durationMs must be positive and finite, got NaN"),
                call("unknown population", () -> open().setCurrent("motrs", 0, 1.0),
                        "unknown population 'motrs'; populations: sensors, motors"),
                call("neuron out of range", () -> open().setCurrent("motors", 5, 1.0),
                        "index 5 is outside 0..4 of population 'motors'"),
                call("negative neuron", () -> open().membraneMv("sensors", -1),
                        "index -1 is outside 0..4 of population 'sensors'"),
                call("current into an input", () -> open().setCurrent("noise", 0, 1.0),
                        "'noise' is a poisson input, not a population"),
                call("NaN current", () -> open().setCurrent("motors", 1, Double.NaN),
                        "current into motors[1] must be finite, got NaN pA"),
                call("rate of a population", () -> open().setRate("motors", 0, 1.0),
                        "'motors' is a population, not a poisson input; poisson inputs: noise"),
                call("negative rate", () -> open().setRate("noise", 2, -5.0),
                        "rate of noise[2] must be finite and not negative, got -5.0 Hz"),
                call("infinite rate", () -> open().setRate("noise", 0, Double.POSITIVE_INFINITY),
                        "rate of noise[0] must be finite and not negative, got Infinity Hz"),
                call("rate index out of range", () -> open().setRate("noise", 3, 1.0),
                        "index 3 is outside 0..2 of poisson input 'noise'"),
                call("monitor of an unknown name", () -> open().monitor("motor"),
                        "unknown population or input 'motor'; known: sensors, motors, noise"),
                call("count of an unknown name", () -> open().run(1.0).spikeCount("motor"),
                        "unknown population or input 'motor'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalls")
    void should_name_the_argument_and_the_valid_range_of_a_bad_call(Executable call, String expectedMessage) {
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        // then
        assertTrue(e.getMessage().contains(expectedMessage), e.getMessage());
    }

    @Test
    void should_advance_time_by_whole_steps_and_keep_currents_until_changed() {
        // given
        SimulatorSession session = open();
        session.setCurrent("sensors", 2, 1_000.0);
        // when
        RunResult first = session.run(50.0);
        RunResult second = session.run(0.3);
        RunResult third = session.run(49.7);
        // then
        assertEquals(100.0, session.timeMs(), 1e-9);
        assertEquals(50.0, second.startMs(), 1e-9);
        assertEquals(50.3, second.endMs(), 1e-9);
        assertTrue(first.spikeCounts("sensors")[2] > 0);
        assertTrue(third.spikeCounts("sensors")[2] > 0, "the current stays on");
        assertEquals(0, first.spikeCounts("sensors")[1]);
        assertEquals(first.totalSpikes() + second.totalSpikes() + third.totalSpikes(), session.totalSpikes());
        assertEquals(first.spikeCount("sensors") + first.spikeCount("motors"), first.totalSpikes());
    }

    @Test
    void should_hand_out_copies_of_per_neuron_counts() {
        // given
        SimulatorSession session = open();
        session.setCurrent("sensors", 0, 1_000.0);
        RunResult result = session.run(20.0);
        int before = result.spikeCounts("sensors")[0];
        // when
        result.spikeCounts("sensors")[0] = -1;
        session.run(20.0);
        // then
        assertTrue(before > 0);
        assertEquals(before, result.spikeCounts("sensors")[0]);
        assertEquals(before, result.spikeCount("sensors"));
    }
}
