package org.astrocyte.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import org.astrocyte.controllers.PassThroughReflex;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.arbitration.FollowThrough;
import org.astrocyte.controllers.arbitration.Subsumption;
import org.astrocyte.controllers.arbitration.WakeUpMonitor;
import org.astrocyte.controllers.baseline.ConditionResponseReflex;
import org.astrocyte.controllers.learning.LearningAvoidance;
import org.astrocyte.controllers.learning.LearningParameters;
import org.astrocyte.controllers.spiking.BraitenbergAvoidance;
import org.astrocyte.controllers.spiking.Chemotaxis;
import org.astrocyte.controllers.spiking.EnergySeeking;
import org.astrocyte.controllers.spiking.HalfCentreOscillator;
import org.astrocyte.controllers.spiking.LightAttraction;
import org.astrocyte.controllers.spiking.TouchEscape;
import org.astrocyte.controllers.spiking.WallFollowing;
import org.astrocyte.scenarios.spec.ReflexKind;

/** Builds the reflex controllers a scenario names, one set per body. */
public final class ReflexFactory {

    static final long FOLLOW_THROUGH_MICROS = 500_000;

    private ReflexFactory() {
    }

    /**
     * One reflex of {@code kind} for a body with {@code rays} range rays and wheels up to {@code maxWheelSpeed}
     * m/s; {@code seed} seeds its network's noise.
     */
    public static ReflexController create(ReflexKind kind, int rays, double maxWheelSpeed, long seed) {
        switch (kind) {
            case NONE:
                return new PassThroughReflex();
            case CONDITION_RESPONSE:
                return new ConditionResponseReflex(maxWheelSpeed);
            case BRAITENBERG:
                return new BraitenbergAvoidance(rays, maxWheelSpeed, seed);
            case WALL_FOLLOWING_LEFT:
                return new WallFollowing(rays, maxWheelSpeed, WallFollowing.Side.LEFT, seed);
            case WALL_FOLLOWING_RIGHT:
                return new WallFollowing(rays, maxWheelSpeed, WallFollowing.Side.RIGHT, seed);
            case TOUCH_ESCAPE:
                return new TouchEscape(maxWheelSpeed, seed);
            case HALF_CENTRE_OSCILLATOR:
                return new HalfCentreOscillator(maxWheelSpeed, seed);
            case LIGHT_AGGRESSION:
                return new LightAttraction(LightAttraction.Variant.AGGRESSION, maxWheelSpeed, seed);
            case LIGHT_LOVE:
                return new LightAttraction(LightAttraction.Variant.LOVE, maxWheelSpeed, seed);
            case CHEMOTAXIS:
                return new Chemotaxis(maxWheelSpeed, seed);
            case ENERGY_SEEKING:
                return new EnergySeeking(maxWheelSpeed, seed);
            case LEARNING_AVOIDANCE:
                return new LearningAvoidance(rays, maxWheelSpeed, LearningParameters.defaults(), seed);
            default:
                throw new IllegalArgumentException("no controller for reflex kind " + kind);
        }
    }

    /**
     * The fast loop of one body: the reflexes {@code byPriority} (highest first) stacked by subsumption, each
     * avoidance completed by a {@link FollowThrough} (which never acts on a stack that does not override, such as
     * {@code none}), watched by a {@link WakeUpMonitor} that wakes the planner. Each layer gets its own seed derived
     * from {@code seed}.
     */
    public static ReflexController stack(List<ReflexKind> byPriority, int rays, double maxWheelSpeed, long seed,
            WakeUpMonitor.Settings wakeUps) {
        List<ReflexController> layers = new ArrayList<>();
        for (int i = 0; i < byPriority.size(); i++) {
            layers.add(create(byPriority.get(i), rays, maxWheelSpeed, seed + 0x632BE59BD9B4E019L * i));
        }
        ReflexController stack = new FollowThrough(Subsumption.of(layers), FOLLOW_THROUGH_MICROS,
                0.5 * maxWheelSpeed);
        return new WakeUpMonitor(stack, wakeUps);
    }
}
