package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.astrocyte.agents.provider.PlannerSpec;

/**
 * One agent: where it starts, which reflex it runs and which LLM plans for it.
 *
 * @param id      unique within the scenario; letters, digits, '-' and '_'
 * @param start   start pose
 * @param reflex  the reflex controller (default braitenberg)
 * @param planner the planner's provider (default offline)
 */
public record AgentSpec(@JsonProperty(required = true) String id, @JsonProperty(required = true) StartSpec start,
        ReflexKind reflex, PlannerSpec planner) {

    public AgentSpec {
        Checks.notBlank("id", id);
        if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("id may hold 1 to 64 letters, digits, '-' and '_', got '" + id + "'");
        }
        reflex = reflex == null ? ReflexKind.BRAITENBERG : reflex;
        planner = planner == null ? PlannerSpec.offline() : planner;
    }

    AgentSpec withReflex(ReflexKind newReflex) {
        return new AgentSpec(id, start, newReflex, planner);
    }

    AgentSpec withPlanner(PlannerSpec newPlanner) {
        return new AgentSpec(id, start, reflex, newPlanner);
    }

    /** A start pose: position in metres, heading in degrees counter-clockwise from +x. */
    public record StartSpec(@JsonProperty(required = true) Double x, @JsonProperty(required = true) Double y,
            Double headingDeg) {
        public StartSpec {
            Checks.inRange("x", x, -1e6, 1e6);
            Checks.inRange("y", y, -1e6, 1e6);
            headingDeg = headingDeg == null ? 0.0 : headingDeg;
            Checks.inRange("headingDeg", headingDeg, -360, 360);
        }
    }
}
