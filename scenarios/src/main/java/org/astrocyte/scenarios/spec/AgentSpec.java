package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import org.astrocyte.agents.provider.PlannerSpec;

/**
 * One agent: where it starts, which reflexes it runs and which LLM plans for it.
 *
 * @param id       unique within the scenario; letters, digits, '-' and '_'
 * @param start    start pose
 * @param reflex   the reflex controller, when it runs one (default braitenberg)
 * @param reflexes a stack of reflexes by priority, highest first (e.g. [touch_escape, braitenberg]); each
 *                 layer's command is the drive of the layer above, and the highest that overrides wins. Give
 *                 either {@code reflex} or {@code reflexes}.
 * @param planner  the planner's provider (default offline); provider {@code none} gives an agent without a
 *                 planner: its reflexes run on a constant drive, towards the first goal region still to reach or
 *                 straight ahead at half speed (the reflex-only condition of experiments)
 * @param body     the body's build: size, speed, acceleration, battery (default: the small robot of every scenario)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgentSpec(@JsonProperty(required = true) String id, @JsonProperty(required = true) StartSpec start,
        ReflexKind reflex, List<ReflexKind> reflexes, PlannerSpec planner, BodyConfigSpec body) {

    /** Most layers in one reflex stack. */
    public static final int MAX_REFLEXES = 8;

    public AgentSpec {
        Checks.notBlank("id", id);
        if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("id may hold 1 to 64 letters, digits, '-' and '_', got '" + id + "'");
        }
        if (reflexes != null) {
            if (reflex != null) {
                throw new IllegalArgumentException("give either 'reflex' or 'reflexes', not both");
            }
            if (reflexes.isEmpty() || reflexes.size() > MAX_REFLEXES) {
                throw new IllegalArgumentException("reflexes must list 1 to " + MAX_REFLEXES + " reflexes, got "
                        + reflexes.size());
            }
            if (new HashSet<>(reflexes).size() != reflexes.size() || reflexes.contains(null)) {
                throw new IllegalArgumentException("reflexes must list each reflex once, got " + reflexes);
            }
            reflexes = List.copyOf(reflexes);
        } else if (reflex == null) {
            reflex = ReflexKind.BRAITENBERG;
        }
        planner = planner == null ? PlannerSpec.offline() : planner;
        body = body == null ? BodyConfigSpec.defaults() : body;
    }

    /** The provider name of an agent without a planner. */
    public static final String NO_PLANNER = "none";

    /** Whether the agent has no planner (provider {@code none}). */
    @JsonIgnore
    public boolean plannerless() {
        return NO_PLANNER.equals(planner.provider());
    }

    /** The agent's reflex layers, highest priority first. */
    @JsonIgnore
    public List<ReflexKind> layers() {
        return reflexes != null ? reflexes : List.of(reflex);
    }

    AgentSpec withReflex(ReflexKind newReflex) {
        return new AgentSpec(id, start, newReflex, null, planner, body);
    }

    AgentSpec withPlanner(PlannerSpec newPlanner) {
        return new AgentSpec(id, start, reflex, reflexes, newPlanner, body);
    }

    /**
     * A start pose: position in metres, heading in degrees counter-clockwise from +x; optionally varied by the
     * scenario's seed, so that the seeds of an experiment start the agent in different places.
     *
     * @param jitter        the largest shift of the start position, in each of x and y, metres (default 0)
     * @param headingJitter the largest change of the start heading, degrees (default 0)
     */
    public record StartSpec(@JsonProperty(required = true) Double x, @JsonProperty(required = true) Double y,
            Double headingDeg, Double jitter, Double headingJitter) {
        public StartSpec {
            Checks.inRange("x", x, -1e6, 1e6);
            Checks.inRange("y", y, -1e6, 1e6);
            headingDeg = headingDeg == null ? 0.0 : headingDeg;
            Checks.inRange("headingDeg", headingDeg, -360, 360);
            jitter = jitter == null ? 0.0 : jitter;
            Checks.inRange("jitter", jitter, 0, 100);
            headingJitter = headingJitter == null ? 0.0 : headingJitter;
            Checks.inRange("headingJitter", headingJitter, 0, 180);
        }

        /** A start at ({@code x}, {@code y}) with this heading, not varied by the seed. */
        public StartSpec(Double x, Double y, Double headingDeg) {
            this(x, y, headingDeg, null, null);
        }
    }
}
