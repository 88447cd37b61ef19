package org.astrocyte.simulator.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.UnaryOperator;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.astrocyte.simulator.SimulatorSession;
import org.astrocyte.simulator.spec.Stdp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The weight change of one pre/post spike pair, for spike-time differences from -60 to +60 ms, against the rule's
 * analytic window: {@code A+ f+(w) exp(-dt/tau+)} for {@code dt = t_post - t_pre >= 0} and
 * {@code -A- f-(w) exp(dt/tau-)} for {@code dt < 0}. The traces decay by one exact factor per step, so the only
 * difference is rounding (relative 1e-12 is asked for).
 */
class StdpWindowTest {

    private static final double TAU_PLUS = 16.8;
    private static final double TAU_MINUS = 33.7;
    private static final double A_PLUS = 0.01;
    private static final double A_MINUS = 0.0125;
    private static final double W_MAX = 2.0;

    static Stream<Arguments> pairs() {
        return Stream.of(Stdp.Bounds.values()).flatMap(bounds -> DoubleStream.of(-60, -25.3, -10, -0.1, 0, 0.1,
                4.2, 10, 25, 60).mapToObj(dt -> Arguments.of(bounds, dt)));
    }

    @ParameterizedTest(name = "{0} bounds, dt = {1} ms")
    @MethodSource("pairs")
    void should_change_the_weight_by_the_analytic_window(Stdp.Bounds bounds, double dtMs) {
        // given
        Stdp rule = new Stdp(TAU_PLUS, TAU_MINUS, A_PLUS, A_MINUS, 0, W_MAX, bounds);
        double pre = 80;
        double post = pre + dtMs;
        // when
        for (UnaryOperator<SimulatorSession.Builder> kernel : kernels()) {
            double[] result = SpikePairNetwork.run(SpikePairNetwork.of(pre, post, rule), 200, kernel);
            // then
            double measuredDt = result[2] - result[1];
            assertEquals(dtMs, measuredDt, 1e-9, "the network must produce the intended spike times");
            double expected = SpikePairNetwork.W0 + window(bounds, measuredDt, SpikePairNetwork.W0);
            assertEquals(expected, result[0], 1e-12 * Math.abs(expected), bounds + " window at " + dtMs + " ms");
        }
    }

    private static double window(Stdp.Bounds bounds, double dt, double w) {
        boolean additive = bounds == Stdp.Bounds.ADDITIVE;
        if (dt >= 0) {
            return A_PLUS * (additive ? 1 : (W_MAX - w) / W_MAX) * Math.exp(-dt / TAU_PLUS);
        }
        return -A_MINUS * (additive ? 1 : w / W_MAX) * Math.exp(dt / TAU_MINUS);
    }

    private static java.util.List<UnaryOperator<SimulatorSession.Builder>> kernels() {
        return java.util.List.of(b -> b, SimulatorSession.Builder::referenceKernel);
    }
}
