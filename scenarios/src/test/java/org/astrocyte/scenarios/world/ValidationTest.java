package org.astrocyte.scenarios.world;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ValidationTest {

    @Test
    void should_reject_an_arena_without_positive_size() {
        assertMessage(() -> Arena.empty(0, 4), "arena width", "positive");
        assertMessage(() -> Arena.empty(4, Double.NaN), "arena height", "positive");
    }

    @Test
    void should_name_an_obstacle_outside_the_arena() {
        assertMessage(() -> new Arena(4, 4, List.of(new CircleObstacle("rock", 3.9, 2, 0.3))),
                "obstacle 'rock'", "not inside", "wall-east");
    }

    @Test
    void should_name_an_obstacle_with_a_radius_that_is_not_positive() {
        assertMessage(() -> new Arena(4, 4, List.of(new CircleObstacle("rock", 2, 2, -0.1))),
                "obstacle 'rock' radius", "positive", "-0.1");
    }

    @Test
    void should_reject_obstacle_ids_used_twice_or_reserved_for_walls() {
        CircleObstacle rock = new CircleObstacle("rock", 1, 1, 0.1);
        assertMessage(() -> new Arena(4, 4, List.of(rock, new CircleObstacle("rock", 2, 2, 0.1))),
                "obstacle 'rock'", "twice");
        assertMessage(() -> new Arena(4, 4, List.of(new CircleObstacle("wall-north", 2, 2, 0.1))),
                "obstacle 'wall-north'", "reserved");
    }

    @Test
    void should_reject_a_body_starting_inside_a_wall() {
        World world = Worlds.empty(4, 4);
        assertMessage(() -> world.addBody("b", new Pose(0.1, 2, 0), BodySpec.defaults()),
                "body 'b'", "overlaps wall-west");
    }

    @Test
    void should_reject_a_body_starting_inside_an_obstacle() {
        World world = Worlds.withObstacles(4, 4, new CircleObstacle("rock", 2, 2, 0.3));
        assertMessage(() -> world.addBody("b", new Pose(2.4, 2, 0), BodySpec.defaults()),
                "body 'b'", "overlaps obstacle 'rock'");
    }

    @Test
    void should_reject_a_second_body_with_the_same_id() {
        World world = Worlds.empty(4, 4);
        world.addBody("b", new Pose(1, 1, 0), BodySpec.defaults());
        assertMessage(() -> world.addBody("b", new Pose(3, 3, 0), BodySpec.defaults()), "body 'b'", "already");
    }

    @Test
    void should_reject_food_outside_the_arena_or_inside_an_obstacle() {
        Arena arena = new Arena(4, 4, List.of(new CircleObstacle("rock", 2, 2, 0.3)));
        assertMessage(() -> new World(arena, List.of(new Vec2(1, 1), new Vec2(5, 1)), 0.05, 1,
                RangeSensorSpec.defaults(), 1), "food 1", "outside");
        assertMessage(() -> new World(arena, List.of(new Vec2(2.1, 2)), 0.05, 1, RangeSensorSpec.defaults(), 1),
                "food 0", "inside obstacle 'rock'");
    }

    @Test
    void should_reject_negative_food_radius_and_regrow_time() {
        Arena arena = Arena.empty(4, 4);
        assertMessage(() -> new World(arena, List.of(), -1, 1, RangeSensorSpec.defaults(), 1), "food radius");
        assertMessage(() -> new World(arena, List.of(), 0.1, -1, RangeSensorSpec.defaults(), 1), "regrow");
    }

    @Test
    void should_reject_a_body_spec_with_a_quantity_that_is_not_positive() {
        assertMessage(() -> new BodySpec(0, 0.25, 0.5), "body radius", "positive");
        assertMessage(() -> new BodySpec(0.15, -0.25, 0.5), "wheel base", "positive");
        assertMessage(() -> new BodySpec(0.15, 0.25, 0), "max wheel speed", "positive");
    }

    @Test
    void should_reject_a_range_sensor_without_rays_or_with_a_wide_field_of_view() {
        assertMessage(() -> new RangeSensorSpec(0, 1, 1.5, 0), "rays", "at least 1");
        assertMessage(() -> new RangeSensorSpec(5, 7, 1.5, 0), "field of view");
        assertMessage(() -> new RangeSensorSpec(5, 1, 1.5, -0.1), "noise");
    }

    @Test
    void should_reject_a_step_that_is_not_positive() {
        World world = Worlds.empty(4, 4);
        assertMessage(() -> world.step(0), "step");
        assertMessage(() -> world.step(Double.NaN), "step");
    }

    @Test
    void should_reject_wheel_speeds_that_are_not_numbers() {
        Body body = Worlds.empty(4, 4).addBody("b", new Pose(2, 2, 0), BodySpec.defaults());
        assertMessage(() -> body.drive(Double.NaN, 0), "left wheel speed of body 'b'");
    }

    @Test
    void should_reject_reading_a_body_of_another_world() {
        Body stranger = Worlds.empty(4, 4).addBody("b", new Pose(2, 2, 0), BodySpec.defaults());
        World world = Worlds.empty(4, 4);
        world.addBody("b", new Pose(2, 2, 0), BodySpec.defaults());
        assertMessage(() -> world.readRange(stranger), "body 'b'", "does not belong");
    }

    @Test
    void should_name_the_known_bodies_when_asked_for_a_missing_one() {
        World world = Worlds.empty(4, 4);
        world.addBody("alice", new Pose(2, 2, 0), BodySpec.defaults());
        assertMessage(() -> world.body("bob"), "no body 'bob'", "alice");
    }

    private static void assertMessage(Executable call, String... fragments) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call);
        for (String fragment : fragments) {
            assertTrue(error.getMessage().contains(fragment),
                    "message \"" + error.getMessage() + "\" should contain \"" + fragment + "\"");
        }
    }
}
