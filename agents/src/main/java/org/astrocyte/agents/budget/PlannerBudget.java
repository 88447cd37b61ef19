package org.astrocyte.agents.budget;

/**
 * Limits on an agent's planner; when one is reached the agent runs on its reflex alone. Absent limits do not
 * apply.
 *
 * @param callsPerMinute  most planner calls in any simulated minute (turns beyond are skipped until the minute
 *                        passes)
 * @param maxTokens       most input plus output tokens over the run
 * @param maxCostUsd      most cost over the run, US dollars, priced with {@code price}
 * @param price           what tokens cost; needed for {@code maxCostUsd}, and prices every turn in the trace
 * @param toolCallsPerTurn most tool calls one turn may chain, 1 to {@value #MAX_TOOL_CALLS_PER_TURN} (default 8)
 */
public record PlannerBudget(Integer callsPerMinute, Long maxTokens, Double maxCostUsd, TokenPrice price,
        Integer toolCallsPerTurn) {

    /** Most tool calls a turn may be allowed. */
    public static final int MAX_TOOL_CALLS_PER_TURN = 50;

    /** @throws IllegalArgumentException naming the limit out of range, or a cost limit without a price */
    public PlannerBudget {
        if (callsPerMinute != null && callsPerMinute < 1) {
            throw new IllegalArgumentException("budget callsPerMinute must be at least 1, got " + callsPerMinute);
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("budget maxTokens must be at least 1, got " + maxTokens);
        }
        if (maxCostUsd != null && !(maxCostUsd > 0)) {
            throw new IllegalArgumentException("budget maxCostUsd must be above 0, got " + maxCostUsd);
        }
        toolCallsPerTurn = toolCallsPerTurn == null ? 8 : toolCallsPerTurn;
        if (toolCallsPerTurn < 1 || toolCallsPerTurn > MAX_TOOL_CALLS_PER_TURN) {
            throw new IllegalArgumentException("budget toolCallsPerTurn must be from 1 to " + MAX_TOOL_CALLS_PER_TURN
                    + ", got " + toolCallsPerTurn);
        }
        if (maxCostUsd != null && price == null) {
            throw new IllegalArgumentException("budget maxCostUsd needs a price (inputPerMillion, outputPerMillion "
                    + "in USD)");
        }
    }

    /** No limit. */
    public static PlannerBudget unlimited() {
        return new PlannerBudget(null, null, null, null, null);
    }

    /**
     * What a million tokens cost, US dollars.
     *
     * @param inputPerMillion  per million input (prompt) tokens
     * @param outputPerMillion per million output (completion) tokens
     */
    public record TokenPrice(double inputPerMillion, double outputPerMillion) {

        public TokenPrice {
            if (!(inputPerMillion >= 0) || !(outputPerMillion >= 0)) {
                throw new IllegalArgumentException("prices must not be negative, got " + inputPerMillion + " and "
                        + outputPerMillion);
            }
        }

        /** The cost of {@code input} and {@code output} tokens, USD. */
        public double cost(long input, long output) {
            return (input * inputPerMillion + output * outputPerMillion) / 1e6;
        }
    }
}
