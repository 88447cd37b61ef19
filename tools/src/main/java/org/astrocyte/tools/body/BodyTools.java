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

    /** Keep this far from the walls when a heading is turned into a goal, metres. */
    static final double WALL_MARGIN = 0.5;

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

    /** Drives in the direction {@code headingDeg}: the goal becomes the farthest point that way inside the arena. */
    @Tool(name = "set_heading", value = "Drive in a direction, in degrees counter-clockwise from east (0 = east, "
            + "90 = north), until near the wall that way. The reflex keeps the body safe.")
    public String setHeading(@P("direction, degrees from -360 to 360") double headingDeg) {
        double heading = Math.toRadians(ArgumentChecks.inRange("headingDeg", headingDeg, -360, 360, "degrees"));
        double dx = Math.cos(heading);
        double dy = Math.sin(heading);
        double reach = Double.MAX_VALUE;
        if (dx > 1e-9) {
            reach = Math.min(reach, (body.arenaWidth() - WALL_MARGIN - body.x()) / dx);
        } else if (dx < -1e-9) {
            reach = Math.min(reach, (WALL_MARGIN - body.x()) / dx);
        }
        if (dy > 1e-9) {
            reach = Math.min(reach, (body.arenaHeight() - WALL_MARGIN - body.y()) / dy);
        } else if (dy < -1e-9) {
            reach = Math.min(reach, (WALL_MARGIN - body.y()) / dy);
        }
        reach = Math.max(0, reach);
        double x = Math.max(0, Math.min(body.arenaWidth(), body.x() + reach * dx));
        double y = Math.max(0, Math.min(body.arenaHeight(), body.y() + reach * dy));
        body.setGoal(x, y);
        return String.format(Locale.ROOT, "heading %.0f degrees: goal set to (%.2f, %.2f), %.2f m ahead", headingDeg,
                x, y, reach);
    }

    /** Drops the goal. */
    @Tool(name = "stop", value = "Stop driving: drop the current goal. The reflex still moves the body away from a "
            + "hazard.")
    public String stop() {
        body.stop();
        return "stopped";
    }

    /** Where the body is. */
    @Tool(name = "observe", value = "Read the body's position (metres) and heading (degrees from east) now.")
    public String observe() {
        return String.format(Locale.ROOT, "{\"x\":%.2f,\"y\":%.2f,\"heading_deg\":%.0f}", body.x(), body.y(),
                body.headingDeg());
    }
}
