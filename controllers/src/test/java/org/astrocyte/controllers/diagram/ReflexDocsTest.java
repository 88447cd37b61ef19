package org.astrocyte.controllers.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.astrocyte.controllers.learning.LearningAvoidance;
import org.astrocyte.controllers.learning.LearningParameters;
import org.astrocyte.controllers.spiking.BraitenbergAvoidance;
import org.astrocyte.controllers.spiking.Chemotaxis;
import org.astrocyte.controllers.spiking.EnergySeeking;
import org.astrocyte.controllers.spiking.LightAttraction;
import org.astrocyte.controllers.spiking.LightAttraction.Variant;
import org.astrocyte.controllers.spiking.HalfCentreOscillator;
import org.astrocyte.controllers.spiking.TouchEscape;
import org.astrocyte.controllers.spiking.WallFollowing;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps docs/reflexes.md in step with the circuits: every circuit's Mermaid diagram, as {@link CircuitDiagram} draws
 * it today, must appear verbatim in the document. When a circuit changes, the failure message holds the block to
 * paste. A new circuit is one line in {@link #circuits()}.
 */
class ReflexDocsTest {

    /** The document, relative to the module directory that the tests run in. */
    private static final Path DOC = Path.of("..", "docs", "reflexes.md");

    /** A circuit the document shows, under its section title. */
    record Documented(String title, NetworkSpec spec) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Documented> circuits() {
        return Stream.of(
                new Documented("Braitenberg avoidance", BraitenbergAvoidance.circuit(5)),
                new Documented("Wall following", WallFollowing.circuit()),
                new Documented("Touch escape", TouchEscape.circuit()),
                new Documented("Half-centre CPG", HalfCentreOscillator.circuit()),
                new Documented("Light attraction, vehicle 2b", LightAttraction.circuit(Variant.AGGRESSION)),
                new Documented("Light attraction, vehicle 3a", LightAttraction.circuit(Variant.LOVE)),
                new Documented("Chemotaxis", Chemotaxis.circuit()),
                new Documented("Energy seeking", EnergySeeking.circuit()),
                new Documented("Learning avoidance", LearningAvoidance.circuit(5, LearningParameters.defaults())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("circuits")
    void should_show_the_current_diagram_of_each_circuit(Documented circuit) throws IOException {
        // given
        assumeTrue(Files.isRegularFile(DOC), "no " + DOC.toAbsolutePath().normalize() + " to check");
        String doc = Files.readString(DOC, StandardCharsets.UTF_8).replace("\r\n", "\n");
        // when
        String block = "```mermaid\n" + CircuitDiagram.mermaid(circuit.spec()) + "```\n";
        // then
        assertTrue(doc.contains(block), "docs/reflexes.md does not show the current circuit of '" + circuit.title()
                + "'; paste this block into its section, in place of the old diagram:\n\n" + block);
    }
}
