package org.astrocyte.tools.body;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.Locale;
import org.astrocyte.tools.ArgumentChecks;

/** Tools that steer the agent's body. */
public final class BodyTools {

    private final BodyControl body;

    public BodyTools(BodyControl body) {
        this.body = body;
    }

    /** Sets the navigation goal, which must lie inside the arena. */
    @Tool(name = "set_goal", value = "Drive towards the point (x, y) in metres. The reflex keeps the body safe on the "
            + "way. The point must lie inside the arena.")
    public String setGoal(@P("x coordinate of the goal, metres") double x,
            @P("y coordinate of the goal, metres") double y) {
        double goalX = ArgumentChecks.inRange("x", x, 0, body.arenaWidth(), "m");
        double goalY = ArgumentChecks.inRange("y", y, 0, body.arenaHeight(), "m");
        body.setGoal(goalX, goalY);
        return String.format(Locale.ROOT, "goal set to (%.2f, %.2f); distance %.2f m", goalX, goalY,
                Math.hypot(goalX - body.x(), goalY - body.y()));
    }
}
