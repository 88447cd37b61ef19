package org.astrocyte.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.scenarios.spec.AgentSpec;
import org.astrocyte.scenarios.spec.ScenarioBuilder;
import org.astrocyte.scenarios.spec.ScenarioSpec;
import org.astrocyte.scenarios.world.Body;
import org.astrocyte.scenarios.world.Pose;
import org.junit.jupiter.api.Test;

class StartPosesTest {

    private static final ScenarioSpec ARENA = ScenarioBuilder.scenario("starts").arena(10, 8)
            .obstacle("rock", 3, 3, 0.6).agent("a1", 3, 3.9).build();

    private static AgentSpec agent(double jitter, double headingJitter) {
        return new AgentSpec("a1", new AgentSpec.StartSpec(3.0, 3.9, 90.0, jitter, headingJitter), null, null, null,
                null);
    }

    private static Pose place(AgentSpec agent, long seed) {
        Body body = StartPoses.place(WorldFactory.create(ARENA), agent, seed, 0);
        return body.pose();
    }

    @Test
    void should_start_exactly_where_written_without_jitter() {
        Pose pose = place(agent(0, 0), 7);
        assertEquals(3.0, pose.x());
        assertEquals(3.9, pose.y());
        assertEquals(Math.toRadians(90), pose.heading(), 1e-12);
    }

    @Test
    void should_vary_the_start_with_the_seed_within_the_jitter_and_never_into_the_rock() {
        // given: a start 0.9 m from a rock of 0.6 m with a 0.15 m body, jittered by up to 1 m
        AgentSpec jittered = agent(1.0, 30);
        // when
        Pose first = place(jittered, 1);
        Pose again = place(jittered, 1);
        Pose other = place(jittered, 2);
        // then
        assertEquals(first, again, "the same seed, the same start");
        assertNotEquals(first, other, "another seed, another start");
        for (long seed = 1; seed <= 50; seed++) {
            Pose pose = place(jittered, seed);
            assertTrue(Math.abs(pose.x() - 3.0) <= 1.0 && Math.abs(pose.y() - 3.9) <= 1.0, pose.toString());
            assertTrue(Math.abs(Math.toDegrees(pose.heading()) - 90) <= 30 + 1e-9, pose.toString());
            assertTrue(Math.hypot(pose.x() - 3, pose.y() - 3) >= 0.75 - 1e-9, "clear of the rock: " + pose);
        }
    }
}
