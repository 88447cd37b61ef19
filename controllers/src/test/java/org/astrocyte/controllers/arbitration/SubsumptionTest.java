package org.astrocyte.controllers.arbitration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.PassThroughReflex;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.WakeUp;
import org.junit.jupiter.api.Test;

class SubsumptionTest {

    private static final MotorCommand PLANNER = new MotorCommand(0.3, 0.3);

    /** Overrides with {@code command} when the nearest ray is closer than {@code below}, else passes through. */
    private record Layer(String name, double below, MotorCommand command, WakeUp wakeUp)
            implements ReflexController {
        @Override
        public ReflexDecision step(SensorFrame frame) {
            boolean near = frame.ranges()[0] < below;
            return near ? new ReflexDecision(command, true, below, wakeUp)
                    : new ReflexDecision(frame.drive(), false, 0);
        }

        @Override
        public Map<String, Integer> takeSpikeCounts() {
            return Map.of("motor", 3);
        }

        @Override
        public long totalSpikes() {
            return 5;
        }
    }

    /** Adds a constant turn to whatever drive it receives, never overriding (as a pattern generator does). */
    private record Wiggle(double turn) implements ReflexController {
        @Override
        public ReflexDecision step(SensorFrame frame) {
            MotorCommand d = frame.drive();
            return new ReflexDecision(new MotorCommand(d.left() - turn, d.right() + turn), false, 0);
        }

        @Override
        public String name() {
            return "wiggle";
        }
    }

    private static SensorFrame nearest(double range) {
        return SensorFrame.of(0, new double[] {range}, 1.5, PLANNER);
    }

    private final Layer escape = new Layer("escape", 0.1, new MotorCommand(-0.2, -0.2), WakeUp.HAZARD);
    private final Layer avoid = new Layer("avoid", 0.5, new MotorCommand(0.4, 0.1), null);

    @Test
    void should_pass_the_planner_through_when_no_layer_overrides() {
        // when
        ReflexDecision decision = new Subsumption(List.of(escape, avoid)).step(nearest(1.0));
        // then
        assertEquals(PLANNER, decision.command());
        assertFalse(decision.overriding());
    }

    @Test
    void should_let_the_highest_overriding_layer_win() {
        // given
        Subsumption stack = new Subsumption(List.of(escape, avoid));
        // when
        ReflexDecision lowOnly = stack.step(nearest(0.3));
        ReflexDecision both = stack.step(nearest(0.05));
        // then
        assertEquals(avoid.command(), lowOnly.command());
        assertTrue(lowOnly.overriding());
        assertEquals(escape.command(), both.command());
        assertEquals(WakeUp.HAZARD, both.wakeUp());
        assertEquals(0.5, both.hazard(), "the largest hazard of the layers");
    }

    @Test
    void should_hand_a_lower_layers_command_up_as_the_drive_of_the_next() {
        // given: a pattern generator at the bottom, avoidance above it
        Subsumption stack = new Subsumption(List.of(avoid, new Wiggle(0.05)));
        // when
        ReflexDecision calm = stack.step(nearest(1.0));
        ReflexDecision near = stack.step(nearest(0.3));
        // then
        assertEquals(new MotorCommand(0.25, 0.35), calm.command());
        assertFalse(calm.overriding());
        assertEquals(avoid.command(), near.command());
    }

    @Test
    void should_name_and_count_spikes_per_layer() {
        // given
        Subsumption stack = new Subsumption(List.of(escape, avoid, new PassThroughReflex()));
        // then
        assertEquals("escape>avoid>none", stack.name());
        assertEquals(Map.of("escape/motor", 3, "avoid/motor", 3), stack.takeSpikeCounts());
        assertEquals(10, stack.totalSpikes());
    }

    @Test
    void should_refuse_an_empty_stack_and_a_reflex_twice() {
        assertThrows(IllegalArgumentException.class, () -> new Subsumption(List.of()));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> new Subsumption(List.of(avoid, avoid)));
        assertTrue(twice.getMessage().contains("'avoid'"), twice.getMessage());
    }

    @Test
    void should_use_a_single_layer_as_it_is() {
        assertEquals(avoid, Subsumption.of(List.of(avoid)));
    }
}
