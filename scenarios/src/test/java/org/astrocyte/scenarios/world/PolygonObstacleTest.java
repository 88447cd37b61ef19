package org.astrocyte.scenarios.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolygonObstacleTest {

    private static final double R = BodySpec.defaults().radius();
    private static final double MAX = BodySpec.defaults().maxWheelSpeed();
    private static final int MIDDLE = 2;
    private static final RangeSensorSpec LONG_RAYS = new RangeSensorSpec(5, Math.toRadians(120), 4, 0);

    @Test
    void should_stop_a_body_at_the_face_of_a_box_and_name_it() {
        // given
        World world = new World(Worlds.spec(6, 4, Worlds.box("crate", 3, 1, 4, 3)).build());
        Body body = world.addBody("b", new Pose(1, 2, 0), BodySpec.defaults());
        body.drive(MAX, MAX);

        // when
        List<StepReport.Collision> collisions = Worlds.collisions(Worlds.run(world, 8, 0.001));

        // then
        assertEquals(3 - R, body.x(), 1e-12);
        assertEquals(2, body.y(), 1e-12);
        assertEquals(List.of(new StepReport.Collision("b", "crate", 3, 2)), collisions);
    }

    @Test
    void should_not_tunnel_through_a_thin_wall_at_max_speed_with_long_steps() {
        // given a wall 1 cm thick, and steps in which the body covers 0.25 m, 25 times the wall's thickness
        World world = new World(Worlds.spec(6, 4, Worlds.box("wall", 3, 0.5, 3.01, 3.5)).build());
        Body body = world.addBody("b", new Pose(1, 2, 0), BodySpec.defaults());
        body.drive(MAX, MAX);
        List<StepReport> reports = new ArrayList<>();

        // when
        for (int i = 0; i < 20; i++) {
            reports.addAll(Worlds.run(world, 0.5, 0.5));
            // then
            assertTrue(body.x() <= 3 - R + 1e-12, "centre at x = " + body.x());
        }
        assertEquals(3 - R, body.x(), 1e-12);
        assertEquals(List.of("wall"), Worlds.collisions(reports).stream().map(StepReport.Collision::with).toList());
    }

    @Test
    void should_slide_along_a_slanted_face() {
        // given a wedge whose face rises at 45° across the body's path
        World world = new World(Worlds.spec(10, 10, Worlds.polygon("ramp", 4, 1, 8, 1, 8, 5)).build());
        Body body = world.addBody("b", new Pose(1, 2, 0), BodySpec.defaults());
        body.drive(MAX, MAX);

        // when
        Worlds.run(world, 10, 0.001);

        // then it ends pressed on the face (distance R from the line y = x - 3), above where it first met it
        double distanceToFace = (body.y() - body.x() + 3) / Math.sqrt(2);
        assertEquals(R, distanceToFace, 1e-9);
        assertTrue(body.y() > 2.5, "slid up to y = " + body.y());
        assertEquals(0, body.heading(), 1e-12);
    }

    @Test
    void should_let_a_body_into_the_notch_of_a_concave_polygon_and_see_its_back() {
        // given a U open to the west, its notch 1 m wide (y 1.5 to 2.5) and 1 m deep (x 3 to 4)
        PolygonObstacle cup = Worlds.polygon("cup", 3, 1, 5, 1, 5, 3, 3, 3, 3, 2.5, 4, 2.5, 4, 1.5, 3, 1.5);
        World world = new World(Worlds.spec(8, 4, cup).rangeSensor(LONG_RAYS).build());
        Body body = world.addBody("b", new Pose(1.5, 2, 0), BodySpec.defaults());
        double[] before = world.readRange(body);
        body.drive(MAX, MAX);

        // when
        Worlds.run(world, 8, 0.001);

        // then the middle ray reached the back of the notch, and so did the body
        assertEquals(4 - 1.5 - R, before[MIDDLE], 1e-12);
        assertEquals(4 - R, body.x(), 1e-12);
        assertTrue(body.touching());
    }

    @Test
    void should_see_a_polygon_with_every_ray_that_crosses_it() {
        // given a box ahead, 1 m wide, and a ray 30° to the left that meets its west face at y = 2 + tan(30°)
        World world = new World(Worlds.spec(10, 10, Worlds.box("crate", 3, 1.3, 4, 2.7)).build());
        Body body = world.addBody("b", new Pose(2, 2, 0), BodySpec.defaults());

        // when
        double[] readings = world.readRange(body);

        // then
        assertEquals(1 - R, readings[MIDDLE], 1e-12);
        assertEquals(1 / Math.cos(Math.toRadians(30)) - R, readings[1], 1e-12);
        assertEquals(1 / Math.cos(Math.toRadians(30)) - R, readings[3], 1e-12);
        assertEquals(1.5, readings[0]);
    }

    @Test
    void should_reject_polygons_that_are_not_simple_or_have_too_few_or_too_many_vertices() {
        assertMessage(() -> Worlds.polygon("bow", 0, 0, 1, 1, 1, 0, 0, 1), "obstacle 'bow'", "not simple");
        assertMessage(() -> Worlds.polygon("stick", 0, 0, 1, 1), "obstacle 'stick'", "3 to 64", "got 2");
        assertMessage(() -> Worlds.polygon("line", 0, 0, 1, 1, 2, 2), "obstacle 'line'", "no area");
        assertMessage(() -> Worlds.polygon("dup", 0, 0, 1, 0, 1, 0, 0, 1), "obstacle 'dup'", "same point");
        double[] many = new double[130];
        for (int i = 0; i < 65; i++) {
            many[2 * i] = Math.cos(2 * Math.PI * i / 65);
            many[2 * i + 1] = Math.sin(2 * Math.PI * i / 65);
        }
        assertMessage(() -> Worlds.polygon("round", many), "obstacle 'round'", "got 65");
    }

    @Test
    void should_name_a_polygon_outside_the_arena_and_the_wall_it_crosses() {
        assertMessage(() -> new Arena(4, 4, List.of(Worlds.box("crate", 3, 1, 4.5, 2))), "obstacle 'crate'",
                "not inside", "wall-east");
    }

    @Test
    void should_reject_a_body_or_food_inside_a_polygon() {
        World world = new World(Worlds.spec(6, 4, Worlds.box("crate", 3, 1, 4, 3)).build());
        assertMessage(() -> world.addBody("b", new Pose(2.9, 2, 0), BodySpec.defaults()), "body 'b'",
                "overlaps obstacle 'crate'");
        assertMessage(() -> new World(Worlds.spec(6, 4, Worlds.box("crate", 3, 1, 4, 3))
                .food(List.of(new Vec2(3.5, 2)), 0.05, 1).build()), "food 0", "inside obstacle 'crate'");
    }

    static void assertMessage(org.junit.jupiter.api.function.Executable call, String... fragments) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call);
        for (String fragment : fragments) {
            assertTrue(error.getMessage().contains(fragment),
                    "message \"" + error.getMessage() + "\" should contain \"" + fragment + "\"");
        }
    }
}
