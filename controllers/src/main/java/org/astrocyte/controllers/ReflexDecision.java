package org.astrocyte.controllers;

/**
 * A reflex's output for one tick: the wheel speeds to apply, whether the reflex overrode the planner to produce
 * them, the hazard signal behind the decision (Hz for spiking controllers), and a reason to wake the planner early,
 * if the reflex has one.
 */
public record ReflexDecision(MotorCommand command, boolean overriding, double hazard, WakeUp wakeUp) {

    /** A decision that does not wake the planner. */
    public ReflexDecision(MotorCommand command, boolean overriding, double hazard) {
        this(command, overriding, hazard, null);
    }

    /** This decision, waking the planner for {@code reason} (the first reason raised in a tick wins). */
    public ReflexDecision waking(WakeUp reason) {
        return wakeUp != null ? this : new ReflexDecision(command, overriding, hazard, reason);
    }
}
