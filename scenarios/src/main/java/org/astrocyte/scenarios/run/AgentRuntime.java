package org.astrocyte.scenarios.run;

import java.util.List;
import org.astrocyte.agents.Agent;
import org.astrocyte.agents.budget.BudgetTracker;
import org.astrocyte.agents.latency.PlannerLatency;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.WakeUp;
import org.astrocyte.controllers.steering.GoalSteering;
import org.astrocyte.scenarios.spec.WakeUpSpec;
import org.astrocyte.scenarios.world.Arena;
import org.astrocyte.scenarios.world.Body;
import org.astrocyte.scenarios.world.GoalRegion;
import org.astrocyte.scenarios.world.World;
import org.astrocyte.tools.body.BodyControl;

/**
 * Everything the runner keeps for one agent during a run: its body in the world, its planner, its reflex, the
 * goal the planner set, and the agent's counters.
 */
final class AgentRuntime implements BodyControl {

    final Body body;
    final ReflexController reflex;
    final GoalSteering steering;
    /** Range readings of the current tick, reused so that the 1 kHz loop does not allocate. */
    final double[] ranges;
    private final Arena arena;
    Agent agent;
    String model;

    private boolean hasGoal;
    private double goalX;
    private double goalY;

    int foodCollected;
    int collisions;
    int overrides;
    /** Simulated times of the collisions, µs, for the collision curve (few, so a list is enough). */
    final java.util.List<Long> collisionTimes = new java.util.ArrayList<>();
    int goalsReached;
    int hazardsEntered;
    /** Simulated seconds at which the body first entered a goal region; NaN until it does. */
    double firstGoalSeconds = Double.NaN;
    /** Light and chemical readings of the current tick (left, right), reused every tick. */
    final double[] light = new double[2];
    final double[] chemical = new double[2];
    /** The world's reward for the last step, handed to the reflex in the next frame: +1 a food, −1 a collision. */
    double reward;
    /** The goal regions this agent has entered. */
    final java.util.Set<String> goalsEntered = new java.util.HashSet<>();
    /** Metres driven so far. */
    double distance;
    private double lastX;
    private double lastY;
    /** Simulated time until which a scripted outage cuts the planner, µs. */
    long plannerCutUntilMicros = Long.MIN_VALUE;
    boolean overriding;
    long overrideStartMicros;
    int overridesSinceLastTurn;
    double lastTurnX;
    double lastTurnY;

    /** Where the agent's messages wait for its next turn. */
    RunMessenger messenger;

    /** Keeps the planner within its calls, tokens and cost. */
    BudgetTracker budget = new BudgetTracker(null);
    /** Why the planner stopped for good (its own budget or the run's), once traced; null while it runs. */
    String budgetStop;

    /** Turns the fast loop started out of schedule. */
    int woken;
    /** Why the fast loop wants the planner awake before its next turn; null when it does not. */
    WakeUp wakeUp;
    /** Simulated time of the last planner turn's start, µs (negative before the first). */
    private long lastTurnMicros = Long.MIN_VALUE / 2;
    /** Whether the body has reached its current goal (so that GOAL_REACHED is raised once per goal). */
    private boolean atGoal;

    /** The planner's latency in simulated time. */
    PlannerLatency latency = PlannerLatency.ZERO;
    /** True while a planner turn runs: the goal it sets waits for the latency to elapse. */
    private boolean deciding;
    private boolean hasPendingGoal;
    private boolean pendingStop;
    private double pendingX;
    private double pendingY;
    private long turnStartMicros;
    /** Simulated time at which the pending decision applies, µs; the planner thinks until then. */
    private long decisionDueMicros;

    /** A body this close to its goal has reached it, m. */
    static final double GOAL_TOLERANCE = 0.25;

    AgentRuntime(Body body, ReflexController reflex, Arena arena, int rays) {
        this.body = body;
        this.reflex = reflex;
        this.arena = arena;
        this.steering = GoalSteering.forBody(body.spec().maxWheelSpeed());
        this.ranges = new double[rays];
        this.lastTurnX = body.pose().x();
        this.lastTurnY = body.pose().y();
        this.lastX = body.x();
        this.lastY = body.y();
    }

    /** What the body senses now, with the planner's drive as tonic input. */
    SensorFrame sense(World world, long nowMicros, double maxRange) {
        world.readRange(body, ranges);
        world.readLight(body, light);
        world.readChemical(body, chemical);
        return new SensorFrame(nowMicros, ranges, maxRange, drive(),
                new SensorFrame.Touch(body.touchFrontLeft(), body.touchFrontRight(), body.touchRear()),
                new SensorFrame.Stereo(light[0], light[1]), new SensorFrame.Stereo(chemical[0], chemical[1]),
                body.energy(), new SensorFrame.Odometry(body.speed(), body.turnRate()), reward);
    }

    /** Adds the distance driven since the last call to {@link #distance}. */
    void measureDistance() {
        distance += Math.hypot(body.x() - lastX, body.y() - lastY);
        lastX = body.x();
        lastY = body.y();
    }

    /** Whether a scripted outage cuts the planner at {@code nowMicros}. */
    boolean plannerCut(long nowMicros) {
        return nowMicros < plannerCutUntilMicros;
    }

    /** Sets the goal at once, as a scripted event does: it replaces any decision the planner has pending. */
    void scriptGoal(double x, double y) {
        hasPendingGoal = false;
        pendingStop = false;
        goalX = x;
        goalY = y;
        hasGoal = true;
        atGoal = false;
    }

    String id() {
        return body.id();
    }

    /** Whether the agent has no planner: its drive is constant (see {@link #drive()}). */
    boolean plannerless;
    /** The world's goal regions, which a plannerless agent heads for. */
    List<GoalRegion> goalRegions = List.of();

    /**
     * The reflex's tonic input: the drive toward the planner's goal; for an agent without a planner, toward the
     * first goal region it has not entered, or straight ahead at half speed when there is none.
     */
    MotorCommand drive() {
        if (plannerless && !hasGoal) {
            for (GoalRegion region : goalRegions) {
                if (!goalsEntered.contains(region.id())) {
                    return steering.toward(body.x(), body.y(), body.heading(), region.x(), region.y());
                }
            }
            double cruise = 0.5 * body.spec().maxWheelSpeed();
            return new MotorCommand(cruise, cruise);
        }
        if (!hasGoal) {
            return MotorCommand.STOP;
        }
        return steering.toward(body.x(), body.y(), body.heading(), goalX, goalY);
    }

    boolean hasGoal() {
        return hasGoal;
    }

    double goalX() {
        return goalX;
    }

    double goalY() {
        return goalY;
    }

    @Override
    public double x() {
        return body.x();
    }

    @Override
    public double y() {
        return body.y();
    }

    @Override
    public double arenaWidth() {
        return arena.width();
    }

    @Override
    public double arenaHeight() {
        return arena.height();
    }

    @Override
    public double headingDeg() {
        return Math.toDegrees(body.heading());
    }

    @Override
    public void stop() {
        if (deciding) {
            pendingStop = true;
            hasPendingGoal = false;
            return;
        }
        hasGoal = false;
    }

    @Override
    public void setGoal(double x, double y) {
        if (deciding) {
            pendingX = x;
            pendingY = y;
            hasPendingGoal = true;
            pendingStop = false;
            return;
        }
        this.goalX = x;
        this.goalY = y;
        this.hasGoal = true;
        this.atGoal = false;
    }

    /**
     * Records a wake-up the reflex raised in this tick, and raises GOAL_REACHED when the body has just come within
     * {@link #GOAL_TOLERANCE} of its goal. A pending reason is kept until the planner's next turn.
     */
    void noteWakeUp(WakeUp raised) {
        if (raised != null && wakeUp == null) {
            wakeUp = raised;
        }
        boolean near = hasGoal && Math.hypot(goalX - body.x(), goalY - body.y()) < GOAL_TOLERANCE;
        if (near && !atGoal && wakeUp == null) {
            wakeUp = WakeUp.GOAL_REACHED;
        }
        atGoal = near;
    }

    /**
     * Whether a pending wake-up may start a planner turn at {@code nowMicros}: the scenario lets this reason wake the
     * planner, and the last turn is at least the scenario's minimum gap ago. A reason it does not let through is
     * dropped.
     */
    boolean mayWake(long nowMicros, WakeUpSpec rules) {
        if (wakeUp != null && !rules.wakesOn(wakeUp)) {
            wakeUp = null;
        }
        return wakeUp != null && nowMicros - lastTurnMicros >= rules.minGapMicros();
    }

    /** Whether the planner is still thinking (its last decision has not applied yet) at {@code nowMicros}. */
    boolean thinking(long nowMicros) {
        return nowMicros < decisionDueMicros;
    }

    /** A planner turn starts at {@code nowMicros}: goals it sets are held until its latency has elapsed. */
    void turnStarted(long nowMicros) {
        deciding = true;
        turnStartMicros = nowMicros;
        lastTurnMicros = nowMicros;
    }

    /**
     * The turn ended after {@code wallNanos} of wall time and {@code backoffMicros} of retries; its decision is due
     * after the simulated latency plus the backoff.
     */
    void turnEnded(long wallNanos, long backoffMicros) {
        deciding = false;
        decisionDueMicros = turnStartMicros + latency.delayMicros(wallNanos) + backoffMicros;
    }

    /**
     * Applies the pending decision if it is due at {@code nowMicros}; true if it did (the goal is then the one
     * {@link #goalX()} and {@link #goalY()} give, or none after a stop: {@link #hasGoal()}).
     */
    boolean applyDue(long nowMicros) {
        if (!hasPendingGoal && !pendingStop || nowMicros < decisionDueMicros) {
            return false;
        }
        if (pendingStop) {
            pendingStop = false;
            hasGoal = false;
            return true;
        }
        hasPendingGoal = false;
        goalX = pendingX;
        goalY = pendingY;
        hasGoal = true;
        atGoal = false;
        return true;
    }

    /** Simulated time the last decision took, ms. */
    double lastLatencyMs() {
        return (decisionDueMicros - turnStartMicros) / 1000.0;
    }
}
