package org.astrocyte.scenarios.world;

import static org.astrocyte.scenarios.world.PolygonObstacleTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnergyTest {

    private static final double DT = 0.001;

    private static BodySpec withBattery(double capacity, double initial, double perMetre, double idlePerSecond) {
        return BodySpec.defaults().withBattery(new BatterySpec(capacity, initial, perMetre, idlePerSecond));
    }

    @Test
    void should_keep_a_default_body_full_however_far_it_drives() {
        // given
        World world = Worlds.empty(10, 10);
        Body body = world.addBody("b", new Pose(2, 5, 0), BodySpec.defaults());
        body.drive(0.5, 0.3);

        // when
        Worlds.run(world, 30, DT);

        // then
        assertEquals(1.0, body.energy());
        assertFalse(body.exhausted());
    }

    @Test
    void should_charge_per_metre_of_wheel_travel_and_per_second_of_idling() {
        // given 2 units per metre and 0.5 per second
        World world = Worlds.empty(10, 10);
        Body straight = world.addBody("straight", new Pose(2, 2, 0), withBattery(100, 100, 2, 0.5));
        Body spinning = world.addBody("spinning", new Pose(2, 8, 0), withBattery(100, 100, 2, 0.5));
        straight.drive(0.5, 0.5);
        spinning.drive(-0.5, 0.5);

        // when
        Worlds.run(world, 2, DT);

        // then 1 m and 2 s cost 2 + 1; spinning on the spot, each wheel runs 1 m too
        assertEquals(97, straight.storedEnergy(), 1e-9);
        assertEquals(97, spinning.storedEnergy(), 1e-9);
        assertEquals(0.97, straight.energy(), 1e-12);
    }

    @Test
    void should_stop_an_exhausted_body_and_report_it_once() {
        // given energy for 0.5 m
        World world = Worlds.empty(10, 4);
        Body body = world.addBody("b", new Pose(2, 2, 0), withBattery(1, 1, 2, 0));
        body.drive(0.5, 0.5);

        // when
        List<StepReport> reports = Worlds.run(world, 3, DT);

        // then
        List<StepReport.Exhausted> exhausted = reports.stream().flatMap(r -> r.exhausted().stream()).toList();
        assertEquals(1, exhausted.size());
        assertEquals(2.5, exhausted.get(0).x(), 1e-9);
        assertEquals(2.5, body.x(), 1e-9);
        assertTrue(body.exhausted());
        assertEquals(0, body.energy());
        assertEquals(0, body.speed());
        assertEquals(0, body.leftWheelSpeed());
        assertEquals(0.5, body.leftWheel(), "the command stands; the wheels just do not turn");
    }

    @Test
    void should_restore_energy_by_eating_and_move_again() {
        // given a body spinning on the spot over food that gives 1 unit and regrows after 4 s; spinning costs 0.5/s
        World world = new World(Worlds.spec(10, 4).food(List.of(new Vec2(2, 2)), 0.05, 4).foodEnergy(1).build());
        Body body = world.addBody("b", new Pose(2, 2, 0), withBattery(20, 0.5, 1, 0));
        body.drive(-0.5, 0.5);
        List<StepReport> first = Worlds.run(world, 3.5, DT);
        double headingWhenExhausted = body.heading();
        boolean exhausted = body.exhausted();

        // when the food regrows under it, at 4 s
        List<StepReport> later = Worlds.run(world, 1, DT);

        // then it ate at the start (1.5 units, spent by 3 s), stopped, ate again at 4 s and turns again
        assertTrue(exhausted);
        assertEquals(1, first.stream().mapToLong(r -> r.exhausted().size()).sum());
        assertEquals(1, Worlds.eaten(first).size());
        assertEquals(1, Worlds.eaten(later).size());
        assertFalse(body.exhausted());
        assertTrue(Math.abs(Angles.normalise(body.heading() - headingWhenExhausted)) > 0.5,
                "turned from " + headingWhenExhausted + " to " + body.heading());
        assertEquals(1 - 0.5 * (world.timeSeconds() - 4), body.storedEnergy(), 0.01);
    }

    @Test
    void should_clip_energy_at_the_capacity() {
        // given a full body eating
        World world = new World(Worlds.spec(10, 4).food(List.of(new Vec2(2, 2)), 0.05, 1).foodEnergy(50).build());
        Body body = world.addBody("b", new Pose(2, 2, 0), withBattery(80, 60, 0, 0));

        // when
        world.step(DT);

        // then
        assertEquals(80, body.storedEnergy());
        assertEquals(1.0, body.energy());
    }

    @Test
    void should_reject_a_battery_that_holds_more_than_it_can() {
        assertMessage(() -> new BatterySpec(10, 11, 0, 0), "initial energy 11.0", "capacity 10.0");
        assertMessage(() -> new BatterySpec(0, 0, 0, 0), "battery capacity", "positive");
        assertMessage(() -> new BatterySpec(10, 10, -1, 0), "cost per metre", "-1.0");
    }
}
