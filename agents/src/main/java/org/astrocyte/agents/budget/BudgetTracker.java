package org.astrocyte.agents.budget;

import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Keeps one agent's planner within its {@link PlannerBudget} in simulated time: asked before each turn, told the
 * tokens of each turn after it. Not thread-safe: one per agent, used by the run loop.
 */
public final class BudgetTracker {

    private static final long MINUTE_MICROS = 60_000_000L;

    private final PlannerBudget budget;
    private final ArrayDeque<Long> recentCalls = new ArrayDeque<>();
    private long tokens;
    private double costUsd;
    private int skipped;
    private String exhausted;

    public BudgetTracker(PlannerBudget budget) {
        this.budget = budget == null ? PlannerBudget.unlimited() : budget;
    }

    /**
     * Null if a turn may start at {@code nowMicros}, and then the turn is counted; else why not, and the turn is
     * counted as skipped. A spent token or cost budget stays spent ({@link #exhausted()}); a full minute of calls
     * frees up as the minute passes.
     */
    public String admit(long nowMicros) {
        String reason = refusal(nowMicros);
        if (reason != null) {
            skipped++;
        } else {
            started(nowMicros);
        }
        return reason;
    }

    /** Null if a turn may start at {@code nowMicros}, else why not; counts nothing. */
    public String refusal(long nowMicros) {
        while (!recentCalls.isEmpty() && nowMicros - recentCalls.peekFirst() >= MINUTE_MICROS) {
            recentCalls.pollFirst();
        }
        String reason = exhausted;
        if (reason == null && budget.maxTokens() != null && tokens >= budget.maxTokens()) {
            reason = exhausted = "token budget of " + budget.maxTokens() + " spent";
        }
        if (reason == null && budget.maxCostUsd() != null && costUsd >= budget.maxCostUsd()) {
            reason = exhausted = String.format(Locale.ROOT, "cost budget of %.4f USD spent", budget.maxCostUsd());
        }
        if (reason == null && budget.callsPerMinute() != null && recentCalls.size() >= budget.callsPerMinute()) {
            reason = budget.callsPerMinute() + " planner calls in the last simulated minute";
        }
        return reason;
    }

    /** A turn starts at {@code nowMicros}. */
    public void started(long nowMicros) {
        recentCalls.addLast(nowMicros);
    }

    /** A turn was skipped because another budget refused it. */
    public void skipped() {
        skipped++;
    }

    /** A turn used {@code input} and {@code output} tokens. */
    public void spent(long input, long output) {
        tokens += input + output;
        if (budget.price() != null) {
            costUsd += budget.price().cost(input, output);
        }
    }

    /** Turns skipped for budget. */
    public int skippedTurns() {
        return skipped;
    }

    /** Tokens spent. */
    public long tokens() {
        return tokens;
    }

    /** Cost so far, USD (0 without a price). */
    public double costUsd() {
        return costUsd;
    }

    /** Why the planner stopped for good, or null while it may still run. */
    public String exhausted() {
        return exhausted;
    }
}
