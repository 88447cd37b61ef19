package org.astrocyte.scenarios.world;

import static org.astrocyte.scenarios.world.PolygonObstacleTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorldMutatorTest {

    private static final double R = BodySpec.defaults().radius();
    private static final int MIDDLE = 2;
    private static final double DT = 0.001;

    @Test
    void should_see_an_obstacle_added_at_run_time_on_the_next_reading() {
        // given
        World world = Worlds.empty(10, 10);
        Body body = world.addBody("b", new Pose(2, 5, 0), BodySpec.defaults());
        double before = world.readRange(body)[MIDDLE];

        // when a circle is added in front of its middle ray and a box across its left ray (60°), whose west face it
        // meets at x = 2.4
        world.addObstacle(new CircleObstacle("rock", 3, 5, 0.2));
        world.addObstacle(Worlds.box("crate", 2.4, 5.5, 3, 6.5));
        double[] after = world.readRange(body);

        // then
        assertEquals(1.5, before);
        assertEquals(1 - 0.2 - R, after[MIDDLE], 1e-12);
        assertEquals(0.4 / Math.cos(Math.toRadians(60)) - R, after[0], 1e-12);
        assertEquals(List.of("rock", "crate"), world.obstacles().stream().map(Obstacle::id).toList());
    }

    @Test
    void should_push_a_body_out_of_an_obstacle_added_on_it_and_count_a_collision() {
        // given
        World world = Worlds.empty(10, 10);
        Body body = world.addBody("b", new Pose(5, 5, 0), BodySpec.defaults());

        // when a box is dropped over the body's east half
        world.addObstacle(Worlds.box("crate", 5.05, 4, 6, 6));
        StepReport report = world.step(DT);

        // then it leaves by the nearest face, west
        assertEquals(5.05 - R, body.x(), 1e-12);
        assertEquals(List.of(new StepReport.Collision("b", "crate", 5.05, 5)), report.collisions());
    }

    @Test
    void should_refuse_an_obstacle_with_a_taken_id_or_outside_the_arena() {
        World world = Worlds.withObstacles(10, 10, new CircleObstacle("rock", 3, 5, 0.2));
        assertMessage(() -> world.addObstacle(new CircleObstacle("rock", 6, 5, 0.2)), "obstacle 'rock'",
                "already in the world");
        assertMessage(() -> world.addObstacle(new CircleObstacle("wall-east", 6, 5, 0.2)), "reserved");
        assertMessage(() -> world.addObstacle(Worlds.box("crate", 9, 9, 11, 9.5)), "obstacle 'crate'",
                "wall-east");
    }

    @Test
    void should_teleport_an_obstacle_and_see_it_where_it_went() {
        // given a rock beside a body
        World world = Worlds.withObstacles(10, 10, new CircleObstacle("rock", 8, 8, 0.2));
        Body body = world.addBody("b", new Pose(2, 5, 0), BodySpec.defaults());

        // when
        world.moveObstacle("rock", 3, 5);

        // then
        assertEquals(new Vec2(3, 5), world.obstaclePosition("rock"));
        assertEquals(1 - 0.2 - R, world.readRange(body)[MIDDLE], 1e-12);
        assertEquals(new CircleObstacle("rock", 3, 5, 0.2), world.obstacles().get(0));
    }

    @Test
    void should_push_a_body_out_of_an_obstacle_teleported_onto_it() {
        // given
        World world = Worlds.withObstacles(10, 10, new CircleObstacle("rock", 8, 8, 0.3));
        Body body = world.addBody("b", new Pose(5, 5, 0), BodySpec.defaults());

        // when the rock lands 0.1 m east of the body's centre
        world.moveObstacle("rock", 5.1, 5);
        List<StepReport.Collision> collisions = world.step(DT).collisions();

        // then
        assertEquals(5.1 - 0.3 - R, body.x(), 1e-12);
        assertEquals(List.of("rock"), collisions.stream().map(StepReport.Collision::with).toList());
    }

    @Test
    void should_carry_a_moving_obstacle_on_along_its_shifted_path() {
        // given a puck going 2 m east and back at 1 m/s, teleported 3 m north after 1 s
        ObstaclePath path = new ObstaclePath(List.of(new Vec2(4, 2)), 1, PathMode.PING_PONG);
        World world = new World(Worlds.spec(10, 10, new CircleObstacle("puck", 2, 2, 0.2, path)).build());
        Worlds.run(world, 1, DT);

        // when
        world.moveObstacle("puck", 3, 5);
        Worlds.run(world, 1, DT);

        // then
        Vec2 at = world.obstaclePosition("puck");
        assertEquals(4, at.x(), 1e-9);
        assertEquals(5, at.y(), 1e-9);
    }

    @Test
    void should_refuse_to_teleport_an_obstacle_out_of_the_arena_or_one_that_does_not_exist() {
        ObstaclePath path = new ObstaclePath(List.of(new Vec2(4, 2)), 1, PathMode.PING_PONG);
        World world = new World(Worlds.spec(10, 10, new CircleObstacle("puck", 2, 2, 0.2, path)).build());
        assertMessage(() -> world.moveObstacle("puck", 8, 2), "obstacle 'puck'", "path waypoint 0", "wall-east");
        assertMessage(() -> world.moveObstacle("rock", 8, 2), "no obstacle 'rock'", "[puck]");
    }

    @Test
    void should_forget_a_removed_obstacle_and_keep_the_contacts_with_the_others() {
        // given a body resting against the second of two rocks
        World world = Worlds.withObstacles(10, 10, new CircleObstacle("far", 8, 8, 0.2),
                new CircleObstacle("near", 3, 5, 0.2));
        Body body = world.addBody("b", new Pose(3 - 0.2 - R, 5, 0), BodySpec.defaults());
        body.drive(0.5, 0.5);
        world.step(DT);

        // when the first rock goes, then the second
        world.removeObstacle("far");
        StepReport stillResting = world.step(DT);
        boolean bumped = body.touchFrontLeft();
        world.removeObstacle("near");
        double[] readings = world.readRange(body);
        Worlds.run(world, 1, DT);

        // then the contact with "near" does not begin again, and after it is gone the body drives on
        assertEquals(List.of(), stillResting.collisions());
        assertTrue(bumped);
        assertEquals(1.5, readings[MIDDLE]);
        assertEquals(3 - 0.2 - R + 0.5, body.x(), 1e-6);
        assertFalse(body.touching());
    }

    @Test
    void should_deplete_all_food_or_the_food_in_a_region_until_it_regrows() {
        // given four items, regrowing after 5 s
        List<Vec2> food = List.of(new Vec2(1, 1), new Vec2(1.5, 1), new Vec2(8, 8), new Vec2(9, 9));
        World world = new World(Worlds.spec(10, 10).food(food, 0.05, 5).build());
        World other = new World(Worlds.spec(10, 10).food(food, 0.05, 5).build());

        // when
        int inRegion = world.depleteFood(1, 1, 0.6);
        int all = other.depleteFood();
        Worlds.run(other, 5, DT);

        // then
        assertEquals(2, inRegion);
        assertEquals(List.of(false, false, true, true), world.food().stream().map(FoodItem::available).toList());
        assertEquals(4, all);
        assertTrue(other.food().stream().allMatch(FoodItem::available), "regrown after 5 s");
    }

    @Test
    void should_set_the_range_noise_of_one_body_only() {
        // given two bodies with exact sensors
        World world = Worlds.empty(10, 4);
        Body noisy = world.addBody("noisy", new Pose(9, 1, 0), BodySpec.defaults());
        Body exact = world.addBody("exact", new Pose(9, 3, 0), BodySpec.defaults());

        // when
        world.setRangeNoise(noisy, 0.05);
        double[] first = world.readRange(noisy);
        double[] second = world.readRange(noisy);

        // then
        assertEquals(0.05, noisy.rangeNoiseStd());
        assertFalse(first[MIDDLE] == second[MIDDLE], "noisy readings should differ");
        assertArrayEquals(world.readRange(exact), world.readRange(exact));
        assertEquals(1 - R, world.readRange(exact)[MIDDLE], 1e-12);
        assertMessage(() -> world.setRangeNoise(exact, -1), "range noise of body 'exact'");
    }
}
