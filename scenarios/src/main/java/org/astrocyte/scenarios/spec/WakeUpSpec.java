package org.astrocyte.scenarios.spec;

import java.util.List;
import org.astrocyte.controllers.WakeUp;
import org.astrocyte.controllers.arbitration.WakeUpMonitor;

/**
 * When the fast loop may wake an agent's planner before its next scheduled turn. Every woken turn is a planner call
 * (and, with a paid provider, costs money), so the reasons can be chosen and the turns spaced.
 *
 * @param on           the reasons that wake the planner: stuck, goal_reached, hazard, energy_low (default all);
 *                     an empty list turns wake-ups off
 * @param minGap       the shortest time between the start of a turn and a woken turn, simulated seconds
 *                     (default 1)
 * @param stuckSeconds how long a body asked to move must stay still to count as stuck, seconds (default 2)
 * @param energyLow    the battery level below which energy counts as low, 0 to 1 (default 0.25); it counts as
 *                     recovered 0.1 above
 */
public record WakeUpSpec(List<WakeUp> on, Double minGap, Double stuckSeconds, Double energyLow) {

    public WakeUpSpec {
        on = on == null ? List.of(WakeUp.values()) : List.copyOf(on);
        minGap = minGap == null ? 1.0 : minGap;
        Checks.inRange("minGap", minGap, 0.001, ScenarioSpec.MAX_DURATION);
        stuckSeconds = stuckSeconds == null ? 2.0 : stuckSeconds;
        Checks.inRange("stuckSeconds", stuckSeconds, 0.01, ScenarioSpec.MAX_DURATION);
        energyLow = energyLow == null ? 0.25 : energyLow;
        Checks.inRange("energyLow", energyLow, 0, 0.9);
    }

    /** The defaults: every reason, at most one woken turn a second. */
    public static WakeUpSpec defaults() {
        return new WakeUpSpec(null, null, null, null);
    }

    /** Whether {@code reason} may wake the planner. */
    public boolean wakesOn(WakeUp reason) {
        return on.contains(reason);
    }

    /** {@link #minGap()} in µs. */
    public long minGapMicros() {
        return Math.round(minGap * 1e6);
    }

    /** The monitor settings these rules give. */
    public WakeUpMonitor.Settings settings() {
        WakeUpMonitor.Settings defaults = WakeUpMonitor.Settings.defaults();
        return new WakeUpMonitor.Settings(Math.round(stuckSeconds * 1e6), defaults.minAskedSpeed(),
                defaults.stillSpeed(), defaults.stillTurnRate(), energyLow, energyLow + 0.1);
    }
}
