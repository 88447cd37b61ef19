package org.astrocyte.scenarios.spec;

/**
 * Which reflex an agent runs: the spiking Braitenberg avoidance, the non-spiking condition-response baseline
 * ({@code condition_response} in a file), or none (the planner drives alone).
 */
public enum ReflexKind {
    BRAITENBERG,
    CONDITION_RESPONSE,
    NONE
}
