package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.astrocyte.agents.budget.PlannerBudget;
import org.astrocyte.agents.provider.PlannerSpec;

/**
 * A scenario as written in YAML: the arena, the food, the sensors and the agents, and how long to run. Times in
 * simulated seconds, lengths in metres.
 *
 * @param name           shown in summaries and traces
 * @param seed           seeds sensor noise and the spiking networks; the same seed gives the same run
 * @param duration       simulated time to run, seconds (at most {@value #MAX_DURATION})
 * @param plannerPeriod  simulated seconds between two planner turns of an agent
 * @param sampleInterval simulated seconds between two decimated samples (body state, spike counts) on the bus
 * @param memory         which memory tools beyond remember and recall the planners may use
 * @param plannerBudget  limits on all the planners of the run together (calls per minute, tokens, cost); each
 *                       agent's own budget applies as well
 * @param wakeUp         when the fast loop may wake a planner before its next turn
 * @param timeline       scripted events (at a time or when a condition holds), at most {@value #MAX_EVENTS}
 * @param metrics        the figures reported per agent and for the team (default: every {@link Metric})
 * @param stopWhen       conditions that end the run early (any one holding ends it)
 */
public record ScenarioSpec(
        @JsonProperty(required = true) String name,
        Long seed,
        @JsonProperty(required = true) Double duration,
        Double plannerPeriod,
        Double sampleInterval,
        @JsonProperty(required = true) ArenaSpec arena,
        FoodSpec food,
        SensorSpec sensors,
        @JsonProperty(required = true) List<AgentSpec> agents,
        MemorySpec memory, PlannerBudget plannerBudget, WakeUpSpec wakeUp, List<TimelineEventSpec> timeline,
        List<Metric> metrics, List<ConditionSpec> stopWhen) {

    /** Longest scenario, simulated seconds. */
    public static final double MAX_DURATION = 3600;
    /** Most agents in one scenario. */
    public static final int MAX_AGENTS = 50;
    /** Most scripted events in one timeline. */
    public static final int MAX_EVENTS = 1000;

    public ScenarioSpec {
        Checks.notBlank("name", name);
        seed = seed == null ? 1L : seed;
        Checks.inRange("duration", duration, 0.001, MAX_DURATION);
        plannerPeriod = plannerPeriod == null ? 2.0 : plannerPeriod;
        Checks.inRange("plannerPeriod", plannerPeriod, 0.001, MAX_DURATION);
        sampleInterval = sampleInterval == null ? 0.1 : sampleInterval;
        Checks.inRange("sampleInterval", sampleInterval, 0.001, MAX_DURATION);
        food = food == null ? new FoodSpec(null, null, null, null) : food;
        sensors = sensors == null ? new SensorSpec(null, null, null, null) : sensors;
        memory = memory == null ? MemorySpec.defaults() : memory;
        plannerBudget = plannerBudget == null ? PlannerBudget.unlimited() : plannerBudget;
        wakeUp = wakeUp == null ? WakeUpSpec.defaults() : wakeUp;
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        if (timeline.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("timeline may hold at most " + MAX_EVENTS + " events, got "
                    + timeline.size());
        }
        metrics = metrics == null || metrics.isEmpty() ? List.of(Metric.values()) : List.copyOf(metrics);
        stopWhen = stopWhen == null ? List.of() : List.copyOf(stopWhen);
        if (agents.isEmpty() || agents.size() > MAX_AGENTS) {
            throw new IllegalArgumentException("agents must list 1 to " + MAX_AGENTS + " agents, got "
                    + agents.size());
        }
        agents = List.copyOf(agents);
        Set<String> ids = new HashSet<>();
        for (AgentSpec agent : agents) {
            if (!ids.add(agent.id())) {
                throw new IllegalArgumentException("two agents have the id '" + agent.id() + "'");
            }
            if (agent.start().x() <= 0 || agent.start().x() >= arena.width() || agent.start().y() <= 0
                    || agent.start().y() >= arena.height()) {
                throw new IllegalArgumentException("agent '" + agent.id() + "' starts outside the arena");
            }
        }
        Set<String> obstacles = new HashSet<>();
        arena.obstacles().forEach(o -> obstacles.add(o.id()));
        for (TimelineEventSpec event : timeline) {
            if (event.obstacle() != null && event.obstacle().id() != null) {
                obstacles.add(event.obstacle().id());
            }
        }
        for (TimelineEventSpec event : timeline) {
            if (event.target() != null && !obstacles.contains(event.target())) {
                throw new IllegalArgumentException("timeline event " + event.trigger() + " names obstacle '"
                        + event.target() + "', which neither the arena nor an add_obstacle event has; obstacles: "
                        + obstacles.stream().sorted().toList());
            }
            requireAgent(ids, event.agent(), "timeline event " + event.trigger());
            if (event.when() != null) {
                requireAgent(ids, event.when().agent(), "the condition of timeline event " + event.trigger());
            }
        }
        for (ConditionSpec condition : stopWhen) {
            requireAgent(ids, condition.agent(), "stopWhen " + condition.describe());
        }
        for (PointSpec item : food.items()) {
            if (item.x() < 0 || item.x() > arena.width() || item.y() < 0 || item.y() > arena.height()) {
                throw new IllegalArgumentException("food at (" + item.x() + ", " + item.y()
                        + ") lies outside the arena");
            }
        }
    }

    private static void requireAgent(Set<String> ids, String agent, String where) {
        if (agent != null && !ids.contains(agent)) {
            throw new IllegalArgumentException(where + " names agent '" + agent + "', which the scenario does not "
                    + "have; agents: " + ids.stream().sorted().toList());
        }
    }

    /** This scenario with another seed and duration (for command-line overrides). */
    public ScenarioSpec with(long newSeed, double newDuration) {
        return new ScenarioSpec(name, newSeed, newDuration, plannerPeriod, sampleInterval, arena, food, sensors,
                agents, memory, plannerBudget, wakeUp, timeline, metrics, stopWhen);
    }

    /** This scenario with another budget for all planners together. */
    public ScenarioSpec withPlannerBudget(PlannerBudget newBudget) {
        return new ScenarioSpec(name, seed, duration, plannerPeriod, sampleInterval, arena, food, sensors,
                agents, memory, newBudget, wakeUp, timeline, metrics, stopWhen);
    }

    /** This scenario with other wake-up rules. */
    public ScenarioSpec withWakeUp(WakeUpSpec newWakeUp) {
        return new ScenarioSpec(name, seed, duration, plannerPeriod, sampleInterval, arena, food, sensors,
                agents, memory, plannerBudget, newWakeUp, timeline, metrics, stopWhen);
    }

    /** This scenario with every agent's planner changed by {@code change} (for command-line overrides). */
    public ScenarioSpec withPlanners(java.util.function.UnaryOperator<PlannerSpec> change) {
        return withPlanners((agentId, planner) -> change.apply(planner));
    }

    /** This scenario with every agent's planner changed by {@code change}, which is told the agent's id. */
    public ScenarioSpec withPlanners(java.util.function.BiFunction<String, PlannerSpec, PlannerSpec> change) {
        return new ScenarioSpec(name, seed, duration, plannerPeriod, sampleInterval, arena, food, sensors,
                agents.stream().map(a -> a.withPlanner(change.apply(a.id(), a.planner()))).toList(), memory,
                plannerBudget, wakeUp, timeline, metrics, stopWhen);
    }

    /** This scenario with every agent's reflex replaced by {@code reflex}. */
    public ScenarioSpec withReflex(ReflexKind reflex) {
        return new ScenarioSpec(name, seed, duration, plannerPeriod, sampleInterval, arena, food, sensors,
                agents.stream().map(a -> a.withReflex(reflex)).toList(), memory, plannerBudget, wakeUp, timeline,
                metrics, stopWhen);
    }
}
