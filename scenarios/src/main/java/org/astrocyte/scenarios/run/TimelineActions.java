package org.astrocyte.scenarios.run;

import java.util.List;
import java.util.Locale;
import org.astrocyte.core.event.EventEmitter;
import org.astrocyte.core.event.Stamp;
import org.astrocyte.core.event.TimelineEventApplied;
import org.astrocyte.scenarios.spec.TimelineEventSpec;
import org.astrocyte.scenarios.world.World;

/** Carries out the scripted events of a run on its world and agents, and puts each on the bus. */
final class TimelineActions {

    private final World world;
    private final List<AgentRuntime> agents;
    private final EventEmitter events;

    TimelineActions(World world, List<AgentRuntime> agents, EventEmitter events) {
        this.world = world;
        this.agents = agents;
        this.events = events;
    }

    /** Applies {@code event} at {@code nowMicros}. */
    void apply(TimelineEventSpec event, long nowMicros) {
        String action = event.action().name().toLowerCase(Locale.ROOT);
        switch (event.action()) {
            case CUT_PLANNER:
                long until = nowMicros + Math.round(event.duration() * 1e6);
                for (AgentRuntime agent : concerned(event)) {
                    agent.plannerCutUntilMicros = until;
                    emit(agent.id(), action, "planner cut for " + event.duration() + " s (" + event.trigger() + ")");
                }
                break;
            case SET_GOAL:
                for (AgentRuntime agent : concerned(event)) {
                    agent.scriptGoal(event.x(), event.y());
                    emit(agent.id(), action, "goal (" + event.x() + ", " + event.y() + ") (" + event.trigger() + ")");
                }
                break;
            case ADD_OBSTACLE:
                world.addObstacle(event.obstacle().toObstacle());
                emitWorld(action, "obstacle '" + event.obstacle().id() + "' added (" + event.trigger() + ")");
                break;
            case MOVE_OBSTACLE:
                world.moveObstacle(event.target(), event.x(), event.y());
                emitWorld(action, "obstacle '" + event.target() + "' moved to (" + event.x() + ", " + event.y()
                        + ") (" + event.trigger() + ")");
                break;
            case REMOVE_OBSTACLE:
                world.removeObstacle(event.target());
                emitWorld(action, "obstacle '" + event.target() + "' removed (" + event.trigger() + ")");
                break;
            case DEPLETE_FOOD:
                int taken = world.depleteFood();
                emitWorld(action, taken + " food items taken (" + event.trigger() + ")");
                break;
            case SENSOR_NOISE:
                for (AgentRuntime agent : concerned(event)) {
                    world.setRangeNoise(agent.body, event.noise());
                    emit(agent.id(), action, "range noise " + event.noise() + " m (" + event.trigger() + ")");
                }
                break;
            default:
                throw new IllegalStateException("no rule for timeline action " + action);
        }
    }

    private List<AgentRuntime> concerned(TimelineEventSpec event) {
        return event.agent() == null ? agents : agents.stream().filter(a -> a.id().equals(event.agent())).toList();
    }

    private void emit(String agentId, String action, String detail) {
        events.emit(agentId, s -> new TimelineEventApplied(s, action, detail));
    }

    /** Emits an event that concerns the world rather than one agent. */
    private void emitWorld(String action, String detail) {
        events.emit(Stamp.WORLD, s -> new TimelineEventApplied(s, action, detail));
    }
}
