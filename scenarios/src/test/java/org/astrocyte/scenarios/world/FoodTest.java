package org.astrocyte.scenarios.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoodTest {

    private static final double DT = 0.001;

    @Test
    void should_eat_food_once_when_driving_over_it() {
        // given
        World world = new World(Arena.empty(10, 4), List.of(new Vec2(3, 2)), 0.05, 20, Worlds.EXACT_SENSOR, 1);
        Body body = world.addBody("b", new Pose(1, 2, 0), BodySpec.defaults());
        body.drive(0.5, 0.5);

        // when
        List<StepReport.FoodEaten> eaten = Worlds.eaten(Worlds.run(world, 8, DT));

        // then
        assertEquals(List.of(new StepReport.FoodEaten("b", 0, 3, 2)), eaten);
        assertFalse(world.food().get(0).available());
        assertEquals(List.of(), world.foodWithin(body, 100));
    }

    @Test
    void should_eat_food_when_it_first_comes_within_body_radius_plus_food_radius() {
        // given food 1.8 m + 0.2 m ahead: the body reaches it after 1.8 m, at 0.5 m/s
        World world = new World(Arena.empty(10, 4), List.of(new Vec2(3, 2)), 0.05, 20, Worlds.EXACT_SENSOR, 1);
        Body body = world.addBody("b", new Pose(1, 2, 0), BodySpec.defaults());
        body.drive(0.5, 0.5);

        // when
        double eatenAt = -1;
        for (int i = 0; i < 8000 && eatenAt < 0; i++) {
            if (!world.step(DT).eaten().isEmpty()) {
                eatenAt = world.timeSeconds();
            }
        }

        // then
        assertEquals(3.6, eatenAt, DT);
    }

    @Test
    void should_make_food_available_again_after_regrow_seconds() {
        // given a body that eats the food in its first step and drives away
        World world = new World(Arena.empty(10, 4), List.of(new Vec2(3, 2)), 0.05, 2, Worlds.EXACT_SENSOR, 1);
        Body body = world.addBody("b", new Pose(2.9, 2, 0), BodySpec.defaults());
        body.drive(0.5, 0.5);
        StepReport first = world.step(DT);
        FoodItem food = world.food().get(0);

        // when
        Worlds.run(world, 2 - DT, DT);
        boolean availableJustBefore = food.available();
        world.step(DT);

        // then
        assertEquals(1, first.eaten().size());
        assertFalse(availableJustBefore);
        assertEquals(2 + DT, world.timeSeconds(), 1e-12);
        assertTrue(food.available());
    }

    @Test
    void should_never_regrow_when_regrow_time_is_infinite() {
        // given
        World world = new World(Arena.empty(10, 4), List.of(new Vec2(3, 2)), 0.05, Double.POSITIVE_INFINITY,
                Worlds.EXACT_SENSOR, 1);
        world.addBody("b", new Pose(3, 2, 0), BodySpec.defaults());

        // when
        List<StepReport> reports = Worlds.run(world, 100, 0.1);

        // then
        assertEquals(1, Worlds.eaten(reports).size());
        assertFalse(world.food().get(0).available());
    }

    @Test
    void should_let_the_first_added_body_eat_food_both_reach() {
        // given
        World world = new World(Arena.empty(10, 4), List.of(new Vec2(3, 2)), 0.05, 20, Worlds.EXACT_SENSOR, 1);
        world.addBody("first", new Pose(3.1, 2, 0), BodySpec.defaults());
        world.addBody("second", new Pose(2.9, 2, 0), BodySpec.defaults());

        // when
        StepReport report = world.step(DT);

        // then
        assertEquals(List.of(new StepReport.FoodEaten("first", 0, 3, 2)), report.eaten());
    }

    @Test
    void should_list_available_food_within_a_radius_nearest_first() {
        // given
        List<Vec2> food = List.of(new Vec2(5, 2), new Vec2(3, 2), new Vec2(8, 2), new Vec2(1.5, 2.1));
        World world = new World(Arena.empty(10, 4), food, 0.05, 20, Worlds.EXACT_SENSOR, 1);
        Body body = world.addBody("b", new Pose(1.5, 2, 0), BodySpec.defaults());
        world.step(DT); // eats item 3, which lies under the body

        // when
        List<FoodItem> near = world.foodWithin(body, 4);

        // then
        assertEquals(List.of(1, 0), near.stream().map(FoodItem::id).toList());
    }
}
