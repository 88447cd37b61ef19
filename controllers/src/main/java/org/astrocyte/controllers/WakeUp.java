package org.astrocyte.controllers;

/** Why the fast loop wakes the slow planner before its next scheduled turn. */
public enum WakeUp {
    /** The body has asked to move but has not moved for a while. */
    STUCK,
    /** The body reached the planner's goal. */
    GOAL_REACHED,
    /** A reflex took over from the planner because of a hazard. */
    HAZARD,
    /** The battery fell below its low mark. */
    ENERGY_LOW
}
