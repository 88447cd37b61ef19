package org.astrocyte.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.astrocyte.simulator.spec.CubaLif;
import org.junit.jupiter.api.Test;

class LifPropagatorsTest {

    private static double textbookGain(double h, double tauM, double tauSyn, double c) {
        return tauM * tauSyn / (tauSyn - tauM) * (Math.exp(-h / tauSyn) - Math.exp(-h / tauM)) / c;
    }

    @Test
    void should_match_the_textbook_propagators_for_distinct_time_constants() {
        // when
        LifPropagators p = LifPropagators.of(CubaLif.defaults(), 0.1);
        // then
        assertEquals(Math.exp(-0.1 / 20.0), p.membraneDecay(), 1e-15);
        assertEquals(20.0 / 250.0 * (1 - Math.exp(-0.1 / 20.0)), p.externalGain(), 1e-15);
        assertEquals(textbookGain(0.1, 20.0, 5.0, 250.0), p.excitatoryGain(), 1e-12 * p.excitatoryGain());
        assertEquals(textbookGain(0.1, 20.0, 10.0, 250.0), p.inhibitoryGain(), 1e-12 * p.inhibitoryGain());
        assertEquals(Math.exp(-0.1 / 5.0), p.excitatoryDecay(), 1e-15);
        assertEquals(20, p.refractorySteps());
    }

    @Test
    void should_approach_the_equal_time_constant_limit_smoothly() {
        // given: at τs = τm the gain is h·e^{-h/τm}/C
        double h = 0.1;
        double limit = h * Math.exp(-h / 20.0) / 250.0;
        // when
        double nearBelow = LifPropagators.synapticGain(h, 20.0, 20.0 * (1 - 1e-9), 250.0);
        double exact = LifPropagators.synapticGain(h, 20.0, 20.0, 250.0);
        double nearAbove = LifPropagators.synapticGain(h, 20.0, 20.0 * (1 + 1e-9), 250.0);
        // then: the textbook form would lose about half of its digits here
        assertEquals(limit, exact, 1e-15 * limit);
        assertEquals(limit, nearBelow, 1e-10 * limit);
        assertEquals(limit, nearAbove, 1e-10 * limit);
    }
}
