package org.astrocyte.controllers.spiking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.encoding.CurrentEncoder;
import org.astrocyte.controllers.encoding.RateEncoder;
import org.astrocyte.controllers.encoding.SensorCoding;
import org.astrocyte.controllers.spiking.LightAttraction.Variant;
import org.astrocyte.controllers.testing.TinyWorld;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LightAttractionTest {

    private static final double MAX_SPEED = TinyWorld.MAX_SPEED;
    private static final MotorCommand CRUISE = new MotorCommand(0.2, 0.2);
    private static final double LX = 4;
    private static final double LY = 4;

    /** A world with a light at (4, 4) and the body {@code distance} m south of it, heading east (light on the left). */
    private static TinyWorld lightOnTheLeft(double distance) {
        return TinyWorld.square(8).light(LX, LY).place(LX, LY - distance, 0);
    }

    /** Runs until the body is within {@code metres} of the light; returns the time taken, s, or −1 if never. */
    private static double timeToReach(TinyWorld world, LightAttraction reflex, double metres, double seconds) {
        for (int t = 0; t < seconds * 1000; t++) {
            world.step(reflex.step(world.frame(CRUISE)).command());
            if (world.distanceTo(LX, LY) < metres) {
                return (t + 1) / 1000.0;
            }
        }
        return -1;
    }

    private static double forwardSpeed(ReflexDecision decision) {
        return (decision.command().left() + decision.command().right()) / 2;
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void should_pass_the_planner_drive_through_in_the_dark(Variant variant) {
        // given
        LightAttraction reflex = new LightAttraction(variant, MAX_SPEED, 1);
        ReflexDecision decision = null;
        // when
        for (int t = 0; t < 500; t++) {
            decision = reflex.step(SensorFrame.of(t * 1000L, new double[] {1.5}, 1.5, CRUISE));
        }
        // then
        assertFalse(decision.overriding());
        assertEquals(CRUISE, decision.command());
        assertEquals(0, reflex.takeSpikeCounts().get(LightAttraction.EYES));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void should_turn_left_within_the_first_second_when_the_light_is_on_the_left(Variant variant) {
        // given
        TinyWorld world = lightOnTheLeft(1.5);
        // when
        ReflexDecision last = world.run(new LightAttraction(variant, MAX_SPEED, 1), CRUISE, 1.0);
        // then
        assertTrue(last.overriding());
        assertTrue(world.headingDeg() > 10, variant + " heading after 1 s: " + world.headingDeg());
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void should_turn_right_when_the_light_is_on_the_right(Variant variant) {
        // given: light 1.5 m north, body heading west
        TinyWorld world = TinyWorld.square(8).light(LX, LY).place(LX, LY - 1.5, 180);
        // when
        world.run(new LightAttraction(variant, MAX_SPEED, 1), CRUISE, 1.0);
        // then
        assertTrue(world.headingDeg() > 0 && world.headingDeg() < 170, variant + " heading " + world.headingDeg());
    }

    @Test
    void should_keep_overriding_in_a_dim_light_only_once_a_bright_light_has_drawn_it() {
        // given: a dim light between the leave and enter levels (eyes at about 70 Hz)
        LightAttraction fresh = new LightAttraction(Variant.AGGRESSION, MAX_SPEED, 1);
        LightAttraction drawn = new LightAttraction(Variant.AGGRESSION, MAX_SPEED, 1);
        SensorFrame dim = SensorFrame.of(0, new double[] {1.5}, 1.5, CRUISE).withLight(new SensorFrame.Stereo(0.108,
                0.108));
        SensorFrame bright = dim.withLight(new SensorFrame.Stereo(0.3, 0.3));
        for (int t = 0; t < 300; t++) {
            drawn.step(bright);
        }
        ReflexDecision freshDecision = null;
        ReflexDecision drawnDecision = null;
        // when
        for (int t = 0; t < 1000; t++) {
            freshDecision = fresh.step(dim);
            drawnDecision = drawn.step(dim);
        }
        // then
        assertFalse(freshDecision.overriding(), "eyes at " + freshDecision.hazard() + " Hz");
        assertEquals(CRUISE, freshDecision.command());
        assertTrue(drawnDecision.overriding(), "eyes at " + drawnDecision.hazard() + " Hz");
    }

    @Test
    void should_charge_the_light_and_speed_up_as_aggression() {
        // given
        TinyWorld world = lightOnTheLeft(2.0);
        LightAttraction reflex = new LightAttraction(Variant.AGGRESSION, MAX_SPEED, 1);
        double farSpeed = forwardSpeed(world.run(reflex, CRUISE, 1.0));
        // when
        double reached = timeToReach(world, reflex, 0.5, 10);
        // then
        assertTrue(reached > 0, "it must get within 0.5 m of the light in 11 s; it is at " + world.distanceTo(LX, LY));
        double nearSpeed = forwardSpeed(reflex.step(world.frame(CRUISE)));
        assertTrue(nearSpeed > 1.5 * farSpeed, "near " + nearSpeed + " m/s, far " + farSpeed + " m/s");
    }

    @Test
    void should_come_to_rest_near_the_light_and_face_it_as_love() {
        // given
        TinyWorld world = lightOnTheLeft(2.0);
        LightAttraction reflex = new LightAttraction(Variant.LOVE, MAX_SPEED, 1);
        double farSpeed = forwardSpeed(world.run(reflex, CRUISE, 1.0));
        // when
        ReflexDecision last = world.run(reflex, CRUISE, 29.0);
        // then
        double distance = world.distanceTo(LX, LY);
        assertTrue(distance < 1.0, "distance " + distance);
        assertTrue(distance > TinyWorld.RADIUS, "love stops short of the light: " + distance);
        assertTrue(Math.abs(world.bearingDeg(LX, LY)) < 30, "heading error " + world.bearingDeg(LX, LY));
        assertTrue(forwardSpeed(last) < 0.25 * farSpeed, "near " + forwardSpeed(last) + ", far " + farSpeed);
        assertTrue(last.overriding());
    }

    @Test
    void should_reach_the_light_with_current_and_with_rate_coded_eyes() {
        for (SensorCoding coding : List.of(CurrentEncoder.coding(LightAttraction.ONSET), RateEncoder.coding(1000))) {
            // given
            TinyWorld world = lightOnTheLeft(1.5);
            LightAttraction reflex = new LightAttraction(Variant.AGGRESSION, MAX_SPEED, coding, 3);
            // when
            double reached = timeToReach(world, reflex, 0.5, 10);
            // then
            assertTrue(reached > 0, "it must get within 0.5 m in 10 s; it is at " + world.distanceTo(LX, LY));
            assertTrue(reflex.takeSpikeCounts().get(LightAttraction.MOTORS) > 0);
        }
    }

    @Test
    void should_decide_the_same_for_the_same_seed_and_differently_for_another_with_rate_coding() {
        // given
        LightAttraction first = new LightAttraction(Variant.AGGRESSION, MAX_SPEED, RateEncoder.coding(1000), 7);
        LightAttraction twin = new LightAttraction(Variant.AGGRESSION, MAX_SPEED, RateEncoder.coding(1000), 7);
        LightAttraction other = new LightAttraction(Variant.AGGRESSION, MAX_SPEED, RateEncoder.coding(1000), 8);
        List<MotorCommand> a = new ArrayList<>();
        List<MotorCommand> b = new ArrayList<>();
        List<MotorCommand> c = new ArrayList<>();
        // when
        for (int t = 0; t < 1000; t++) {
            SensorFrame frame = SensorFrame.of(t * 1000L, new double[] {1.5}, 1.5, CRUISE)
                    .withLight(new SensorFrame.Stereo(0.4, 0.3));
            a.add(first.step(frame).command());
            b.add(twin.step(frame).command());
            c.add(other.step(frame).command());
        }
        // then
        assertEquals(a, b);
        assertEquals(first.totalSpikes(), twin.totalSpikes());
        assertNotEquals(a, c);
    }

    @Test
    void should_count_spikes_per_population_and_reset_when_taken() {
        // given
        LightAttraction reflex = new LightAttraction(Variant.AGGRESSION, MAX_SPEED, 1);
        for (int t = 0; t < 200; t++) {
            reflex.step(SensorFrame.of(t * 1000L, new double[] {1.5}, 1.5, CRUISE)
                    .withLight(new SensorFrame.Stereo(0.5, 0.5)));
        }
        // when
        var counts = reflex.takeSpikeCounts();
        // then
        assertTrue(counts.get(LightAttraction.EYES) > 0, counts.toString());
        assertTrue(counts.get(LightAttraction.MOTORS) > 0, counts.toString());
        assertTrue(reflex.takeSpikeCounts().values().stream().allMatch(n -> n == 0));
    }

    @Test
    void should_wire_crossed_excitation_for_aggression_and_uncrossed_inhibition_for_love() {
        // when
        ProjectionSpec aggression = eyesToMotors(LightAttraction.circuit(Variant.AGGRESSION));
        ProjectionSpec love = eyesToMotors(LightAttraction.circuit(Variant.LOVE));
        // then
        assertTrue(aggression.weight().lowest() > 0);
        assertTrue(love.weight().lowest() < 0);
        assertTrue(aggression.connectivity().toString().contains("source=0, target=1"), aggression.toString());
        assertTrue(love.connectivity().toString().contains("source=0, target=0"), love.toString());
        assertEquals(1, LightAttraction.circuit(Variant.LOVE, RateEncoder.coding(500)).poissonInputs().size());
    }

    private static ProjectionSpec eyesToMotors(NetworkSpec spec) {
        return spec.projections().stream().filter(p -> p.source().equals(LightAttraction.EYES)).findFirst()
                .orElseThrow();
    }

    @Test
    void should_reject_missing_or_invalid_arguments_with_a_clear_message() {
        assertThrows(IllegalArgumentException.class, () -> new LightAttraction(null, MAX_SPEED, 1));
        assertThrows(IllegalArgumentException.class, () -> new LightAttraction(Variant.LOVE, MAX_SPEED, null, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LightAttraction(Variant.LOVE, 0, 1));
        assertTrue(e.getMessage().contains("wheel speed"), e.getMessage());
    }
}
