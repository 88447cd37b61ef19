package org.astrocyte.scenarios.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.langchain4j.model.chat.ChatModel;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.astrocyte.agents.Agent;
import org.astrocyte.agents.budget.BudgetTracker;
import org.astrocyte.agents.planner.Observation;
import org.astrocyte.agents.planner.PlannerTurn;
import org.astrocyte.agents.planner.TracedTools;
import org.astrocyte.agents.provider.ChatModelFactory;
import org.astrocyte.agents.provider.PlannerSpec;
import org.astrocyte.agents.telemetry.PlannerTelemetry;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.core.bus.HazelcastEventBus;
import org.astrocyte.core.clock.SimulatedClock;
import org.astrocyte.core.event.BodySampled;
import org.astrocyte.core.event.CollisionOccurred;
import org.astrocyte.core.event.EventEmitter;
import org.astrocyte.core.event.EventStamper;
import org.astrocyte.core.event.EnergyDepleted;
import org.astrocyte.core.event.FoodCollected;
import org.astrocyte.core.event.GoalReached;
import org.astrocyte.core.event.HazardEntered;
import org.astrocyte.core.event.PlannerBudgetExhausted;
import org.astrocyte.core.event.PlannerDecisionApplied;
import org.astrocyte.core.event.PlannerWoken;
import org.astrocyte.core.event.ReflexOverrode;
import org.astrocyte.core.event.ReflexReleased;
import org.astrocyte.core.event.RunFinished;
import org.astrocyte.core.event.RunStarted;
import org.astrocyte.core.event.SpikesCounted;
import org.astrocyte.core.event.Stamp;
import org.astrocyte.core.trace.JsonlTraceWriter;
import org.astrocyte.memory.encoder.EpisodeEncoder;
import org.astrocyte.memory.hazelcast.HazelcastEpisodicMemory;
import org.astrocyte.scenarios.spec.AgentSpec;
import org.astrocyte.scenarios.spec.ScenarioSpec;
import org.astrocyte.scenarios.world.Body;
import org.astrocyte.scenarios.world.FoodItem;
import org.astrocyte.scenarios.world.Pose;
import org.astrocyte.scenarios.world.StepReport;
import org.astrocyte.scenarios.world.World;
import org.astrocyte.tools.body.BodyTools;
import org.astrocyte.tools.memory.ConsolidateTool;
import org.astrocyte.tools.memory.ForgetTool;
import org.astrocyte.tools.memory.MemoryTools;
import org.astrocyte.tools.messaging.MessagingTools;
import org.astrocyte.tools.simulator.SimulatorTools;
import org.astrocyte.memory.consolidation.ConsolidationPolicy;
import org.astrocyte.memory.durable.DurableMaps;
import org.astrocyte.memory.durable.MemoryDatabase;
import org.astrocyte.memory.durable.MemoryDatabaseSettings;
import org.astrocyte.memory.consolidation.MemoryConsolidator;
import org.astrocyte.memory.store.EpisodicMemory;

/**
 * Runs a scenario in simulated time: every 1 ms control tick it reads each body's sensors, steps its reflex (a
 * spiking network on the embedded simulator) and the world; every planner period it gives each agent's planner a
 * turn (lockstep: the turn takes no simulated time). Everything that happens goes on the bus, and the trace is
 * written from the bus, so that the file shows what any observer would have seen.
 */
@Singleton
public class ScenarioRunner {

    /** Simulated time per control tick, µs. */
    public static final long TICK_MICROS = 1000;
    /** Removes the memory database a run into the same folder left, so that a seed gives the same run. */
    private static void forgetEarlierRun(Path memoryDir) throws IOException {
        for (String file : List.of(MemoryDatabase.SQLITE_FILE, MemoryDatabase.SQLITE_FILE + "-wal",
                MemoryDatabase.SQLITE_FILE + "-shm")) {
            Files.deleteIfExists(memoryDir.resolve(file));
        }
    }

    /**
     * The tools an agent's planner is offered: body and simulator, remember and recall unless the scenario turns
     * the memory off, messaging when it has company, and the further memory tools the scenario enables.
     */
    private static List<Object> toolsOf(String agentId, ScenarioSpec spec, AgentRuntime runtime, EpisodicMemory memory,
            EpisodeEncoder encoder, SimulatedClock clock, EventEmitter events, RunMessenger messenger) {
        List<Object> tools = new ArrayList<>(List.of(new BodyTools(runtime),
                new SimulatorTools(spec.seed() * 31 + agentId.hashCode())));
        if (spec.memory().enabled()) {
            tools.add(new MemoryTools(agentId, memory, encoder, runtime, clock, events));
        }
        if (spec.agents().size() > 1) {
            tools.add(new MessagingTools(agentId, messenger));
        }
        if (spec.memory().forget()) {
            tools.add(new ForgetTool(agentId, memory));
        }
        if (spec.memory().consolidate()) {
            tools.add(new ConsolidateTool(agentId, memory, new MemoryConsolidator(ConsolidationPolicy.defaults()),
                    clock, events));
        }
        return tools;
    }

    private static final double TICK_SECONDS = TICK_MICROS / 1e6;
    private static final Duration DELIVERY_BOUND = Duration.ofSeconds(30);
    private static final ObjectMapper SUMMARY_JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private final HazelcastInstance hazelcast;
    private final ChatModelFactory models;

    @Inject
    public ScenarioRunner(HazelcastInstance hazelcast, ChatModelFactory models) {
        this.hazelcast = hazelcast;
        this.models = models;
    }

    /** The folder of a run's output that holds its memory database. */
    public static final String MEMORY_DIRECTORY = "memory";
    /** The prefix of the map of a memory that runs share by name ({@code memory.shared}). */
    public static final String SHARED_MEMORY_PREFIX = "astrocyte.memory.shared.";
    /** The name of the agents' episodes in a run's memory database. */
    public static final String MEMORY_MAP = "episodes";

    /**
     * Runs {@code spec}, writes {@code trace.jsonl}, {@code world.json} (the {@link WorldLayout} at the start),
     * {@code spikes.csv} and {@code populations.csv} (each spike of the reflexes' networks, up to
     * {@link SpikeRecorder#MAX_SPIKES}: see {@link SpikeRecorder}) and {@code summary.json} into {@code outputDir},
     * keeps what the agents remembered in {@code outputDir/memory/memory.db} (written through as they remember, so
     * a crash loses no acknowledged note; {@code astrocyte memory DIR} looks into it), and returns the summary. A
     * scenario whose memory is {@code shared} uses the map of that name on the cluster instead, which outlives the
     * run and which runs in other JVMs of the cluster share.
     *
     * @throws IllegalArgumentException if a planner cannot be built (unknown provider, missing API key)
     */
    public RunSummary run(ScenarioSpec spec, Path outputDir, RunProgress progress) throws IOException {
        return run(spec, outputDir, progress, RunObserver.NONE);
    }

    /**
     * As {@link #run(ScenarioSpec, Path, RunProgress)}, letting {@code observer} subscribe to the run's bus before
     * the first event, e.g. to show the run live.
     */
    public RunSummary run(ScenarioSpec spec, Path outputDir, RunProgress progress, RunObserver observer)
            throws IOException {
        List<ChatModel> chatModels = new ArrayList<>();
        for (AgentSpec agent : spec.agents()) {
            // An agent without a planner gets the offline model only to fill the slot: it is never called.
            chatModels.add(models.create(agent.plannerless() ? PlannerSpec.offline() : agent.planner()));
        }
        String namespace = "run-" + UUID.randomUUID();
        SimulatedClock clock = new SimulatedClock();
        Path traceFile = outputDir.resolve("trace.jsonl");
        String sharedMemory = spec.memory().shared();
        String memoryMapName = sharedMemory != null ? SHARED_MEMORY_PREFIX + sharedMemory
                : "astrocyte.memory." + namespace;
        if (sharedMemory == null) {
            Path memoryDir = outputDir.resolve(MEMORY_DIRECTORY);
            forgetEarlierRun(memoryDir);
            DurableMaps.configure(hazelcast.getConfig(), memoryMapName, MemoryDatabaseSettings.sqlite(memoryDir),
                    MEMORY_MAP);
        }
        IMap<String, String> memoryMap = hazelcast.getMap(memoryMapName);
        try (HazelcastEventBus bus = new HazelcastEventBus(hazelcast, namespace);
                PlannerTelemetry telemetry = PlannerTelemetry.fromEnvironment(System::getenv)) {
            EventEmitter events = new EventEmitter(bus, new EventStamper(clock));
            JsonlTraceWriter trace = new JsonlTraceWriter(bus, traceFile);
            World world = WorldFactory.create(spec);
            EpisodeEncoder encoder = EpisodeEncoder.defaults();
            HazelcastEpisodicMemory memory = new HazelcastEpisodicMemory(hazelcast, memoryMap.getName(),
                    encoder.layout());
            List<AgentRuntime> runtimes = new ArrayList<>();
            RunMessenger messenger = new RunMessenger(spec.agents().stream().map(AgentSpec::id).toList(), events);
            for (int i = 0; i < spec.agents().size(); i++) {
                AgentSpec agentSpec = spec.agents().get(i);
                Body body = StartPoses.place(world, agentSpec, spec.seed(), i);
                AgentRuntime runtime = new AgentRuntime(body, reflex(agentSpec, spec, body, i), world.arena(),
                        spec.sensors().rays());
                TracedTools tools = new TracedTools(agentSpec.id(), events, toolsOf(agentSpec.id(), spec, runtime,
                        memory, encoder, clock, events, messenger).toArray());
                runtime.model = agentSpec.planner().modelName();
                runtime.latency = agentSpec.planner().latency().create(spec.seed() * 1_000_003L + i);
                runtime.budget = new BudgetTracker(agentSpec.planner().budget());
                runtime.messenger = messenger;
                runtime.plannerless = agentSpec.plannerless();
                runtime.goalRegions = world.spec().goals();
                runtime.agent = new Agent(agentSpec.id(), runtime.model, chatModels.get(i), tools, events,
                        telemetry.tracer(), agentSpec.planner().budget());
                runtimes.add(runtime);
            }

            SpikeRecorder spikes = new SpikeRecorder(spec.agents().stream().map(AgentSpec::id).toList(),
                    SpikeRecorder.MAX_SPIKES);
            for (int i = 0; i < runtimes.size(); i++) {
                runtimes.get(i).reflex.recordSpikes(spikes.sink(i));
            }
            WorldLayout layout = WorldLayout.of(spec, world);
            layout.write(outputDir.resolve(WorldLayout.FILE_NAME));
            observer.starting(bus, layout);
            long started = System.nanoTime();
            events.emit(Stamp.WORLD, s -> new RunStarted(s, spec.name(), spec.seed(), spec.duration()));
            progress.started(spec.name(), spec.duration());
            MetricsBook metrics = new MetricsBook(spec.metrics(), runtimes);
            String stoppedBy = loop(spec, world, runtimes, metrics, clock, events, progress);
            events.emit(Stamp.WORLD, s -> new RunFinished(s, clock.nowSeconds()));
            double wallSeconds = (System.nanoTime() - started) / 1e9;
            progress.finished();

            if (!bus.awaitDelivery(DELIVERY_BOUND)) {
                throw new IOException("the bus did not deliver every event to the trace within " + DELIVERY_BOUND);
            }
            trace.close();
            spikes.write(outputDir);
            RunSummary summary = new RunSummary(spec.name(), spec.seed(), clock.nowSeconds(), wallSeconds,
                    clock.nowSeconds() / Math.max(wallSeconds, 1e-9), runtimes.stream().map(this::summarize).toList(),
                    bus.stats(), trace.written(), traceFile.toString(), metrics.table(clock.nowSeconds()), stoppedBy,
                    CollisionCurves.of(runtimes, clock.nowSeconds()));
            CollisionCurves.plotIfLearning(spec, summary.collisionCurves(), outputDir.resolve("learning-curve.png"));
            metrics.writeCsv(outputDir.resolve("metrics.csv"), clock.nowSeconds());
            SUMMARY_JSON.writeValue(outputDir.resolve("summary.json").toFile(), summary);
            return summary;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the bus", e);
        } finally {
            if (sharedMemory == null) {
                memoryMap.destroy();
            }
        }
    }

    /** Runs the control loop until the duration is over or a stop condition holds; returns that condition. */
    private String loop(ScenarioSpec spec, World world, List<AgentRuntime> runtimes, MetricsBook metrics,
            SimulatedClock clock, EventEmitter events, RunProgress progress) {
        Timeline timeline = new Timeline(spec.timeline());
        TimelineActions actions = new TimelineActions(world, runtimes, events);
        long ticks = Math.round(spec.duration() * 1000);
        long plannerTicks = Math.max(1, Math.round(spec.plannerPeriod() * 1000));
        long sampleTicks = Math.max(1, Math.round(spec.sampleInterval() * 1000));
        BudgetTracker runBudget = new BudgetTracker(spec.plannerBudget());
        double maxRange = spec.sensors().range();
        for (long tick = 0; tick < ticks; tick++) {
            for (var event : timeline.due(clock.nowSeconds(), metrics)) {
                actions.apply(event, clock.nowMicros());
            }
            for (AgentRuntime runtime : runtimes) {
                long now = clock.nowMicros();
                // A decision that falls due is applied before a new turn starts, so that the turn cannot replace it.
                applyDue(runtime, now, events);
                if (!runtime.plannerless && !runtime.thinking(now) && !runtime.plannerCut(now)) {
                    if (tick % plannerTicks == 0) {
                        runtime.wakeUp = null;
                        think(runtime, world, spec, events, clock, runBudget, null);
                    } else if (runtime.mayWake(now, spec.wakeUp())) {
                        wake(runtime, world, spec, events, clock, runBudget);
                    }
                }
                applyDue(runtime, now, events);
            }
            for (AgentRuntime runtime : runtimes) {
                SensorFrame frame = runtime.sense(world, clock.nowMicros(), maxRange);
                ReflexDecision decision = runtime.reflex.step(frame);
                traceArbitration(runtime, decision, clock, events);
                runtime.noteWakeUp(decision.wakeUp());
                runtime.body.drive(decision.command().left(), decision.command().right());
            }
            StepReport report = world.step(TICK_SECONDS);
            clock.advance(TICK_MICROS);
            record(report, runtimes, events, clock.nowSeconds());
            for (AgentRuntime runtime : runtimes) {
                runtime.measureDistance();
            }
            if ((tick + 1) % sampleTicks == 0) {
                sample(runtimes, events, spec.sampleInterval() * 1000);
            }
            if ((tick + 1) % 100 == 0) {
                progress.advanced(clock.nowSeconds());
            }
            for (var condition : spec.stopWhen()) {
                if (metrics.holds(condition, clock.nowSeconds())) {
                    return condition.describe();
                }
            }
        }
        return null;
    }

    private static void applyDue(AgentRuntime runtime, long now, EventEmitter events) {
        if (runtime.applyDue(now)) {
            boolean stopped = !runtime.hasGoal();
            double x = stopped ? runtime.body.x() : runtime.goalX();
            double y = stopped ? runtime.body.y() : runtime.goalY();
            events.emit(runtime.id(), s -> new PlannerDecisionApplied(s, x, y, stopped, runtime.lastLatencyMs()));
        }
    }

    /** A turn out of schedule, for the reason the fast loop raised; dropped when a budget would refuse it. */
    private static void wake(AgentRuntime runtime, World world, ScenarioSpec spec, EventEmitter events,
            SimulatedClock clock, BudgetTracker runBudget) {
        String reason = runtime.wakeUp.name().toLowerCase(Locale.ROOT);
        runtime.wakeUp = null;
        long now = clock.nowMicros();
        if (runtime.budget.refusal(now) != null || runBudget.refusal(now) != null) {
            return;
        }
        runtime.woken++;
        events.emit(runtime.id(), s -> new PlannerWoken(s, reason));
        think(runtime, world, spec, events, clock, runBudget, reason);
    }

    private static void think(AgentRuntime runtime, World world, ScenarioSpec spec, EventEmitter events,
            SimulatedClock clock, BudgetTracker runBudget, String wokenBy) {
        long now = clock.nowMicros();
        String refusal = runtime.budget.refusal(now);
        String stop = runtime.budget.exhausted();
        if (refusal == null) {
            String runRefusal = runBudget.refusal(now);
            refusal = runRefusal == null ? null : "the run's " + runRefusal;
            stop = runBudget.exhausted() == null ? null : "the run's " + runBudget.exhausted();
        }
        if (refusal != null) {
            runtime.budget.skipped();
            if (stop != null && runtime.budgetStop == null) {
                String reason = stop;
                runtime.budgetStop = reason;
                events.emit(runtime.id(), s -> new PlannerBudgetExhausted(s, reason));
            }
            return;
        }
        runtime.budget.started(now);
        runBudget.started(now);
        Body body = runtime.body;
        List<Observation.Point> food = world.foodWithin(body, spec.food().sightRadius()).stream()
                .map(f -> new Observation.Point(f.position().x(), f.position().y())).toList();
        Observation observation = new Observation(runtime.id(), world.timeSeconds(), body.pose().x(),
                body.pose().y(), Math.toDegrees(body.pose().heading()), runtime.arenaWidth(), runtime.arenaHeight(),
                runtime.hasGoal() ? new Observation.Point(runtime.goalX(), runtime.goalY()) : null, food,
                runtime.foodCollected, runtime.collisions, runtime.overridesSinceLastTurn,
                Math.hypot(body.pose().x() - runtime.lastTurnX, body.pose().y() - runtime.lastTurnY),
                runtime.messenger.read(runtime.id()), goalsToReach(world, runtime), body.energy(), wokenBy);
        runtime.turnStarted(clock.nowMicros());
        long started = System.nanoTime();
        PlannerTurn turn = runtime.agent.think(observation);
        runtime.turnEnded(System.nanoTime() - started, turn.backoffMicros());
        runtime.budget.spent(turn.inputTokens(), turn.outputTokens());
        runBudget.spent(turn.inputTokens(), turn.outputTokens());
        runtime.overridesSinceLastTurn = 0;
        runtime.lastTurnX = body.pose().x();
        runtime.lastTurnY = body.pose().y();
    }

    private static void traceArbitration(AgentRuntime runtime, ReflexDecision decision, SimulatedClock clock,
            EventEmitter events) {
        if (decision.overriding() && !runtime.overriding) {
            runtime.overriding = true;
            runtime.overrides++;
            runtime.overridesSinceLastTurn++;
            runtime.overrideStartMicros = clock.nowMicros();
            MotorCommand command = decision.command();
            events.emit(runtime.id(), s -> new ReflexOverrode(s, runtime.reflex.name(), decision.hazard(),
                    command.left(), command.right()));
        } else if (!decision.overriding() && runtime.overriding) {
            runtime.overriding = false;
            double heldMillis = (clock.nowMicros() - runtime.overrideStartMicros) / 1000.0;
            events.emit(runtime.id(), s -> new ReflexReleased(s, runtime.reflex.name(), heldMillis));
        }
    }

    /** The centres of the goal regions the agent has not entered yet, nearest first. */
    private static List<Observation.Point> goalsToReach(World world, AgentRuntime runtime) {
        Body body = runtime.body;
        return world.spec().goals().stream().filter(g -> !runtime.goalsEntered.contains(g.id()))
                .sorted(java.util.Comparator.comparingDouble(g -> Math.hypot(g.x() - body.x(), g.y() - body.y())))
                .map(g -> new Observation.Point(g.x(), g.y())).toList();
    }

    private static void record(StepReport report, List<AgentRuntime> runtimes, EventEmitter events,
            double nowSeconds) {
        for (AgentRuntime runtime : runtimes) {
            runtime.reward = 0;
        }
        if (report.isEmpty()) {
            return;
        }
        for (StepReport.Collision collision : report.collisions()) {
            AgentRuntime runtime = runtime(runtimes, collision.bodyId());
            runtime.collisions++;
            runtime.collisionTimes.add(Math.round(nowSeconds * 1e6));
            runtime.reward -= 1;
            events.emit(collision.bodyId(), s -> new CollisionOccurred(s, collision.with(), collision.x(),
                    collision.y()));
        }
        for (StepReport.FoodEaten eaten : report.eaten()) {
            AgentRuntime runtime = runtime(runtimes, eaten.bodyId());
            runtime.foodCollected++;
            runtime.reward += 1;
            events.emit(eaten.bodyId(), s -> new FoodCollected(s, eaten.foodId(), eaten.x(), eaten.y()));
        }
        for (StepReport.GoalReached goal : report.goalsReached()) {
            AgentRuntime runtime = runtime(runtimes, goal.bodyId());
            runtime.goalsReached++;
            runtime.goalsEntered.add(goal.goalId());
            if (Double.isNaN(runtime.firstGoalSeconds)) {
                runtime.firstGoalSeconds = nowSeconds;
            }
            events.emit(goal.bodyId(), s -> new GoalReached(s, goal.goalId(), goal.x(), goal.y()));
        }
        for (StepReport.HazardEntered hazard : report.hazardsEntered()) {
            runtime(runtimes, hazard.bodyId()).hazardsEntered++;
            events.emit(hazard.bodyId(), s -> new HazardEntered(s, hazard.hazardId(), hazard.x(), hazard.y()));
        }
        for (StepReport.Exhausted exhausted : report.exhausted()) {
            events.emit(exhausted.bodyId(), s -> new EnergyDepleted(s, exhausted.x(), exhausted.y()));
        }
    }

    private static void sample(List<AgentRuntime> runtimes, EventEmitter events, double windowMillis) {
        for (AgentRuntime runtime : runtimes) {
            Body body = runtime.body;
            Pose pose = body.pose();
            double energy = body.energy();
            events.emit(runtime.id(), s -> new BodySampled(s, pose.x(), pose.y(), pose.heading(), body.leftWheel(),
                    body.rightWheel(), energy));
            Map<String, Integer> spikes = runtime.reflex.takeSpikeCounts();
            if (!spikes.isEmpty()) {
                long total = runtime.reflex.totalSpikes();
                events.emit(runtime.id(), s -> new SpikesCounted(s, runtime.reflex.name(), windowMillis, spikes,
                        total));
            }
        }
    }

    private static AgentRuntime runtime(List<AgentRuntime> runtimes, String id) {
        for (AgentRuntime runtime : runtimes) {
            if (runtime.id().equals(id)) {
                return runtime;
            }
        }
        throw new IllegalStateException("the world reported an unknown body " + id);
    }

    private static ReflexController reflex(AgentSpec agent, ScenarioSpec spec, Body body, int index) {
        long seed = spec.seed() * 0x9E3779B97F4A7C15L + index;
        return ReflexFactory.stack(agent.layers(), spec.sensors().rays(), body.spec().maxWheelSpeed(), seed,
                spec.wakeUp().settings());
    }

    private AgentSummary summarize(AgentRuntime runtime) {
        Agent agent = runtime.agent;
        return new AgentSummary(runtime.id(), runtime.reflex.name(), runtime.model, runtime.foodCollected,
                runtime.collisions, agent.turns(), agent.failedTurns(), agent.toolCalls(), agent.failedToolCalls(),
                runtime.overrides, runtime.reflex.totalSpikes(), agent.inputTokens(), agent.outputTokens(),
                runtime.budget.costUsd(), runtime.budget.skippedTurns(), runtime.woken, runtime.budgetStop);
    }
}
