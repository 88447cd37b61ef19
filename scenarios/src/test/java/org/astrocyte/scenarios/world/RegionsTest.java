package org.astrocyte.scenarios.world;

import static org.astrocyte.scenarios.world.PolygonObstacleTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionsTest {

    private static final double DT = 0.001;

    @Test
    void should_drain_energy_while_the_centre_is_inside_a_hazard() {
        // given a body parked in a hazard that drains 2 units per second
        World world = new World(Worlds.spec(10, 4).hazard(new HazardRegion("acid", 3, 2, 0.5, 2)).build());
        Body body = world.addBody("b", new Pose(3, 2, 0), BodySpec.defaults());

        // when
        Worlds.run(world, 5, DT);

        // then
        assertEquals(100 - 10, body.storedEnergy(), 1e-9);
        assertEquals(0.9, body.energy(), 1e-12);
    }

    @Test
    void should_report_entering_a_hazard_once_per_entry() {
        // given a hazard 1 m wide across the body's way; it crosses it, turns back and crosses it again
        World world = new World(Worlds.spec(10, 4).hazard(new HazardRegion("acid", 4, 2, 0.5, 2)).build());
        Body body = world.addBody("b", new Pose(2, 2, 0), BodySpec.defaults());
        body.drive(0.5, 0.5);
        List<StepReport> reports = new ArrayList<>(Worlds.run(world, 8, DT));

        // when
        body.drive(-0.5, -0.5);
        reports.addAll(Worlds.run(world, 8, DT));

        // then: in at x = 3.5 going east, at x = 4.5 coming back; 1 m in it each way at 0.5 m/s drains 2 s x 2 units
        List<StepReport.HazardEntered> entered = reports.stream().flatMap(r -> r.hazardsEntered().stream()).toList();
        assertEquals(List.of("acid", "acid"), entered.stream().map(StepReport.HazardEntered::hazardId).toList());
        assertEquals(3.5, entered.get(0).x(), 1e-3);
        assertEquals(4.5, entered.get(1).x(), 1e-3);
        assertEquals(100 - 8, body.storedEnergy(), 0.01);
    }

    @Test
    void should_report_reaching_a_goal_once_per_entry_and_not_where_a_body_starts() {
        // given a body starting inside goal "home" and driving through goal "far"
        World world = new World(Worlds.spec(10, 4).goal(new GoalRegion("home", 2, 2, 0.5))
                .goal(new GoalRegion("far", 5, 2, 0.3)).build());
        Body body = world.addBody("b", new Pose(2, 2, 0), BodySpec.defaults());
        body.drive(0.5, 0.5);
        List<StepReport> reports = new ArrayList<>(Worlds.run(world, 10, DT));

        // when it comes back into home
        body.drive(-0.5, -0.5);
        reports.addAll(Worlds.run(world, 12, DT));

        // then
        List<StepReport.GoalReached> reached = reports.stream().flatMap(r -> r.goalsReached().stream()).toList();
        assertEquals(List.of("far", "far", "home"), reached.stream().map(StepReport.GoalReached::goalId).toList());
        assertEquals(4.7, reached.get(0).x(), 1e-3);
        assertEquals("b", reached.get(0).bodyId());
    }

    @Test
    void should_name_a_region_outside_the_arena_or_with_a_bad_radius() {
        assertMessage(() -> Worlds.spec(4, 4).goal(new GoalRegion("nest", 2, 5, 0.5)).build(), "goal 'nest'",
                "outside");
        assertMessage(() -> new HazardRegion("acid", 2, 2, 0, 1), "hazard 'acid' radius", "positive");
        assertMessage(() -> new HazardRegion("acid", 2, 2, 1, -1), "hazard 'acid' drain", "-1.0");
    }
}
