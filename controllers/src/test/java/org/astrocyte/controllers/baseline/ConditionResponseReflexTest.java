package org.astrocyte.controllers.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.junit.jupiter.api.Test;

class ConditionResponseReflexTest {

    private static final MotorCommand DRIVE = new MotorCommand(0.3, 0.3);

    private final ConditionResponseReflex reflex = new ConditionResponseReflex(0.5);

    private ReflexDecision step(double... ranges) {
        return reflex.step(SensorFrame.of(0, ranges, 1.5, DRIVE));
    }

    @Test
    void should_pass_the_planners_drive_when_nothing_is_near() {
        ReflexDecision decision = step(1.5, 1.5, 1.5, 1.5, 1.5);
        assertFalse(decision.overriding());
        assertEquals(DRIVE, decision.command());
        assertEquals(0.0, decision.hazard());
    }

    @Test
    void should_turn_away_from_the_nearer_side_and_slow_down() {
        // a wall close on the left (rays 0 and 1)
        ReflexDecision decision = step(0.3, 0.5, 1.5, 1.5, 1.5);
        assertTrue(decision.overriding());
        assertTrue(decision.command().left() > decision.command().right(), "turns right: " + decision.command());
        assertEquals(0.8, decision.hazard(), 1e-9);
        // a wall close on the right turns left
        ConditionResponseReflex other = new ConditionResponseReflex(0.5);
        MotorCommand command = other.step(SensorFrame.of(0, new double[] {1.5, 1.5, 1.5, 0.6, 0.2}, 1.5, DRIVE))
                .command();
        assertTrue(command.right() > command.left(), "turns left: " + command);
    }

    @Test
    void should_keep_avoiding_until_everything_is_well_clear() {
        step(0.3, 1.5, 1.5, 1.5, 1.5);
        assertTrue(step(1.0, 1.5, 1.5, 1.5, 1.5).overriding(), "between the thresholds: still avoiding");
        assertFalse(step(1.2, 1.5, 1.5, 1.5, 1.5).overriding(), "beyond three quarters of the reach: back");
    }
}
