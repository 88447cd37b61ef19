package org.astrocyte.controllers.arbitration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.PassThroughReflex;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.WakeUp;
import org.astrocyte.controllers.baseline.ConditionResponseReflex;
import org.junit.jupiter.api.Test;

class WakeUpMonitorTest {

    private static final MotorCommand FORWARD = new MotorCommand(0.3, 0.3);
    private static final double[] CLEAR = {1.5, 1.5, 1.5};
    private static final double[] WALL_AHEAD = {1.5, 0.1, 1.5};

    /** The wake-ups raised over {@code frames}, one entry per tick (null when none). */
    private static List<WakeUp> wakeUps(ReflexController reflex, List<SensorFrame> frames) {
        WakeUpMonitor monitor = new WakeUpMonitor(reflex, WakeUpMonitor.Settings.defaults());
        List<WakeUp> raised = new ArrayList<>();
        for (SensorFrame frame : frames) {
            raised.add(monitor.step(frame).wakeUp());
        }
        return raised;
    }

    private static List<SensorFrame> ticks(int from, int count, double[] ranges, SensorFrame.Odometry odometry,
            double energy) {
        List<SensorFrame> frames = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            frames.add(SensorFrame.of(i * 1000L, ranges, 1.5, FORWARD).withOdometry(odometry).withEnergy(energy));
        }
        return frames;
    }

    private static long count(List<WakeUp> raised, WakeUp reason) {
        return raised.stream().filter(reason::equals).count();
    }

    @Test
    void should_wake_once_when_a_reflex_starts_to_override() {
        // given
        SensorFrame.Odometry moving = new SensorFrame.Odometry(0.3, 0);
        List<SensorFrame> frames = new ArrayList<>(ticks(0, 10, CLEAR, moving, 1));
        frames.addAll(ticks(10, 50, WALL_AHEAD, moving, 1));
        // when
        List<WakeUp> raised = wakeUps(new ConditionResponseReflex(0.5), frames);
        // then
        assertEquals(1, count(raised, WakeUp.HAZARD));
        assertEquals(WakeUp.HAZARD, raised.get(10));
    }

    @Test
    void should_wake_once_when_asked_to_move_but_still_for_two_seconds() {
        // given
        List<SensorFrame> frames = ticks(0, 5000, CLEAR, SensorFrame.Odometry.STILL, 1);
        // when
        List<WakeUp> raised = wakeUps(new PassThroughReflex(), frames);
        // then
        assertEquals(1, count(raised, WakeUp.STUCK));
        assertEquals(WakeUp.STUCK, raised.get(2000));
    }

    @Test
    void should_not_call_a_moving_body_stuck() {
        List<WakeUp> raised = wakeUps(new PassThroughReflex(), ticks(0, 5000, CLEAR,
                new SensorFrame.Odometry(0.2, 0), 1));
        assertEquals(0, count(raised, WakeUp.STUCK));
    }

    @Test
    void should_wake_on_low_energy_once_until_it_recovers() {
        // given: energy falls below 0.25, wobbles around it, recovers, falls again
        SensorFrame.Odometry moving = new SensorFrame.Odometry(0.3, 0);
        List<SensorFrame> frames = new ArrayList<>(ticks(0, 10, CLEAR, moving, 0.5));
        frames.addAll(ticks(10, 10, CLEAR, moving, 0.2));
        frames.addAll(ticks(20, 10, CLEAR, moving, 0.3));
        frames.addAll(ticks(30, 10, CLEAR, moving, 0.2));
        frames.addAll(ticks(40, 10, CLEAR, moving, 0.9));
        frames.addAll(ticks(50, 10, CLEAR, moving, 0.1));
        // when
        List<WakeUp> raised = wakeUps(new PassThroughReflex(), frames);
        // then
        assertEquals(2, count(raised, WakeUp.ENERGY_LOW));
        assertEquals(WakeUp.ENERGY_LOW, raised.get(10));
        assertEquals(WakeUp.ENERGY_LOW, raised.get(50));
        assertNull(raised.get(30));
    }

    @Test
    void should_pass_on_a_reason_the_reflex_raised_itself() {
        // given
        ReflexController goalSeeker = new ReflexController() {
            @Override
            public ReflexDecision step(SensorFrame frame) {
                return new ReflexDecision(frame.drive(), false, 0, WakeUp.GOAL_REACHED);
            }

            @Override
            public String name() {
                return "goal";
            }
        };
        // when
        List<WakeUp> raised = wakeUps(goalSeeker, ticks(0, 1, CLEAR, SensorFrame.Odometry.STILL, 0.1));
        // then
        assertEquals(WakeUp.GOAL_REACHED, raised.get(0));
    }
}
