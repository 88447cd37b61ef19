package org.astrocyte.controllers.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.testing.TinyWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Learning within one run, in a tiny world: a 4 m walled square with four round obstacles, the planner always
 * asking to go straight ahead, so that only the reflex avoids. One run of eight simulated minutes learns, a second
 * with the same seed has learning switched off; both are counted in one-minute bins. Together they take about
 * 4 s of wall time (printed with the curves).
 */
class LearningAvoidanceRunTest {

    private static final long SEED = 1;
    private static final int MINUTES = 8;
    private static final MotorCommand STRAIGHT_AHEAD = new MotorCommand(0.4, 0.4);

    private static Run learning;
    private static Run control;

    /** What one run produced. */
    record Run(LearningCurve collisions, SensorMotorWeights before, SensorMotorWeights after, RewardTally rewards,
            int worldCollisions) {
    }

    /** The test world: the body starts in the middle, heading +x, five rays over 120°, 1 m reach. */
    static TinyWorld arena() {
        return TinyWorld.square(4).rays(5, 120, 1.0).obstacle(1.2, 1.2, 0.25).obstacle(2.9, 1.3, 0.3)
                .obstacle(2.1, 2.9, 0.25).obstacle(0.9, 2.9, 0.2);
    }

    /** Runs the reflex in the arena for {@code seconds}, counting collisions in bins of {@code binSeconds}. */
    static Run run(LearningParameters parameters, long seed, String label, int seconds, int binSeconds) {
        TinyWorld world = arena();
        LearningAvoidance reflex = new LearningAvoidance(5, TinyWorld.MAX_SPEED, parameters, seed);
        SensorMotorWeights before = reflex.weights();
        LearningCurve.Recorder collisions = LearningCurve.recorder(label, binSeconds, seconds / binSeconds);
        long ticks = Math.round(seconds / TinyWorld.DT);
        for (long tick = 0; tick < ticks; tick++) {
            int earlier = world.collisions();
            ReflexDecision decision = reflex.step(world.frame(STRAIGHT_AHEAD));
            world.step(decision.command());
            if (world.collisions() > earlier) {
                collisions.record(tick * 1000);
            }
        }
        return new Run(collisions.build(), before, reflex.weights(), reflex.rewards(), world.collisions());
    }

    @BeforeAll
    static void runBothConditions() {
        long start = System.nanoTime();
        LearningParameters parameters = LearningParameters.defaults();
        learning = run(parameters, SEED, "collisions, learning", MINUTES * 60, 60);
        control = run(parameters.toBuilder().learning(false).build(), SEED, "collisions, no learning",
                MINUTES * 60, 60);
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("LearningAvoidance, seed " + SEED + ", " + MINUTES + " simulated minutes per run, "
                + wallMs + " ms wall time for both runs\n"
                + LearningCurve.table(learning.collisions(), control.collisions())
                + "weights after learning: " + learning.after());
    }

    @Test
    void should_collide_much_less_in_the_second_half_of_a_learning_run() {
        // then: a clear improvement over a first half that had collisions to learn from
        LearningCurve curve = learning.collisions();
        assertTrue(curve.firstHalf() >= 10, curve.toString());
        assertTrue(curve.secondHalf() <= 0.6 * curve.firstHalf(), curve.toString());
    }

    @Test
    void should_not_improve_without_learning() {
        // then: the same seed without learning keeps colliding about as often (no improvement beyond a chance
        // fluctuation; twelve seeds gave second/first ratios of 0.79 to 1.13), so the improvement is learned
        LearningCurve curve = control.collisions();
        assertTrue(curve.secondHalf() > 0.75 * curve.firstHalf(), curve.toString());
        assertTrue(learning.collisions().secondHalf() <= 0.5 * curve.secondHalf(),
                learning.collisions() + " against " + curve);
        assertEquals(control.before(), control.after());
    }

    @Test
    void should_wire_each_side_onto_the_motor_neuron_that_turns_away_from_it() {
        // given: the naive weights favour neither turn by much
        assertTrue(Math.abs(learning.before().correctMinusWrong(true)) < 400, learning.before().toString());
        assertTrue(Math.abs(learning.before().correctMinusWrong(false)) < 400, learning.before().toString());
        // then: left rays drive the left wheel (turn right), right rays the right wheel (turn left)
        SensorMotorWeights after = learning.after();
        assertTrue(after.correctMinusWrong(true) > 2000, after.toString());
        assertTrue(after.correctMinusWrong(false) > 2000, after.toString());
        assertTrue(after.toLeftWheel(0) > after.toRightWheel(0), after.toString());
        assertTrue(after.toRightWheel(4) > after.toLeftWheel(4), after.toString());
    }

    @Test
    void should_have_received_one_punishment_per_collision_and_escape_rewards() {
        // then
        RewardTally rewards = learning.rewards();
        assertEquals(learning.worldCollisions(), rewards.worldEvents());
        assertEquals(learning.collisions().total(), rewards.worldEvents());
        assertEquals(-rewards.worldEvents(), rewards.worldTotal(), 1e-9);
        assertTrue(rewards.shapingEvents() > rewards.worldEvents(), rewards.toString());
    }

    @Test
    void should_learn_the_same_for_the_same_seed() {
        // when
        Run first = run(LearningParameters.defaults(), 5, "first", 20, 10);
        Run second = run(LearningParameters.defaults(), 5, "second", 20, 10);
        // then
        assertNotEquals(first.before(), first.after(), "the weights must have moved");
        assertEquals(first.after(), second.after());
        assertEquals(first.rewards(), second.rewards());
        assertEquals(first.worldCollisions(), second.worldCollisions());
        assertTrue(first.rewards().worldEvents() + first.rewards().shapingEvents() > 0, "nothing was learned from");
    }
}
