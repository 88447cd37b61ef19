package org.astrocyte.controllers.arbitration;

import java.util.Map;
import java.util.Objects;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.SpikeSink;
import org.astrocyte.controllers.WakeUp;

/**
 * Wraps a reflex and raises the wake-ups that any body needs, whatever its reflex: {@link WakeUp#HAZARD} when the
 * reflex starts to override, {@link WakeUp#STUCK} when the planner asks to move but the odometry has shown no
 * motion for {@link Settings#stuckMicros()}, and {@link WakeUp#ENERGY_LOW} when the battery falls below its low
 * mark. Each is raised once when its condition begins, and again only after it has ended (hysteresis for energy),
 * so that a planner is not woken every tick. A reason the wrapped reflex raises itself is passed on first.
 */
public final class WakeUpMonitor implements ReflexController {

    private final ReflexController reflex;
    private final Settings settings;
    private boolean wasOverriding;
    private long stillSinceMicros = -1;
    private boolean stuckRaised;
    private boolean energyLow;

    /** Monitors {@code reflex} with {@code settings}. */
    public WakeUpMonitor(ReflexController reflex, Settings settings) {
        this.reflex = Objects.requireNonNull(reflex, "reflex");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public ReflexDecision step(SensorFrame frame) {
        ReflexDecision decision = reflex.step(frame);
        if (decision.overriding() && !wasOverriding) {
            decision = decision.waking(WakeUp.HAZARD);
        }
        wasOverriding = decision.overriding();
        if (stuck(frame)) {
            decision = decision.waking(WakeUp.STUCK);
        }
        if (!energyLow && frame.energy() < settings.energyLow()) {
            energyLow = true;
            decision = decision.waking(WakeUp.ENERGY_LOW);
        } else if (energyLow && frame.energy() > settings.energyRecovered()) {
            energyLow = false;
        }
        return decision;
    }

    private boolean stuck(SensorFrame frame) {
        double asked = (Math.abs(frame.drive().left()) + Math.abs(frame.drive().right())) / 2;
        boolean still = asked > settings.minAskedSpeed() && Math.abs(frame.odometry().speed()) < settings.stillSpeed()
                && Math.abs(frame.odometry().turnRate()) < settings.stillTurnRate();
        if (!still) {
            stillSinceMicros = -1;
            stuckRaised = false;
            return false;
        }
        if (stillSinceMicros < 0) {
            stillSinceMicros = frame.timeMicros();
        }
        if (!stuckRaised && frame.timeMicros() - stillSinceMicros >= settings.stuckMicros()) {
            stuckRaised = true;
            return true;
        }
        return false;
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

    /**
     * When the monitor wakes the planner.
     *
     * @param stuckMicros     how long the body must stay still while asked to move, µs
     * @param minAskedSpeed   the mean wheel speed the drive must ask for to count as "asked to move", m/s
     * @param stillSpeed      below this measured forward speed the body counts as still, m/s
     * @param stillTurnRate   below this measured yaw rate the body counts as still, rad/s
     * @param energyLow       the battery level below which ENERGY_LOW is raised, 0 to 1
     * @param energyRecovered the level above which the battery counts as recovered again, 0 to 1
     */
    public record Settings(long stuckMicros, double minAskedSpeed, double stillSpeed, double stillTurnRate,
            double energyLow, double energyRecovered) {

        public Settings {
            if (stuckMicros <= 0 || !(minAskedSpeed > 0) || !(stillSpeed > 0) || !(stillTurnRate > 0)) {
                throw new IllegalArgumentException("stuck time, asked speed, still speed and still turn rate must "
                        + "be positive");
            }
            if (!(energyLow >= 0 && energyLow <= energyRecovered && energyRecovered <= 1)) {
                throw new IllegalArgumentException("need 0 <= energyLow <= energyRecovered <= 1, got " + energyLow
                        + " and " + energyRecovered);
            }
        }

        /** Stuck after 2 s still while asked for 5 cm/s or more; energy low below 0.25, recovered above 0.35. */
        public static Settings defaults() {
            return new Settings(2_000_000, 0.05, 0.01, 0.05, 0.25, 0.35);
        }
    }
}
