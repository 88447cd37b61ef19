package org.astrocyte.core.event;

/**
 * Who raised an event, when, and in which order.
 *
 * @param agentId    the agent the event belongs to, or {@link #WORLD} for run-level events
 * @param timeMicros simulated time in microseconds since the start of the run
 * @param sequence   position in the run's total order of events, starting at 1 and without gaps
 */
public record Stamp(String agentId, long timeMicros, long sequence) {

    /** The agent id of events that belong to the run or the world rather than to one agent. */
    public static final String WORLD = "world";
}
