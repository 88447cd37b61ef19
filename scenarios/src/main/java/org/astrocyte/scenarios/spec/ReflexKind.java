package org.astrocyte.scenarios.spec;

/**
 * Which reflex an agent runs (a layer of its subsumption stack). In a file the names are lower case, e.g.
 * {@code touch_escape}; docs/reflexes.md describes each circuit.
 */
public enum ReflexKind {
    /** Spiking obstacle avoidance (Braitenberg 2/3 with crossed inhibition): the default. */
    BRAITENBERG,
    /** The non-spiking condition-response baseline. */
    CONDITION_RESPONSE,
    /** Spiking wall following with the wall on the left. */
    WALL_FOLLOWING_LEFT,
    /** Spiking wall following with the wall on the right. */
    WALL_FOLLOWING_RIGHT,
    /** The C. elegans touch reflex: back off and turn from a head touch, sprint from a tail touch. */
    TOUCH_ESCAPE,
    /** A half-centre central pattern generator that adds a serpentine rhythm to the drive. */
    HALF_CENTRE_OSCILLATOR,
    /** Braitenberg vehicle 2b: charges towards light. */
    LIGHT_AGGRESSION,
    /** Braitenberg vehicle 3a: approaches light and settles facing it. */
    LIGHT_LOVE,
    /** Climbs an odour gradient (klinotaxis and klinokinesis). */
    CHEMOTAXIS,
    /** Seeks the odour of food when the battery runs low, and hands back when fed. */
    ENERGY_SEEKING,
    /** Obstacle avoidance that learns which way to turn within the run, by reward-modulated STDP. */
    LEARNING_AVOIDANCE,
    /** No reflex: the planner drives alone. */
    NONE
}
