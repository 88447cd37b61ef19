package org.astrocyte.scenarios.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void should_normalise_heading_into_minus_pi_exclusive_to_pi_inclusive() {
        assertEquals(Math.PI, new Pose(0, 0, -Math.PI).heading());
        assertEquals(Math.PI, new Pose(0, 0, 3 * Math.PI).heading(), 1e-12);
        assertEquals(0.5, new Pose(0, 0, 0.5 + 4 * Math.PI).heading(), 1e-12);
        assertEquals(-0.5, new Pose(0, 0, -0.5 - 2 * Math.PI).heading(), 1e-12);
    }

    @Test
    void should_do_vector_arithmetic() {
        Vec2 a = new Vec2(3, 4);
        Vec2 b = new Vec2(1, -2);
        assertEquals(new Vec2(4, 2), a.plus(b));
        assertEquals(new Vec2(2, 6), a.minus(b));
        assertEquals(new Vec2(1.5, 2), a.scale(0.5));
        assertEquals(5, a.length());
        assertEquals(Math.hypot(2, 6), a.distanceTo(b), 1e-15);
        assertEquals(-5, a.dot(b));
    }

    @Test
    void should_spread_rays_from_left_to_right_over_the_field_of_view() {
        RangeSensorSpec spec = RangeSensorSpec.defaults();
        double fov = Math.toRadians(120);
        assertEquals(fov / 2, spec.rayOffset(0), 1e-15);
        assertEquals(0, spec.rayOffset(2), 1e-15);
        assertEquals(-fov / 2, spec.rayOffset(4), 1e-15);
        assertEquals(0, new RangeSensorSpec(1, fov, 1.5, 0).rayOffset(0));
        assertThrows(IndexOutOfBoundsException.class, () -> spec.rayOffset(5));
    }

    @Test
    void should_have_the_documented_defaults() {
        assertEquals(new BodySpec(0.15, 0.25, 0.5), BodySpec.defaults());
        assertEquals(new RangeSensorSpec(5, Math.toRadians(120), 1.5, 0.01), RangeSensorSpec.defaults());
    }

    @Test
    void should_copy_lists_given_to_an_arena_and_a_report() {
        List<CircleObstacle> obstacles = new ArrayList<>(List.of(new CircleObstacle("rock", 1, 1, 0.1)));
        Arena arena = new Arena(4, 4, obstacles);
        obstacles.clear();
        assertEquals(1, arena.obstacles().size());
        assertThrows(UnsupportedOperationException.class, () -> arena.obstacles().clear());
    }
}
