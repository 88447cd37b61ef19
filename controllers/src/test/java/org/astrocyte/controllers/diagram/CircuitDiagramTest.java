package org.astrocyte.controllers.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.astrocyte.simulator.spec.AdEx;
import org.astrocyte.simulator.spec.CobaLif;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.CurrentInputSpec;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.Stdp;
import org.astrocyte.simulator.spec.ValueSpec;
import org.junit.jupiter.api.Test;

class CircuitDiagramTest {

    private static final CubaLif CUBA = CubaLif.defaults();
    private static final CobaLif COBA = new CobaLif(200, 20, -60, -60, -50, 5, 5, 10, 0, -80);

    private static NetworkSpec sample() {
        Stdp stdp = new Stdp(20, 20, 10, 12, 0, 500, Stdp.Bounds.ADDITIVE);
        return NetworkSpec.builder("sample")
                .population("sensors", 3, CUBA)
                .population("motor", 2, CUBA)
                .population("cortex", 4, COBA)
                .poisson("noise", 3, 40.0)
                .spikeTrains("cue", List.of(new double[] {5, 10}))
                .current(CurrentInputSpec.constant("motor", 150))
                .projection("sensors", "motor", Connectivity.allToAll(), 4000, 1.0)
                .projection("motor", "motor", Connectivity.allToAll(), -2000.5, 1.0)
                .projection(new ProjectionSpec("noise", "sensors", Connectivity.oneToOne(), ValueSpec.constant(250),
                        ValueSpec.constant(1.0), stdp))
                .projection("cue", "cortex", Connectivity.allToAll(), 0.6 * 4, 1.0)
                .projection("sensors", "cortex", Connectivity.fixedProbability(0.5), -3, 1.0)
                .build();
    }

    @Test
    void should_draw_a_node_per_population_and_input_and_an_edge_per_projection() {
        // when
        String diagram = CircuitDiagram.mermaid(sample());
        // then
        assertEquals("""
                flowchart LR
                    p_sensors["sensors<br/>3 × cuba_lif"]
                    p_motor["motor<br/>2 × cuba_lif"]
                    p_cortex["cortex<br/>4 × coba_lif"]
                    in_noise(["noise<br/>3 × Poisson 40 Hz"])
                    in_cue[/"cue<br/>1 × spike train"/]
                    i_0>"150 pA"]
                    i_0 --> p_motor
                    p_sensors -->|"4000 pA"| p_motor
                    p_motor --x|"-2000.5 pA"| p_motor
                    in_noise -->|"250 pA, plastic: stdp"| p_sensors
                    in_cue -->|"2.4 nS"| p_cortex
                    p_sensors --x|"-3 nS"| p_cortex
                """, diagram);
    }

    @Test
    void should_give_the_same_text_for_the_same_spec() {
        assertEquals(CircuitDiagram.mermaid(sample()), CircuitDiagram.mermaid(sample()));
    }

    @Test
    void should_make_safe_unique_ids_and_escape_labels() {
        // given: two names that differ only in characters an id cannot hold, and a quote in a name
        AdEx adex = new AdEx(281, 30, -70.6, -50.4, 2, -40.4, -70.6, 4, 80.5, 144, 0, 5, 10);
        NetworkSpec spec = NetworkSpec.builder("awkward")
                .population("left-motor", 1, adex)
                .population("left motor", 1, adex)
                .population("say \"hi\"", 1, adex)
                .projection(new ProjectionSpec("left-motor", "left motor", Connectivity.allToAll(),
                        ValueSpec.uniform(-5, -1), ValueSpec.constant(1.0), null))
                .build();
        // when
        String diagram = CircuitDiagram.mermaid(spec);
        // then
        assertTrue(diagram.contains("    p_left_motor[\"left-motor<br/>1 × adex\"]\n"), diagram);
        assertTrue(diagram.contains("    p_left_motor_2[\"left motor<br/>1 × adex\"]\n"), diagram);
        assertTrue(diagram.contains("[\"say #quot;hi#quot;<br/>1 × adex\"]"), diagram);
        assertTrue(diagram.contains("    p_left_motor --x|\"uniform(-5.0, -1.0) pA\"| p_left_motor_2\n"), diagram);
    }

    @Test
    void should_write_numbers_without_a_needless_fraction() {
        assertEquals("4000", CircuitDiagram.number(4000.0));
        assertEquals("2400", CircuitDiagram.number(0.6 * 4000));
        assertEquals("-62.5", CircuitDiagram.number(-62.5));
        assertEquals("0.1", CircuitDiagram.number(0.1));
        assertEquals("0", CircuitDiagram.number(-0.0));
    }
}
