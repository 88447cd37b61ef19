package org.astrocyte.controllers;

/**
 * A reflex's output for one tick: the wheel speeds to apply, whether the reflex overrode the planner to produce
 * them, and the hazard signal behind the decision (Hz for spiking controllers).
 */
public record ReflexDecision(MotorCommand command, boolean overriding, double hazard) {
}
