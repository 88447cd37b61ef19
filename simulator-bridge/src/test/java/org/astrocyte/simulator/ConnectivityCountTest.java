package org.astrocyte.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

class ConnectivityCountTest {

    @Test
    void should_compile_each_rule_into_the_expected_number_of_synapses() {
        // given
        NetworkSpec spec = NetworkSpec.builder("counts")
                .population("a", 10, CubaLif.defaults())
                .population("b", 6, CubaLif.defaults())
                .poisson("noise", 4, 1.0)
                .projection("a", "a", Connectivity.allToAll(), 1.0, 1.0)
                .projection("a", "a", new Connectivity.AllToAll(true), 1.0, 1.0)
                .projection("a", "b", Connectivity.allToAll(), -1.0, 2.0)
                .projection("b", "b", Connectivity.oneToOne(), 1.0, 1.0)
                .projection("noise", "b", Connectivity.explicit(List.of(new Connectivity.Connection(3, 5),
                        new Connectivity.Connection(3, 5))), 1.0, 1.0)
                .build();
        // when
        SimulatorSession session = SimulatorSession.open(spec, 1L);
        // then
        assertEquals(90 + 100 + 60 + 6 + 2, session.synapseCount());
    }
}
