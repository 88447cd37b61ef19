package org.astrocyte.scenarios.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.astrocyte.agents.budget.PlannerBudget;
import org.astrocyte.agents.provider.PlannerSpec;

/**
 * A fluent Java API for scenarios, for users who prefer code to YAML; it builds the same {@link ScenarioSpec} the
 * YAML reader does, with the same checks, and {@link ScenarioYaml} writes it back as YAML.
 *
 * <pre>{@code
 * ScenarioSpec spec = ScenarioBuilder.scenario("corridor").seed(3).duration(60)
 *         .arena(12, 10).obstacle("rock", 4, 3, 0.7)
 *         .food(1.5, 8.5).food(10.5, 1.2)
 *         .agent("scout", 1, 1, agent -> agent.headingDeg(45).reflex(ReflexKind.BRAITENBERG))
 *         .build();
 * }</pre>
 */
public final class ScenarioBuilder {

    private final String name;
    private Long seed;
    private Double duration;
    private Double plannerPeriod;
    private Double sampleInterval;
    private double width = 10;
    private double height = 10;
    private final List<ObstacleSpec> obstacles = new ArrayList<>();
    private final List<PointSpec> food = new ArrayList<>();
    private Double foodRadius;
    private Double regrowSeconds;
    private Double sightRadius;
    private SensorSpec sensors;
    private final List<AgentSpec> agents = new ArrayList<>();
    private MemorySpec memory;
    private PlannerBudget plannerBudget;
    private WakeUpSpec wakeUp;
    private final List<TimelineEventSpec> timeline = new ArrayList<>();
    private final List<Metric> metrics = new ArrayList<>();
    private final List<ConditionSpec> stopWhen = new ArrayList<>();

    private ScenarioBuilder(String name) {
        this.name = name;
    }

    /** Starts a scenario named {@code name}: a 10 x 10 m arena, 60 s, the defaults of the YAML format. */
    public static ScenarioBuilder scenario(String name) {
        return new ScenarioBuilder(name).duration(60);
    }

    public ScenarioBuilder seed(long value) {
        seed = value;
        return this;
    }

    /** Simulated seconds to run. */
    public ScenarioBuilder duration(double seconds) {
        duration = seconds;
        return this;
    }

    /** Simulated seconds between two planner turns. */
    public ScenarioBuilder plannerPeriod(double seconds) {
        plannerPeriod = seconds;
        return this;
    }

    /** Simulated seconds between two decimated samples on the bus. */
    public ScenarioBuilder sampleInterval(double seconds) {
        sampleInterval = seconds;
        return this;
    }

    /** The arena's size, metres. */
    public ScenarioBuilder arena(double widthM, double heightM) {
        width = widthM;
        height = heightM;
        return this;
    }

    /** A round obstacle, metres. */
    public ScenarioBuilder obstacle(String id, double x, double y, double radius) {
        obstacles.add(new ObstacleSpec(id, x, y, radius));
        return this;
    }

    /** A food item at ({@code x}, {@code y}), metres. */
    public ScenarioBuilder food(double x, double y) {
        food.add(new PointSpec(x, y));
        return this;
    }

    /** How food is eaten and seen: its radius and sight radius (m), and how long it takes to regrow (s). */
    public ScenarioBuilder foodRules(double radius, double regrowS, double sightRadiusM) {
        foodRadius = radius;
        regrowSeconds = regrowS;
        sightRadius = sightRadiusM;
        return this;
    }

    public ScenarioBuilder sensors(SensorSpec value) {
        sensors = value;
        return this;
    }

    /** Offers the memory tools {@code forget} and {@code consolidate} to the planners. */
    public ScenarioBuilder memory(boolean forget, boolean consolidate) {
        memory = new MemorySpec(null, forget, consolidate, null);
        return this;
    }

    /** Limits on all planners of the run together. */
    public ScenarioBuilder plannerBudget(PlannerBudget value) {
        plannerBudget = value;
        return this;
    }

    /** When the fast loop may wake the planners. */
    public ScenarioBuilder wakeUp(WakeUpSpec value) {
        wakeUp = value;
        return this;
    }

    /** Adds a scripted event to the timeline. */
    public ScenarioBuilder event(TimelineEventSpec value) {
        timeline.add(value);
        return this;
    }

    /** Declares the metrics to report (default: all). */
    public ScenarioBuilder metrics(Metric... values) {
        metrics.addAll(List.of(values));
        return this;
    }

    /** Ends the run as soon as {@code condition} holds. */
    public ScenarioBuilder stopWhen(ConditionSpec condition) {
        stopWhen.add(condition);
        return this;
    }

    /** An agent starting at ({@code x}, {@code y}), configured by {@code configure}. */
    public ScenarioBuilder agent(String id, double x, double y, Consumer<Agent> configure) {
        Agent agent = new Agent(id, x, y);
        configure.accept(agent);
        agents.add(agent.build());
        return this;
    }

    /** An agent starting at ({@code x}, {@code y}) with the defaults (Braitenberg reflex, offline planner). */
    public ScenarioBuilder agent(String id, double x, double y) {
        return agent(id, x, y, agent -> {
        });
    }

    /**
     * The scenario.
     *
     * @throws IllegalArgumentException naming what is out of range, as the YAML reader would
     */
    public ScenarioSpec build() {
        return new ScenarioSpec(name, seed, duration, plannerPeriod, sampleInterval,
                new ArenaSpec(width, height, obstacles), new FoodSpec(food, foodRadius, regrowSeconds, sightRadius),
                sensors, agents, memory, plannerBudget, wakeUp, timeline, metrics, stopWhen);
    }

    /** One agent's settings. */
    public static final class Agent {
        private final String id;
        private final double x;
        private final double y;
        private Double headingDeg;
        private ReflexKind reflex;
        private List<ReflexKind> reflexes;
        private PlannerSpec planner;
        private BodyConfigSpec body;

        private Agent(String id, double x, double y) {
            this.id = id;
            this.x = x;
            this.y = y;
        }

        /** Start heading, degrees counter-clockwise from +x. */
        public Agent headingDeg(double value) {
            headingDeg = value;
            return this;
        }

        public Agent reflex(ReflexKind value) {
            reflex = value;
            return this;
        }

        /** A stack of reflexes by priority, highest first. */
        public Agent reflexes(ReflexKind... byPriority) {
            reflexes = List.of(byPriority);
            return this;
        }

        /** The body's build (size, speed, acceleration, battery). */
        public Agent body(BodyConfigSpec value) {
            body = value;
            return this;
        }

        public Agent planner(PlannerSpec value) {
            planner = value;
            return this;
        }

        private AgentSpec build() {
            return new AgentSpec(id, new AgentSpec.StartSpec(x, y, headingDeg), reflex, reflexes, planner,
                    body);
        }
    }
}
