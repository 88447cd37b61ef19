package org.astrocyte.controllers.spiking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.encoding.RateEncoder;
import org.astrocyte.controllers.testing.TinyWorld;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.PopulationSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChemotaxisTest {

    private static final double MAX_SPEED = TinyWorld.MAX_SPEED;
    private static final MotorCommand CRUISE = new MotorCommand(0.2, 0.2);
    private static final double SX = 5;
    private static final double SY = 5;
    private static final double SIGMA = 1.5;

    private static SensorFrame odour(long tick, double left, double right) {
        return SensorFrame.of(tick * 1000, new double[] {1.5}, 1.5, CRUISE)
                .withChemical(new SensorFrame.Stereo(left, right));
    }

    /** Runs until the body is within {@code metres} of the source; returns the time taken, s, or −1 if never. */
    private static double timeToReach(TinyWorld world, Chemotaxis reflex, double metres, double seconds) {
        for (int t = 0; t < seconds * 1000; t++) {
            world.step(reflex.step(world.frame(CRUISE)).command());
            if (world.distanceTo(SX, SY) < metres) {
                return (t + 1) / 1000.0;
            }
        }
        return -1;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 180})
    void should_reach_the_source_from_3_m_away_facing_90_degrees_away_within_30_s(double headingDeg) {
        // given: the source 3 m north; heading east puts it on the left, heading west on the right
        TinyWorld world = TinyWorld.square(10).chemical(SX, SY, SIGMA).place(SX, SY - 3, headingDeg);
        Chemotaxis reflex = new Chemotaxis(MAX_SPEED, 1);
        // when
        double reached = timeToReach(world, reflex, 0.5, 30);
        // then
        assertTrue(reached > 0, "it must get within 0.5 m; it is " + world.distanceTo(SX, SY) + " m away");
        assertEquals(0, world.collisions());
    }

    @Test
    void should_turn_round_and_reach_the_source_when_it_is_straight_behind() {
        // given: the antennae cannot tell the sides apart; only the pirouette turns it
        TinyWorld world = TinyWorld.square(10).chemical(SX, SY, SIGMA).place(SX, SY - 3, -90);
        // when
        double reached = timeToReach(world, new Chemotaxis(MAX_SPEED, 1), 0.5, 30);
        // then
        assertTrue(reached > 0, "it must get within 0.5 m; it is " + world.distanceTo(SX, SY) + " m away");
    }

    @Test
    void should_pass_the_planner_drive_through_with_no_odour() {
        // given
        Chemotaxis reflex = new Chemotaxis(MAX_SPEED, 1);
        ReflexDecision decision = null;
        // when
        for (int t = 0; t < 1000; t++) {
            decision = reflex.step(odour(t, 0, 0));
        }
        // then
        assertFalse(decision.overriding());
        assertEquals(CRUISE, decision.command());
        Map<String, Integer> counts = reflex.takeSpikeCounts();
        assertEquals(0, counts.get(Chemotaxis.ANTENNAE), counts.toString());
        assertEquals(0, counts.get(Chemotaxis.RISING) + counts.get(Chemotaxis.FALLING), counts.toString());
    }

    @Test
    void should_steer_towards_the_antenna_that_smells_more() {
        // given
        Chemotaxis leftStronger = new Chemotaxis(MAX_SPEED, 1);
        Chemotaxis rightStronger = new Chemotaxis(MAX_SPEED, 1);
        ReflexDecision left = null;
        ReflexDecision right = null;
        // when
        for (int t = 0; t < 500; t++) {
            left = leftStronger.step(odour(t, 0.5, 0.4));
            right = rightStronger.step(odour(t, 0.4, 0.5));
        }
        // then
        assertTrue(left.overriding() && right.overriding());
        assertTrue(left.command().right() > left.command().left(), "turn left: " + left.command());
        assertTrue(right.command().left() > right.command().right(), "turn right: " + right.command());
    }

    @Test
    void should_run_faster_while_the_odour_grows_than_while_it_fades() {
        // given: the same odour levels, rising over 1 s for one body and falling for the other
        Chemotaxis growing = new Chemotaxis(MAX_SPEED, 1);
        Chemotaxis fading = new Chemotaxis(MAX_SPEED, 1);
        for (int t = 0; t < 300; t++) {
            growing.step(odour(t, 0.3, 0.3));
            fading.step(odour(t, 0.6, 0.6));
        }
        growing.takeSpikeCounts();
        fading.takeSpikeCounts();
        ReflexDecision up = null;
        ReflexDecision down = null;
        // when
        for (int t = 0; t < 1000; t++) {
            double c = 0.3 + 0.3 * t / 1000.0;
            up = growing.step(odour(300 + t, c, c));
            down = fading.step(odour(300 + t, 0.9 - c, 0.9 - c));
        }
        // then
        double upSpeed = (up.command().left() + up.command().right()) / 2;
        double downSpeed = (down.command().left() + down.command().right()) / 2;
        assertTrue(upSpeed > 2 * downSpeed, "rising " + upSpeed + " m/s, falling " + downSpeed + " m/s");
        Map<String, Integer> rising = growing.takeSpikeCounts();
        Map<String, Integer> falling = fading.takeSpikeCounts();
        assertTrue(rising.get(Chemotaxis.RISING) > 0 && rising.get(Chemotaxis.FALLING) == 0, rising.toString());
        assertTrue(falling.get(Chemotaxis.FALLING) > 0 && falling.get(Chemotaxis.RISING) == 0, falling.toString());
    }

    @Test
    void should_decide_the_same_for_the_same_seed() {
        // given: rate-coded antennae, the circuit's only randomness
        Chemotaxis first = new Chemotaxis(MAX_SPEED, RateEncoder.coding(1000), 5);
        Chemotaxis twin = new Chemotaxis(MAX_SPEED, RateEncoder.coding(1000), 5);
        List<MotorCommand> a = new ArrayList<>();
        List<MotorCommand> b = new ArrayList<>();
        // when
        for (int t = 0; t < 1000; t++) {
            double c = 0.2 + 0.2 * t / 1000.0;
            a.add(first.step(odour(t, c, 0.9 * c)).command());
            b.add(twin.step(odour(t, c, 0.9 * c)).command());
        }
        // then
        assertEquals(a, b);
        assertEquals(first.totalSpikes(), twin.totalSpikes());
        assertEquals(first.takeSpikeCounts(), twin.takeSpikeCounts());
    }

    @Test
    void should_count_spikes_per_population_and_reset_when_taken() {
        // given
        Chemotaxis reflex = new Chemotaxis(MAX_SPEED, 1);
        for (int t = 0; t < 300; t++) {
            reflex.step(odour(t, 0.4 + t / 3000.0, 0.4));
        }
        // when
        Map<String, Integer> counts = reflex.takeSpikeCounts();
        // then
        for (String population : List.of(Chemotaxis.ANTENNAE, Chemotaxis.RISING, Chemotaxis.MOTORS,
                Chemotaxis.SPEED)) {
            assertTrue(counts.get(population) > 0, population + " in " + counts);
        }
        assertTrue(reflex.takeSpikeCounts().values().stream().allMatch(n -> n == 0));
    }

    @Test
    void should_describe_its_circuit_with_push_pull_steering() {
        // when
        NetworkSpec spec = Chemotaxis.circuit();
        // then
        assertEquals(List.of(Chemotaxis.ANTENNAE, Chemotaxis.RISING, Chemotaxis.FALLING, Chemotaxis.MOTORS,
                Chemotaxis.SPEED), spec.populations().stream().map(PopulationSpec::name).toList());
        double[] antennaWeights = spec.projections().stream().filter(p -> p.source().equals(Chemotaxis.ANTENNAE))
                .mapToDouble(p -> p.weight().lowest()).toArray();
        assertEquals(2, antennaWeights.length);
        assertTrue(antennaWeights[0] > 0 && antennaWeights[1] < 0);
        assertEquals(1, Chemotaxis.circuit(RateEncoder.coding(800)).poissonInputs().size());
    }

    @Test
    void should_reject_invalid_arguments_with_a_clear_message() {
        assertThrows(IllegalArgumentException.class, () -> new Chemotaxis(MAX_SPEED, null, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Chemotaxis(-1, 1));
        assertTrue(e.getMessage().contains("wheel speed"), e.getMessage());
    }
}
