package org.astrocyte.controllers.arbitration;

import java.util.Map;
import java.util.Objects;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.SpikeSink;

/**
 * Completes a reflex's avoidance before handing back: when the wrapped reflex stops overriding, the body keeps
 * driving straight ahead along its new heading for a short hold, unless the reflex takes over again. Without it a
 * turn away from an obstacle is undone at once by the planner's steering, which points back at the obstacle, and
 * the body dithers in front of it (the turn-away, turn-back deadlock of reactive navigation). The hold is still an
 * override, so traces show it; a touch or a new hazard ends it at once, because the reflex overrides again.
 */
public final class FollowThrough implements ReflexController {

    private final ReflexController reflex;
    private final long holdMicros;
    private final double speed;
    private boolean wasOverriding;
    private long holdUntilMicros = Long.MIN_VALUE;

    /**
     * @param reflex     the reflex whose avoidance is completed
     * @param holdMicros how long to drive straight on after the reflex lets go, µs (0: no follow-through)
     * @param speed      the wheel speed of the straight run, m/s (not negative)
     */
    public FollowThrough(ReflexController reflex, long holdMicros, double speed) {
        this.reflex = Objects.requireNonNull(reflex, "reflex");
        if (holdMicros < 0 || !(speed >= 0)) {
            throw new IllegalArgumentException("follow-through hold and speed must not be negative, got "
                    + holdMicros + " µs and " + speed + " m/s");
        }
        this.holdMicros = holdMicros;
        this.speed = speed;
    }

    @Override
    public ReflexDecision step(SensorFrame frame) {
        ReflexDecision decision = reflex.step(frame);
        if (decision.overriding()) {
            wasOverriding = true;
            return decision;
        }
        if (wasOverriding) {
            wasOverriding = false;
            holdUntilMicros = frame.timeMicros() + holdMicros;
        }
        if (frame.timeMicros() < holdUntilMicros) {
            return new ReflexDecision(new MotorCommand(speed, speed), true, decision.hazard(), decision.wakeUp());
        }
        return decision;
    }

    @Override
    public String name() {
        return reflex.name();
    }

    @Override
    public Map<String, Integer> takeSpikeCounts() {
        return reflex.takeSpikeCounts();
    }

    @Override
    public long totalSpikes() {
        return reflex.totalSpikes();
    }

    @Override
    public void recordSpikes(SpikeSink sink) {
        reflex.recordSpikes(sink);
    }
}
