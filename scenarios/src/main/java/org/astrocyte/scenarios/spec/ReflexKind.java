package org.astrocyte.scenarios.spec;

/** Which reflex an agent runs: the spiking Braitenberg avoidance, or none (the planner drives alone). */
public enum ReflexKind {
    BRAITENBERG,
    NONE
}
