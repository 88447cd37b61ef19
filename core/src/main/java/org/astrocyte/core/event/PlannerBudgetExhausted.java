package org.astrocyte.core.event;

/** An agent's planner budget is spent ({@code reason}, e.g. the token budget): from now on its reflex drives alone. */
public record PlannerBudgetExhausted(Stamp stamp, String reason) implements Event {
    @Override
    public String topic() {
        return Topics.PLANNER;
    }
}
