package org.astrocyte.agents.latency;

/**
 * How long, in simulated time, a planner call takes: the world keeps moving for that long before the decision
 * applies, which is what makes the value of a fast reflex measurable.
 */
@FunctionalInterface
public interface PlannerLatency {

    /** Zero: the decision applies in the tick it was asked for (lockstep). */
    PlannerLatency ZERO = wallNanos -> 0;

    /**
     * The simulated delay of one call, µs.
     *
     * @param wallNanos how long the call took on the wall clock, ns
     */
    long delayMicros(long wallNanos);
}
