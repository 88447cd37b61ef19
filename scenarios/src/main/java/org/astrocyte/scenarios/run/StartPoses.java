package org.astrocyte.scenarios.run;

import java.util.SplittableRandom;
import org.astrocyte.scenarios.spec.AgentSpec;
import org.astrocyte.scenarios.world.Body;
import org.astrocyte.scenarios.world.Pose;
import org.astrocyte.scenarios.world.World;

/**
 * Puts each agent's body at its start, shifted and turned within its start's jitter by a stream drawn from the
 * scenario seed and the agent's index: the same seed gives the same starts, another seed other starts. A draw
 * that would overlap a wall, an obstacle or another body is drawn again.
 */
final class StartPoses {

    /** Draws before giving up on a jittered start. */
    static final int ATTEMPTS = 100;

    private StartPoses() {
    }

    static Body place(World world, AgentSpec agent, long seed, int index) {
        AgentSpec.StartSpec start = agent.start();
        var build = WorldFactory.bodySpec(agent.body());
        if (start.jitter() == 0 && start.headingJitter() == 0) {
            return world.addBody(agent.id(), new Pose(start.x(), start.y(), Math.toRadians(start.headingDeg())),
                    build);
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x5DEECE66DL * (index + 1));
        IllegalArgumentException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            double x = start.x() + start.jitter() * (2 * random.nextDouble() - 1);
            double y = start.y() + start.jitter() * (2 * random.nextDouble() - 1);
            double heading = start.headingDeg() + start.headingJitter() * (2 * random.nextDouble() - 1);
            try {
                return world.addBody(agent.id(), new Pose(x, y, Math.toRadians(heading)), build);
            } catch (IllegalArgumentException e) {
                last = e;
            }
        }
        throw new IllegalArgumentException("agent '" + agent.id() + "': no free start within " + start.jitter()
                + " m of (" + start.x() + ", " + start.y() + ") in " + ATTEMPTS + " draws; last: "
                + last.getMessage(), last);
    }
}
