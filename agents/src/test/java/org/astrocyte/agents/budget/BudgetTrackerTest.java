package org.astrocyte.agents.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BudgetTrackerTest {

    private static final long SECOND = 1_000_000L;

    @Test
    void should_allow_calls_per_simulated_minute_and_free_them_as_the_minute_passes() {
        BudgetTracker budget = new BudgetTracker(new PlannerBudget(2, null, null, null, null));
        assertNull(budget.admit(0));
        assertNull(budget.admit(10 * SECOND));
        assertEquals("2 planner calls in the last simulated minute", budget.admit(20 * SECOND));
        assertNull(budget.admit(60 * SECOND), "the first call left the window");
        assertEquals(1, budget.skippedTurns());
        assertNull(budget.exhausted(), "a rate limit is not an exhausted budget");
    }

    @Test
    void should_stop_for_good_once_the_tokens_are_spent() {
        BudgetTracker budget = new BudgetTracker(new PlannerBudget(null, 1000L, null, null, null));
        assertNull(budget.admit(0));
        budget.spent(700, 300);
        assertEquals("token budget of 1000 spent", budget.admit(SECOND));
        assertEquals("token budget of 1000 spent", budget.exhausted());
        assertEquals("token budget of 1000 spent", budget.admit(3600 * SECOND));
    }

    @Test
    void should_price_tokens_and_stop_at_the_cost_limit() {
        PlannerBudget.TokenPrice price = new PlannerBudget.TokenPrice(2.5, 10.0);
        BudgetTracker budget = new BudgetTracker(new PlannerBudget(null, null, 0.01, price, null));
        budget.spent(2000, 400);
        assertEquals(0.009, budget.costUsd(), 1e-12, "2000 x 2.5 / 1e6 + 400 x 10 / 1e6");
        assertNull(budget.admit(0));
        budget.spent(800, 0);
        assertEquals("cost budget of 0.0100 USD spent", budget.admit(SECOND));
    }

    @Test
    void should_refuse_a_cost_limit_without_a_price() {
        assertEquals("budget maxCostUsd needs a price (inputPerMillion, outputPerMillion in USD)",
                assertThrows(IllegalArgumentException.class, () -> new PlannerBudget(null, null, 1.0, null, null))
                        .getMessage());
    }
}
