package org.astrocyte.scenarios.world;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-tick path of a run (read every sense, drive, step) allocates nothing in a world with every feature. */
class AllocationTest {

    private static final double DT = 0.001;

    @Test
    void should_not_allocate_in_quiet_ticks_with_every_feature_present() {
        // given obstacles of both kinds (one moving), sources, smelly food, regions and three circling bodies
        ObstaclePath path = new ObstaclePath(List.of(new Vec2(18, 2)), 0.5, PathMode.PING_PONG);
        WorldSpec spec = WorldSpec.builder(new Arena(20, 20, List.of(new CircleObstacle("rock", 15, 15, 1),
                        Worlds.box("crate", 2, 15, 4, 17), new CircleObstacle("puck", 12, 2, 0.3, path))))
                .food(List.of(new Vec2(10, 18), new Vec2(18, 10)), 0.05, 10).foodOdour(new Odour(1, 2))
                .light(new LightSource("lamp", 10, 10, 1)).chemical(new ChemicalSource("scent", 5, 5, 1, 3))
                .hazard(new HazardRegion("acid", 5, 10, 3, 0.1)).goal(new GoalRegion("nest", 15, 6, 0.5))
                .rangeSensor(RangeSensorSpec.defaults()).seed(3).build();
        World world = new World(spec);
        BodySpec build = BodySpec.defaults().withMaxAcceleration(2).withBattery(new BatterySpec(1e6, 1e6, 1, 0.1));
        List<Body> bodies = List.of(world.addBody("a", new Pose(5, 10, 0), build),
                world.addBody("b", new Pose(10, 6, 1), build), world.addBody("c", new Pose(9, 13, 2), build));
        double[] ranges = new double[5];
        double[] pair = new double[2];
        for (Body body : bodies) {
            body.drive(0.3, 0.5);
        }
        tick(world, bodies, ranges, pair, 20_000);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();

        // when
        long before = threads.getCurrentThreadAllocatedBytes();
        double sum = tick(world, bodies, ranges, pair, 10_000);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        // then
        assertTrue(sum > 0);
        assertTrue(allocated < 1024, "10000 ticks allocated " + allocated + " bytes");
    }

    private static double tick(World world, List<Body> bodies, double[] ranges, double[] pair, int ticks) {
        double sum = 0;
        for (int t = 0; t < ticks; t++) {
            for (int i = 0; i < bodies.size(); i++) {
                Body body = bodies.get(i);
                world.readRange(body, ranges);
                world.readLight(body, pair);
                sum += pair[0];
                world.readChemical(body, pair);
                sum += pair[1] + ranges[0] + body.energy() + body.speed() + body.turnRate();
                sum += body.touchFrontLeft() || body.touchFrontRight() || body.touchRear() ? 1 : 0;
                body.drive(0.3, 0.5);
            }
            if (!world.step(DT).isEmpty()) {
                throw new AssertionError("the test world should stay quiet, at t = " + world.timeSeconds());
            }
        }
        return sum;
    }
}
