package org.astrocyte.scenarios.world;

import static org.astrocyte.scenarios.world.PolygonObstacleTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SensesTest {

    private static final double R = BodySpec.defaults().radius();
    private static final double EPS = 1e-12;

    @Test
    void should_read_light_as_intensity_over_one_plus_squared_distance_in_half_distances() {
        // given a light 2 m ahead, halving at 0.5 m
        World world = new World(Worlds.spec(10, 4).light(new LightSource("lamp", 5, 2, 0.8, 0.5)).build());
        Body body = world.addBody("b", new Pose(3, 2, 0), BodySpec.defaults());
        double[] light = new double[2];

        // when
        world.readLight(body, light);

        // then both eyes, on the rim at ±45°, are equally far from it
        double eyeX = 3 + R * Math.cos(Math.PI / 4);
        double eyeY = 2 + R * Math.sin(Math.PI / 4);
        double d2 = (5 - eyeX) * (5 - eyeX) + (2 - eyeY) * (2 - eyeY);
        assertEquals(0.8 / (1 + d2 / 0.25), light[0], EPS);
        assertEquals(light[0], light[1], EPS);
    }

    @Test
    void should_read_more_light_on_the_side_facing_the_light() {
        // given a body facing north with a light to its east (its right)
        World world = new World(Worlds.spec(10, 4).light(new LightSource("lamp", 5, 2, 1)).build());
        Body body = world.addBody("b", new Pose(3, 2, Math.PI / 2), BodySpec.defaults());
        double[] light = new double[2];

        // when
        world.readLight(body, light);

        // then
        assertTrue(light[1] > light[0], "right " + light[1] + " should exceed left " + light[0]);
    }

    @Test
    void should_sum_lights_and_clip_at_one() {
        // given two dim lights, then a bright one next to the body
        World dim = new World(Worlds.spec(10, 4).light(new LightSource("a", 1, 2, 0.1))
                .light(new LightSource("b", 5, 2, 0.1)).build());
        World bright = new World(Worlds.spec(10, 4).light(new LightSource("sun", 3.5, 2, 5)).build());
        double[] dimLight = new double[2];
        double[] brightLight = new double[2];

        // when
        dim.readLight(dim.addBody("b", new Pose(3, 2, 0), BodySpec.defaults()), dimLight);
        bright.readLight(bright.addBody("b", new Pose(3, 2, 0), BodySpec.defaults()), brightLight);

        // then
        double eyeX = 3 + R * Math.cos(Math.PI / 4);
        double eyeY = 2 + R * Math.sin(Math.PI / 4);
        double fromA = 0.1 / (1 + (eyeX - 1) * (eyeX - 1) + (eyeY - 2) * (eyeY - 2));
        double fromB = 0.1 / (1 + (5 - eyeX) * (5 - eyeX) + (eyeY - 2) * (eyeY - 2));
        assertEquals(fromA + fromB, dimLight[0], EPS);
        assertArrayEquals(new double[] {1, 1}, brightLight);
    }

    @Test
    void should_read_a_chemical_as_a_gaussian_at_antennae_beyond_the_rim() {
        // given a source to the north-east of a body facing east
        World world = new World(Worlds.spec(10, 4).chemical(new ChemicalSource("scent", 4, 3, 0.9, 0.7)).build());
        Body body = world.addBody("b", new Pose(3, 2, 0), BodySpec.defaults());
        double[] chemical = new double[2];

        // when
        world.readChemical(body, chemical);

        // then
        double reach = R + 0.05;
        assertEquals(gaussian(3 + reach * Math.cos(Math.PI / 6), 2 + reach * Math.sin(Math.PI / 6), 4, 3, 0.9, 0.7),
                chemical[0], EPS);
        assertEquals(gaussian(3 + reach * Math.cos(Math.PI / 6), 2 - reach * Math.sin(Math.PI / 6), 4, 3, 0.9, 0.7),
                chemical[1], EPS);
        assertTrue(chemical[0] > chemical[1], "the left antenna is nearer the source");
    }

    @Test
    void should_smell_available_food_and_stop_smelling_it_once_eaten() {
        // given food that smells, 0.5 m ahead of a body
        World world = new World(Worlds.spec(10, 4).food(List.of(new Vec2(3.5, 2)), 0.05, 100)
                .foodOdour(new Odour(1, 0.5)).build());
        Body body = world.addBody("b", new Pose(3, 2, 0), BodySpec.defaults());
        double[] before = new double[2];
        double[] after = new double[2];
        world.readChemical(body, before);

        // when it drives onto the food and eats it
        body.drive(0.5, 0.5);
        List<StepReport.FoodEaten> eaten = Worlds.eaten(Worlds.run(world, 1, 0.001));
        world.readChemical(body, after);

        // then
        double reach = R + 0.05;
        double d2 = Math.pow(3.5 - 3 - reach * Math.cos(Math.PI / 6), 2) + Math.pow(reach * Math.sin(Math.PI / 6), 2);
        assertEquals(Math.exp(-d2 / (2 * 0.25)), before[0], EPS);
        assertEquals(1, eaten.size());
        assertArrayEquals(new double[] {0, 0}, after);
    }

    @Test
    void should_read_darkness_and_no_odour_without_sources() {
        World world = Worlds.empty(4, 4);
        Body body = world.addBody("b", new Pose(2, 2, 0), BodySpec.defaults());
        double[] light = {9, 9};
        double[] chemical = {9, 9};
        world.readLight(body, light);
        world.readChemical(body, chemical);
        assertArrayEquals(new double[] {0, 0}, light);
        assertArrayEquals(new double[] {0, 0}, chemical);
    }

    @Test
    void should_name_a_source_that_is_outside_the_arena_or_has_a_bad_value() {
        assertMessage(() -> Worlds.spec(4, 4).light(new LightSource("lamp", 5, 2, 1)).build(), "light 'lamp'",
                "outside");
        assertMessage(() -> new LightSource("lamp", 1, 2, -1), "light 'lamp' intensity", "-1.0");
        assertMessage(() -> new ChemicalSource("scent", 1, 2, 1, 0), "chemical 'scent' sigma", "positive");
        assertMessage(() -> Worlds.spec(4, 4).chemical(new ChemicalSource("s", 1, 1, 1, 1))
                .chemical(new ChemicalSource("s", 2, 2, 1, 1)).build(), "chemical 's'", "twice");
        World world = Worlds.empty(4, 4);
        Body body = world.addBody("b", new Pose(2, 2, 0), BodySpec.defaults());
        assertMessage(() -> world.readLight(body, new double[3]), "2 slots", "got 3");
    }

    private static double gaussian(double x, double y, double sx, double sy, double strength, double sigma) {
        double d2 = (x - sx) * (x - sx) + (y - sy) * (y - sy);
        return strength * Math.exp(-d2 / (2 * sigma * sigma));
    }
}
