package org.astrocyte.controllers.spiking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.steering.GoalSteering;
import org.astrocyte.controllers.testing.TinyWorld;
import org.junit.jupiter.api.Test;

class HalfCentreOscillatorTest {

    private static final double MAX_SPEED = 0.5;
    private static final double[] NO_RAYS = {1.5};

    /**
     * The rhythm under a constant drive: the times (ms) at which the dominant half-centre changed, dominance being
     * the larger of the two spike rates filtered with τ = 50 ms.
     */
    private record Rhythm(List<Integer> switchesMs) {

        /** Mean time between two onsets of the same half-centre, after the first 0.5 s, ms. */
        double periodMs() {
            List<Integer> settled = settled();
            return 2.0 * (settled.get(settled.size() - 1) - settled.get(0)) / (settled.size() - 1);
        }

        /** Coefficient of variation of the half-periods after the first 0.5 s. */
        double irregularity() {
            List<Integer> settled = settled();
            double mean = periodMs() / 2;
            double sum = 0;
            for (int i = 1; i < settled.size(); i++) {
                double half = settled.get(i) - settled.get(i - 1);
                sum += (half - mean) * (half - mean);
            }
            return Math.sqrt(sum / (settled.size() - 1)) / mean;
        }

        private List<Integer> settled() {
            return switchesMs.stream().filter(t -> t >= 500).toList();
        }
    }

    private static Rhythm rhythm(double forward, int ms) {
        HalfCentreOscillator cpg = new HalfCentreOscillator(MAX_SPEED, 1);
        MotorCommand drive = new MotorCommand(forward, forward);
        double decay = Math.exp(-1 / 50.0);
        double left = 0;
        double right = 0;
        int dominant = 0;
        List<Integer> switches = new ArrayList<>();
        for (int t = 0; t < ms; t++) {
            cpg.step(SensorFrame.of(t * 1000L, NO_RAYS, 1.5, drive));
            Map<String, Integer> spikes = cpg.takeSpikeCounts();
            left = left * decay + spikes.get(HalfCentreOscillator.LEFT);
            right = right * decay + spikes.get(HalfCentreOscillator.RIGHT);
            int now = left > right ? 1 : right > left ? -1 : 0;
            if (now != 0 && now != dominant) {
                if (dominant != 0) {
                    switches.add(t);
                }
                dominant = now;
            }
        }
        return new Rhythm(switches);
    }

    /** Measured: 13 switches in 5 s, period 785 ms, irregularity 0.03. */
    @Test
    void should_alternate_bursts_under_a_constant_drive() {
        // when
        Rhythm rhythm = rhythm(0.3, 5000);
        // then
        assertTrue(rhythm.switchesMs().size() > 6, rhythm.toString());
        assertTrue(rhythm.periodMs() > 600 && rhythm.periodMs() < 1000, "period " + rhythm.periodMs() + " ms");
        assertTrue(rhythm.irregularity() < 0.15, "irregularity " + rhythm.irregularity());
    }

    /** Measured over 10 s: 671 ms at 0.05 m/s, 810 ms at 0.5 m/s (637 ms at 0.01 m/s). */
    @Test
    void should_slow_down_under_a_stronger_drive() {
        for (double f : new double[] {0.01, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5}) {
            Rhythm r = rhythm(f, 10000);
            }
        // when
        Rhythm weak = rhythm(0.05, 10000);
        Rhythm strong = rhythm(0.5, 10000);
        // then
        assertTrue(strong.periodMs() > 1.1 * weak.periodMs(), "weak " + weak.periodMs() + " ms, strong "
                + strong.periodMs() + " ms");
    }

    /** Measured: 19 crossings in 7 s, largest error 10.4°, mean 0.16°, 2.28 m net of 2.30 m travelled. */
    @Test
    void should_weave_around_the_goal_direction_and_still_progress() {
        // given: the planner steers toward a goal far ahead
        TinyWorld world = TinyWorld.square(20).place(2, 10, 0);
        GoalSteering steering = GoalSteering.forBody(0.3);
        HalfCentreOscillator cpg = new HalfCentreOscillator(TinyWorld.MAX_SPEED, 1);
        double startX = world.x();
        double startY = world.y();
        int crossings = 0;
        double largest = 0;
        double sum = 0;
        int samples = 0;
        double previous = 0;
        // when
        for (int t = 0; t < 8000; t++) {
            MotorCommand drive = steering.toward(world.x(), world.y(), Math.toRadians(world.headingDeg()), 18, 10);
            ReflexDecision decision = cpg.step(world.frame(drive));
            assertFalse(decision.overriding());
            world.step(decision.command());
            double error = world.headingDeg() - Math.toDegrees(Math.atan2(10 - world.y(), 18 - world.x()));
            if (t >= 1000) {
                crossings += error * previous < 0 ? 1 : 0;
                largest = Math.max(largest, Math.abs(error));
                sum += error;
                samples++;
            }
            previous = error;
        }
        // then
        double net = Math.hypot(world.x() - startX, world.y() - startY);
        assertTrue(crossings >= 10, "the heading crossed the goal direction " + crossings + " times in 7 s");
        assertTrue(largest > 5, "largest heading error " + largest + " degrees");
        assertTrue(Math.abs(sum / samples) < 3, "mean heading error " + sum / samples + " degrees");
        assertTrue(net > 0.5 * world.travelled(), "net " + net + " m of " + world.travelled() + " m travelled");
        assertEquals(0, world.collisions());
    }

    @Test
    void should_stay_silent_and_pass_the_drive_through_when_the_planner_stops() {
        HalfCentreOscillator cpg = new HalfCentreOscillator(MAX_SPEED, 1);
        for (int t = 0; t < 1000; t++) {
            // when
            ReflexDecision decision = cpg.step(SensorFrame.of(t * 1000L, NO_RAYS, 1.5, MotorCommand.STOP));
            // then
            assertEquals(MotorCommand.STOP, decision.command());
            assertFalse(decision.overriding());
        }
        assertEquals(0, cpg.totalSpikes());
    }
}
