package org.astrocyte.controllers;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.astrocyte.controllers.baseline.ConditionResponseReflex;
import org.astrocyte.controllers.arbitration.FollowThrough;
import org.astrocyte.controllers.arbitration.Subsumption;
import org.astrocyte.controllers.arbitration.WakeUpMonitor;
import org.astrocyte.controllers.learning.LearningAvoidance;
import org.astrocyte.controllers.learning.LearningParameters;
import org.astrocyte.controllers.spiking.BraitenbergAvoidance;
import org.astrocyte.controllers.spiking.Chemotaxis;
import org.astrocyte.controllers.spiking.EnergySeeking;
import org.astrocyte.controllers.spiking.LightAttraction;
import org.astrocyte.controllers.spiking.HalfCentreOscillator;
import org.astrocyte.controllers.spiking.TouchEscape;
import org.astrocyte.controllers.spiking.WallFollowing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every {@link ReflexController} honours, run over all of them: deterministic for a seed, finite and
 * bounded commands whatever the senses say, no reference kept to a frame's ranges, spike counts reset when taken, a
 * name, and a clear refusal of a frame with the wrong number of rays. A new controller is one line in
 * {@link #controllers()}.
 */
class ReflexControllerContractTest {

    private static final int RAYS = 5;
    private static final double MAX_RANGE = 1.5;
    private static final double MAX_SPEED = 0.5;
    private static final int TICKS = 1500;

    /**
     * A controller under test.
     *
     * @param label   the test's display name
     * @param rays    the number of rays it is built for, or 0 if it takes any number
     * @param factory builds one from a seed
     */
    record Candidate(String label, int rays, LongFunction<ReflexController> factory) {

        /** A controller that takes frames with any number of rays (or ignores them). */
        static Candidate anyRays(String label, LongFunction<ReflexController> factory) {
            return new Candidate(label, 0, factory);
        }

        /** A controller built for {@value ReflexControllerContractTest#RAYS} rays. */
        static Candidate fixedRays(String label, LongFunction<ReflexController> factory) {
            return new Candidate(label, RAYS, factory);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Candidate> controllers() {
        return Stream.of(
                Candidate.anyRays("pass-through", seed -> new PassThroughReflex()),
                Candidate.anyRays("condition-response", seed -> new ConditionResponseReflex(MAX_SPEED)),
                Candidate.fixedRays("braitenberg", seed -> new BraitenbergAvoidance(RAYS, MAX_SPEED, seed)),
                Candidate.fixedRays("wall-following", seed -> new WallFollowing(RAYS, MAX_SPEED,
                        WallFollowing.Side.LEFT, seed)),
                Candidate.anyRays("touch-escape", seed -> new TouchEscape(MAX_SPEED, seed)),
                Candidate.anyRays("half-centre-cpg", seed -> new HalfCentreOscillator(MAX_SPEED, seed)),
                Candidate.anyRays("light-2b", seed -> new LightAttraction(LightAttraction.Variant.AGGRESSION,
                        MAX_SPEED, seed)),
                Candidate.anyRays("light-3a", seed -> new LightAttraction(LightAttraction.Variant.LOVE, MAX_SPEED,
                        seed)),
                Candidate.anyRays("chemotaxis", seed -> new Chemotaxis(MAX_SPEED, seed)),
                Candidate.anyRays("energy-seeking", seed -> new EnergySeeking(MAX_SPEED, seed)),
                Candidate.fixedRays("learning-avoidance", seed -> new LearningAvoidance(RAYS, MAX_SPEED,
                        LearningParameters.defaults(), seed)),
                Candidate.fixedRays("follow-through", seed -> new FollowThrough(new BraitenbergAvoidance(RAYS,
                        MAX_SPEED, seed), 500_000, MAX_SPEED / 2)),
                Candidate.fixedRays("subsumption", seed -> new Subsumption(List.of(new TouchEscape(MAX_SPEED, seed),
                        new BraitenbergAvoidance(RAYS, MAX_SPEED, seed + 1)))),
                Candidate.anyRays("wake-up-monitor", seed -> new WakeUpMonitor(new ConditionResponseReflex(MAX_SPEED),
                        WakeUpMonitor.Settings.defaults())));
    }

    /**
     * A reproducible stream of frames that visits every sense's extremes: stretches of random readings alternate
     * with stretches held at an extreme (all ranges 0 with every switch closed and an empty battery, or nothing in
     * range with a full one), so that a spiking controller's state can saturate.
     */
    private static List<SensorFrame> frames(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SensorFrame> frames = new ArrayList<>(TICKS);
        SensorFrame held = null;
        for (int t = 0; t < TICKS; t++) {
            if (t % 100 == 0) {
                int phase = t / 100 % 3;
                held = phase == 0 ? null : extreme(t, phase == 1, random);
            }
            frames.add(held != null ? copy(held, t) : randomFrame(t, random));
        }
        return frames;
    }

    private static SensorFrame randomFrame(int t, SplittableRandom random) {
        double[] ranges = new double[RAYS];
        for (int i = 0; i < RAYS; i++) {
            double pick = random.nextDouble();
            ranges[i] = pick < 0.15 ? 0 : pick < 0.3 ? MAX_RANGE : random.nextDouble() * MAX_RANGE;
        }
        MotorCommand drive = new MotorCommand(speed(random), speed(random));
        boolean allTouched = random.nextDouble() < 0.05;
        SensorFrame.Touch touch = new SensorFrame.Touch(allTouched || random.nextDouble() < 0.05,
                allTouched || random.nextDouble() < 0.05, allTouched || random.nextDouble() < 0.05);
        double energyPick = random.nextDouble();
        double energy = energyPick < 0.1 ? 0 : energyPick < 0.2 ? 1 : random.nextDouble();
        return new SensorFrame(t * 1000L, ranges, MAX_RANGE, drive, touch,
                new SensorFrame.Stereo(random.nextDouble(), random.nextDouble()),
                new SensorFrame.Stereo(random.nextDouble(), random.nextDouble()), energy,
                new SensorFrame.Odometry(speed(random), random.nextDouble(-3, 3)), random.nextInt(-1, 2));
    }

    /** Everything at one extreme: touching on every side, or nothing near. */
    private static SensorFrame extreme(int t, boolean close, SplittableRandom random) {
        double[] ranges = new double[RAYS];
        Arrays.fill(ranges, close ? 0 : MAX_RANGE);
        MotorCommand drive = close ? new MotorCommand(MAX_SPEED, MAX_SPEED) : new MotorCommand(-MAX_SPEED, MAX_SPEED);
        SensorFrame.Touch touch = close ? new SensorFrame.Touch(true, true, true) : SensorFrame.Touch.NONE;
        SensorFrame.Stereo senses = close ? new SensorFrame.Stereo(1, 1) : SensorFrame.Stereo.ZERO;
        return new SensorFrame(t * 1000L, ranges, MAX_RANGE, drive, touch, senses, senses, close ? 0 : 1,
                new SensorFrame.Odometry(close ? -MAX_SPEED : MAX_SPEED, random.nextDouble(-3, 3)), close ? -1 : 1);
    }

    /** The frame at tick {@code t} with its own copy of the ranges. */
    private static SensorFrame copy(SensorFrame frame, int t) {
        return new SensorFrame(t * 1000L, frame.ranges().clone(), frame.maxRange(), frame.drive(), frame.touch(),
                frame.light(), frame.chemical(), frame.energy(), frame.odometry(), frame.reward());
    }

    private static double speed(SplittableRandom random) {
        return random.nextDouble(-MAX_SPEED, MAX_SPEED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controllers")
    void should_decide_the_same_for_the_same_seed_and_frames(Candidate candidate) {
        // given
        ReflexController first = candidate.factory().apply(11);
        ReflexController second = candidate.factory().apply(11);
        // when
        for (SensorFrame frame : frames(5)) {
            ReflexDecision a = first.step(frame);
            ReflexDecision b = second.step(copy(frame, (int) (frame.timeMicros() / 1000)));
            // then
            assertEquals(a, b, "at " + frame.timeMicros() + " µs");
        }
        assertEquals(first.totalSpikes(), second.totalSpikes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controllers")
    void should_command_finite_wheel_speeds_within_the_top_speed_whatever_it_senses(Candidate candidate) {
        // given
        ReflexController controller = candidate.factory().apply(3);
        // when
        for (SensorFrame frame : frames(9)) {
            ReflexDecision decision = controller.step(frame);
            // then
            MotorCommand command = decision.command();
            String where = "at " + frame.timeMicros() + " µs: " + decision;
            assertTrue(Double.isFinite(command.left()) && Double.isFinite(command.right()), where);
            assertTrue(Math.abs(command.left()) <= MAX_SPEED && Math.abs(command.right()) <= MAX_SPEED, where);
            assertTrue(Double.isFinite(decision.hazard()), where);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controllers")
    void should_keep_no_reference_to_the_ranges_of_a_frame(Candidate candidate) {
        // given: one controller whose range arrays are scribbled over after each step, and a twin given clean ones
        ReflexController scribbled = candidate.factory().apply(17);
        ReflexController clean = candidate.factory().apply(17);
        SplittableRandom scribbles = new SplittableRandom(23);
        // when
        for (SensorFrame frame : frames(13)) {
            SensorFrame given = copy(frame, (int) (frame.timeMicros() / 1000));
            ReflexDecision a = scribbled.step(given);
            Arrays.setAll(given.ranges(), i -> scribbles.nextDouble() * MAX_RANGE);
            ReflexDecision b = clean.step(copy(frame, (int) (frame.timeMicros() / 1000)));
            // then
            assertEquals(b, a, "at " + frame.timeMicros() + " µs");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controllers")
    void should_reset_the_spike_counts_when_they_are_taken(Candidate candidate) {
        // given
        ReflexController controller = candidate.factory().apply(7);
        long spikesBefore = 0;
        for (SensorFrame frame : frames(21)) {
            controller.step(frame);
            assertTrue(controller.totalSpikes() >= spikesBefore, "the total of spikes never decreases");
            spikesBefore = controller.totalSpikes();
        }
        // when
        Map<String, Integer> taken = controller.takeSpikeCounts();
        Map<String, Integer> again = controller.takeSpikeCounts();
        // then
        assertTrue(taken.values().stream().allMatch(n -> n >= 0), taken.toString());
        assertTrue(taken.values().stream().mapToLong(Integer::longValue).sum() <= controller.totalSpikes(),
                "counts " + taken + " cannot exceed the total " + controller.totalSpikes());
        assertEquals(taken.keySet(), again.keySet());
        assertTrue(again.values().stream().allMatch(n -> n == 0), again.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controllers")
    void should_record_exactly_the_spikes_it_counts_without_changing_its_decisions(Candidate candidate) {
        // given: twins of one seed, one of them recorded
        ReflexController recorded = candidate.factory().apply(29);
        ReflexController plain = candidate.factory().apply(29);
        Map<String, Integer> spikes = new LinkedHashMap<>();
        Map<String, Integer> declared = new LinkedHashMap<>();
        long[] outsideTheTick = new long[1];
        long[] tickStart = new long[1];
        recorded.recordSpikes(new SpikeSink() {
            @Override
            public void spike(String network, String population, int neuron, long timeMicros) {
                String key = network.equals(recorded.name()) ? population : network + "/" + population;
                spikes.merge(key, 1, Integer::sum);
                boolean inTick = timeMicros > tickStart[0] && timeMicros <= tickStart[0] + 1000;
                boolean known = neuron >= 0 && neuron < declared.getOrDefault(key, 0);
                outsideTheTick[0] += inTick && known ? 0 : 1;
            }

            @Override
            public void population(String network, String population, int neurons) {
                declared.put(network.equals(recorded.name()) ? population : network + "/" + population, neurons);
            }
        });
        long total = 0;
        // when
        for (SensorFrame frame : frames(31)) {
            tickStart[0] = frame.timeMicros();
            ReflexDecision a = recorded.step(frame);
            ReflexDecision b = plain.step(copy(frame, (int) (frame.timeMicros() / 1000)));
            // then: the same decisions, and each window's recorded spikes are the counts taken for it
            assertEquals(b, a, "at " + frame.timeMicros() + " µs");
            if (frame.timeMicros() % 100_000 == 99_000) {
                Map<String, Integer> counted = recorded.takeSpikeCounts();
                assertEquals(plain.takeSpikeCounts(), counted, "at " + frame.timeMicros() + " µs");
                Map<String, Integer> expected = new LinkedHashMap<>(counted);
                expected.values().removeIf(n -> n == 0);
                assertEquals(expected, spikes, "at " + frame.timeMicros() + " µs");
                assertEquals(counted.keySet(), declared.keySet(), "every counted population is declared");
                total += spikes.values().stream().mapToLong(Integer::longValue).sum();
                spikes.clear();
            }
        }
        assertEquals(plain.totalSpikes(), recorded.totalSpikes());
        assertEquals(recorded.totalSpikes(), total, "every spike recorded");
        assertEquals(0, outsideTheTick[0], "spikes recorded outside their tick or population");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controllers")
    void should_have_a_name(Candidate candidate) {
        String name = candidate.factory().apply(1).name();
        assertTrue(name != null && !name.isBlank(), "name '" + name + "'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controllers")
    void should_reject_a_frame_with_the_wrong_number_of_rays(Candidate candidate) {
        // given
        ReflexController controller = candidate.factory().apply(1);
        if (candidate.rays() == 0) {
            // A controller that takes any number of rays must then take a frame with another count.
            assertDoesNotThrow(() -> controller.step(SensorFrame.of(0, new double[RAYS + 2], MAX_RANGE,
                    MotorCommand.STOP)));
            return;
        }
        // when / then
        for (int wrong : new int[] {candidate.rays() - 1, candidate.rays() + 1}) {
            SensorFrame frame = SensorFrame.of(0, new double[wrong], MAX_RANGE, MotorCommand.STOP);
            assertThrows(IllegalArgumentException.class, () -> controller.step(frame), wrong + " rays");
        }
    }
}
