package org.astrocyte.controllers.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.controllers.MotorCommand;
import org.junit.jupiter.api.Test;

class GoalSteeringTest {

    private final GoalSteering steering = GoalSteering.forBody(0.5);

    @Test
    void should_drive_straight_at_full_speed_to_a_far_goal_ahead() {
        MotorCommand command = steering.toward(0, 0, 0, 10, 0);
        assertEquals(new MotorCommand(0.5, 0.5), command);
    }

    @Test
    void should_turn_left_toward_a_goal_on_the_left() {
        MotorCommand command = steering.toward(0, 0, 0, 0, 10);
        assertTrue(command.right() > command.left(), command.toString());
    }

    @Test
    void should_turn_in_place_toward_a_goal_behind() {
        MotorCommand command = steering.toward(0, 0, 0, -10, -0.1);
        assertEquals(0, command.left() + command.right(), 1e-9);
    }

    @Test
    void should_stop_at_the_goal() {
        assertEquals(MotorCommand.STOP, steering.toward(5, 5, 1, 5.05, 5.05));
    }
}
