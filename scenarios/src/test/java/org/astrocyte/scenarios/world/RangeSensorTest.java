package org.astrocyte.scenarios.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeSensorTest {

    private static final double EPS = 1e-12;
    private static final int MIDDLE = 2;

    @Test
    void should_read_the_exact_distance_to_a_wall_ahead_without_noise() {
        // given
        World world = Worlds.empty(5, 4);
        Body east = world.addBody("east", new Pose(4, 2, 0), BodySpec.defaults());
        Body north = world.addBody("north", new Pose(2.5, 3, Math.PI / 2), BodySpec.defaults());

        // when
        double[] eastReadings = world.readRange(east);
        double[] northReadings = world.readRange(north);

        // then the surface is 0.15 m in front of the centre
        assertEquals(5 - 4 - 0.15, eastReadings[MIDDLE], EPS);
        assertEquals(4 - 3 - 0.15, northReadings[MIDDLE], EPS);
    }

    @Test
    void should_see_an_obstacle_straight_ahead_with_the_middle_ray() {
        // given
        World world = Worlds.withObstacles(10, 10, new CircleObstacle("rock", 3, 5, 0.2));
        Body body = world.addBody("b", new Pose(2, 5, 0), BodySpec.defaults());

        // when
        double[] readings = world.readRange(body);

        // then the side rays (±30°, ±60°) pass beside the rock and see nothing within range
        assertEquals(3 - 0.2 - 2 - 0.15, readings[MIDDLE], EPS);
        assertArrayEquals(new double[] {1.5, 1.5, 1.5, 1.5},
                new double[] {readings[0], readings[1], readings[3], readings[4]});
    }

    @Test
    void should_read_the_range_when_nothing_is_within_it() {
        // given
        World world = Worlds.empty(10, 10);
        Body body = world.addBody("b", new Pose(5, 5, 1.0), BodySpec.defaults());

        // when
        double[] readings = world.readRange(body);

        // then
        assertArrayEquals(new double[] {1.5, 1.5, 1.5, 1.5, 1.5}, readings);
    }

    @Test
    void should_number_rays_from_the_left() {
        // given a pebble 1 m away, 60° to the left of the heading
        double left = Math.toRadians(60);
        World world = Worlds.withObstacles(10, 10,
                new CircleObstacle("pebble", 2 + Math.cos(left), 5 + Math.sin(left), 0.1));
        Body body = world.addBody("b", new Pose(2, 5, 0), BodySpec.defaults());

        // when
        double[] readings = world.readRange(body);

        // then
        assertEquals(1 - 0.1 - 0.15, readings[0], 1e-9);
        assertEquals(1.5, readings[4]);
    }

    @Test
    void should_point_a_single_ray_straight_ahead() {
        // given
        RangeSensorSpec oneRay = new RangeSensorSpec(1, 1.0, 3, 0);
        World world = new World(Arena.empty(5, 4), List.of(), 0.05, 1, oneRay, 1);
        Body body = world.addBody("b", new Pose(1, 2, Math.PI), BodySpec.defaults());

        // when
        double[] readings = world.readRange(body);

        // then
        assertEquals(1, readings.length);
        assertEquals(1 - 0.15, readings[0], EPS);
    }

    @Test
    void should_repeat_noise_for_the_same_seed() {
        // given
        double[] first = noisyReadings(42, 100);

        // when
        double[] second = noisyReadings(42, 100);

        // then
        assertArrayEquals(first, second);
    }

    @Test
    void should_change_noise_with_the_seed() {
        // given
        double[] first = noisyReadings(42, 100);

        // when
        double[] second = noisyReadings(43, 100);

        // then
        assertFalse(Arrays.equals(first, second));
    }

    @Test
    void should_add_noise_with_the_configured_spread() {
        // given
        double[] readings = noisyReadings(7, 5000);

        // when
        double mean = Arrays.stream(readings).average().orElseThrow();
        double variance = Arrays.stream(readings).map(r -> (r - mean) * (r - mean)).sum() / (readings.length - 1);

        // then
        assertEquals(0.85, mean, 0.001);
        assertEquals(0.01, Math.sqrt(variance), 0.001);
    }

    @Test
    void should_keep_a_body_noise_stream_when_another_body_is_added() {
        // given
        World alone = noisyWorld(42);
        Body a1 = alone.addBody("a", new Pose(4, 2, 0), BodySpec.defaults());
        World crowded = noisyWorld(42);
        Body other = crowded.addBody("other", new Pose(1, 2, 0), BodySpec.defaults());
        Body a2 = crowded.addBody("a", new Pose(4, 2, 0), BodySpec.defaults());

        // when
        crowded.readRange(other);
        double[] aloneReadings = alone.readRange(a1);
        double[] crowdedReadings = crowded.readRange(a2);

        // then
        assertArrayEquals(aloneReadings, crowdedReadings);
    }

    @Test
    void should_keep_noisy_readings_within_zero_and_range() {
        // given a body touching a wall ahead, with noise as large as the range
        World world = new World(Arena.empty(5, 4), List.of(), 0.05, 1, new RangeSensorSpec(5, 2.0, 1.5, 1.5), 3);
        Body body = world.addBody("b", new Pose(4.85, 2, 0), BodySpec.defaults());

        // when
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < 1000; i++) {
            for (double reading : world.readRange(body)) {
                min = Math.min(min, reading);
                max = Math.max(max, reading);
            }
        }

        // then
        assertEquals(0, min);
        assertEquals(1.5, max);
    }

    private static World noisyWorld(long seed) {
        return new World(Arena.empty(5, 4), List.of(), 0.05, 1, RangeSensorSpec.defaults(), seed);
    }

    private static double[] noisyReadings(long seed, int count) {
        World world = noisyWorld(seed);
        Body body = world.addBody("b", new Pose(4, 2, 0), BodySpec.defaults());
        double[] readings = new double[count];
        double[] buffer = new double[world.rangeSensor().rays()];
        for (int i = 0; i < count; i++) {
            world.readRange(body, buffer);
            readings[i] = buffer[MIDDLE];
        }
        return readings;
    }
}
