package org.astrocyte.controllers.spiking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.WakeUp;
import org.astrocyte.controllers.encoding.CurrentEncoder;
import org.astrocyte.controllers.testing.TinyWorld;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.junit.jupiter.api.Test;

class EnergySeekingTest {

    private static final double MAX_SPEED = TinyWorld.MAX_SPEED;
    private static final MotorCommand CRUISE = new MotorCommand(0.2, 0.25);
    private static final double FX = 5;
    private static final double FY = 5;

    /** Food odour (σ 1.5 m) 2.5 m north of the body, which heads east: the food is 90° to its left. */
    private static TinyWorld foodOnTheLeft(double energy) {
        return TinyWorld.square(10).chemical(FX, FY, 1.5).place(FX, FY - 2.5, 0).energy(energy, 0);
    }

    private static SensorFrame frame(long tick, double energy, double odour) {
        return SensorFrame.of(tick * 1000, new double[] {1.5}, 1.5, CRUISE).withEnergy(energy)
                .withChemical(new SensorFrame.Stereo(odour, odour));
    }

    @Test
    void should_reach_food_2_5_m_away_when_the_battery_is_low() {
        // given
        TinyWorld world = foodOnTheLeft(0.1);
        EnergySeeking reflex = new EnergySeeking(MAX_SPEED, 1);
        double reached = -1;
        // when
        for (int t = 0; t < 20_000 && reached < 0; t++) {
            world.step(reflex.step(world.frame(CRUISE)).command());
            if (world.distanceTo(FX, FY) < 0.5) {
                reached = (t + 1) / 1000.0;
            }
        }
        // then
        assertTrue(reached > 0, "it must get within 0.5 m of the food in 20 s; it is " + world.distanceTo(FX, FY));
        assertEquals(0, world.collisions());
    }

    @Test
    void should_pass_the_planner_drive_through_when_the_battery_is_full_enough() {
        // given
        TinyWorld world = foodOnTheLeft(0.9);
        EnergySeeking reflex = new EnergySeeking(MAX_SPEED, 1);
        // when
        ReflexDecision decision = null;
        for (int t = 0; t < 3000; t++) {
            decision = reflex.step(world.frame(CRUISE));
            assertFalse(decision.overriding(), "tick " + t);
            assertEquals(CRUISE, decision.command());
            assertNull(decision.wakeUp());
            world.step(decision.command());
        }
        // then
        assertFalse(reflex.seeking());
    }

    @Test
    void should_wake_the_planner_once_when_the_energy_falls_below_the_low_mark() {
        // given
        EnergySeeking reflex = new EnergySeeking(MAX_SPEED, 1);
        List<Integer> wakes = new ArrayList<>();
        // when: full for 100 ticks, then low for 2000
        for (int t = 0; t < 2100; t++) {
            ReflexDecision decision = reflex.step(frame(t, t < 100 ? 0.9 : 0.2, 0.3));
            if (decision.wakeUp() != null) {
                assertEquals(WakeUp.ENERGY_LOW, decision.wakeUp());
                wakes.add(t);
            }
        }
        // then
        assertEquals(List.of(100), wakes);
        assertTrue(reflex.seeking());
    }

    @Test
    void should_seek_until_the_high_mark_and_start_again_only_below_the_low_mark() {
        // given
        EnergySeeking reflex = new EnergySeeking(MAX_SPEED, 1);
        double[] energies = {0.5, 0.2, 0.5, 0.65, 0.5, 0.2};
        boolean[] seeking = new boolean[energies.length];
        int wakes = 0;
        // when: 200 ticks at each level
        for (int level = 0; level < energies.length; level++) {
            ReflexDecision decision = null;
            for (int t = 0; t < 200; t++) {
                decision = reflex.step(frame(level * 200L + t, energies[level], 0.3));
                wakes += decision.wakeUp() == null ? 0 : 1;
            }
            seeking[level] = decision.overriding();
        }
        // then
        assertEquals("[false, true, true, false, false, true]", Arrays.toString(seeking));
        assertEquals(2, wakes);
    }

    @Test
    void should_drive_the_motors_only_when_hungry() {
        // given: the same odour for a hungry and a sated body
        EnergySeeking hungry = new EnergySeeking(MAX_SPEED, 1);
        EnergySeeking sated = new EnergySeeking(MAX_SPEED, 1);
        // when
        for (int t = 0; t < 1000; t++) {
            hungry.step(frame(t, 0.1, 0.4));
            sated.step(frame(t, 0.9, 0.4));
        }
        // then
        Map<String, Integer> hungryCounts = hungry.takeSpikeCounts();
        Map<String, Integer> satedCounts = sated.takeSpikeCounts();
        assertTrue(hungryCounts.get(EnergySeeking.MOTORS) > 200, hungryCounts.toString());
        assertTrue(satedCounts.get(EnergySeeking.MOTORS) < hungryCounts.get(EnergySeeking.MOTORS) / 20,
                satedCounts + " vs " + hungryCounts);
        assertTrue(hungryCounts.get(EnergySeeking.HUNGER) > 5 * satedCounts.get(EnergySeeking.HUNGER));
        assertEquals(hungryCounts.get(EnergySeeking.ANTENNAE), satedCounts.get(EnergySeeking.ANTENNAE));
    }

    @Test
    void should_decide_the_same_for_the_same_seed() {
        // given
        EnergySeeking first = new EnergySeeking(MAX_SPEED, 9);
        EnergySeeking twin = new EnergySeeking(MAX_SPEED, 9);
        List<MotorCommand> a = new ArrayList<>();
        List<MotorCommand> b = new ArrayList<>();
        // when
        for (int t = 0; t < 1000; t++) {
            SensorFrame frame = frame(t, 0.15, 0.3).withChemical(new SensorFrame.Stereo(0.3 + t / 5000.0, 0.3));
            a.add(first.step(frame).command());
            b.add(twin.step(frame).command());
        }
        // then
        assertEquals(a, b);
        assertEquals(first.totalSpikes(), twin.totalSpikes());
    }

    @Test
    void should_count_spikes_per_population_and_reset_when_taken() {
        // given
        EnergySeeking reflex = new EnergySeeking(MAX_SPEED, 1);
        for (int t = 0; t < 300; t++) {
            reflex.step(frame(t, 0.1, 0.4));
        }
        // when
        Map<String, Integer> counts = reflex.takeSpikeCounts();
        // then
        for (String population : List.of(EnergySeeking.HUNGER, EnergySeeking.ANTENNAE, EnergySeeking.MOTORS,
                EnergySeeking.SPEED)) {
            assertTrue(counts.get(population) > 0, population + " in " + counts);
        }
        assertTrue(reflex.takeSpikeCounts().values().stream().allMatch(n -> n == 0));
    }

    @Test
    void should_drive_the_motors_from_hunger_rather_than_from_a_tonic_current() {
        // when
        NetworkSpec spec = EnergySeeking.circuit();
        // then
        assertEquals(EnergySeeking.HUNGER_NEURONS, spec.population(EnergySeeking.HUNGER).size());
        List<ProjectionSpec> fromHunger = spec.projections().stream()
                .filter(p -> p.source().equals(EnergySeeking.HUNGER)).toList();
        assertEquals(List.of(EnergySeeking.MOTORS, EnergySeeking.SPEED),
                fromHunger.stream().map(ProjectionSpec::target).toList());
        assertTrue(fromHunger.stream().allMatch(p -> p.weight().lowest() > 0));
        assertTrue(spec.currents().isEmpty());
    }

    @Test
    void should_reject_invalid_marks_and_arguments_with_a_clear_message() {
        var coding = CurrentEncoder.coding(0.05);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EnergySeeking(MAX_SPEED, 0.6, 0.25, coding, 1));
        assertTrue(e.getMessage().contains("low") && e.getMessage().contains("high"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EnergySeeking(MAX_SPEED, 0, 0.6, coding, 1));
        assertThrows(IllegalArgumentException.class, () -> new EnergySeeking(MAX_SPEED, 0.25, 1, coding, 1));
        assertThrows(IllegalArgumentException.class, () -> new EnergySeeking(MAX_SPEED, 0.25, 0.6, null, 1));
        assertThrows(IllegalArgumentException.class, () -> new EnergySeeking(0, 1));
    }
}
