package org.astrocyte.scenarios.report.run;

import java.util.Locale;
import org.astrocyte.core.event.BodySampled;
import org.astrocyte.core.event.CollisionOccurred;
import org.astrocyte.core.event.EnergyDepleted;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.FoodCollected;
import org.astrocyte.core.event.GoalReached;
import org.astrocyte.core.event.HazardEntered;
import org.astrocyte.core.event.MemoryConsolidated;
import org.astrocyte.core.event.MemoryRecalled;
import org.astrocyte.core.event.MemoryStored;
import org.astrocyte.core.event.MessageSent;
import org.astrocyte.core.event.PlannerBudgetExhausted;
import org.astrocyte.core.event.PlannerCalled;
import org.astrocyte.core.event.PlannerDecisionApplied;
import org.astrocyte.core.event.PlannerWoken;
import org.astrocyte.core.event.ReflexOverrode;
import org.astrocyte.core.event.ReflexReleased;
import org.astrocyte.core.event.RunFinished;
import org.astrocyte.core.event.RunStarted;
import org.astrocyte.core.event.SpikesCounted;
import org.astrocyte.core.event.TimelineEventApplied;
import org.astrocyte.core.event.ToolCalled;

/** One line of plain text saying what an event was, for the event lists of the run report and the live view. */
public final class EventText {

    private EventText() {
    }

    /** What {@code event} says, in a few words (without its type, agent and time, which lists show apart). */
    public static String of(Event event) {
        if (event instanceof PlannerCalled e) {
            return e.model() + (e.error() != null ? " failed: " + e.error() : ": " + e.reply())
                    + " (" + e.toolCalls() + " tools, " + e.inputTokens() + "+" + e.outputTokens() + " tokens)";
        }
        if (event instanceof ToolCalled e) {
            return e.tool() + " " + e.arguments() + (e.ok() ? " -> " : " FAILED: ") + e.result();
        }
        if (event instanceof PlannerDecisionApplied e) {
            return e.stopped() ? "stop" : String.format(Locale.ROOT, "goal (%.2f, %.2f) after %.0f ms", e.goalX(),
                    e.goalY(), e.latencyMs());
        }
        if (event instanceof ReflexOverrode e) {
            return String.format(Locale.ROOT, "%s took over (hazard %.0f Hz)", e.controller(), e.hazardRateHz());
        }
        if (event instanceof ReflexReleased e) {
            return String.format(Locale.ROOT, "%s released after %.0f ms", e.controller(), e.heldMillis());
        }
        if (event instanceof FoodCollected e) {
            return String.format(Locale.ROOT, "food %d at (%.2f, %.2f)", e.foodId(), e.x(), e.y());
        }
        if (event instanceof CollisionOccurred e) {
            return String.format(Locale.ROOT, "hit %s at (%.2f, %.2f)", e.with(), e.x(), e.y());
        }
        if (event instanceof BodySampled e) {
            return String.format(Locale.ROOT, "at (%.2f, %.2f), energy %.2f", e.x(), e.y(), e.energy());
        }
        if (event instanceof SpikesCounted e) {
            return e.network() + ": " + e.spikes();
        }
        return other(event);
    }

    private static String other(Event event) {
        if (event instanceof MemoryStored e) {
            return "stored \"" + e.note() + "\"";
        }
        if (event instanceof MemoryRecalled e) {
            return "recalled \"" + e.cue() + "\": " + e.hits() + " hits";
        }
        if (event instanceof MemoryConsolidated e) {
            return e.replayed() + " replayed, " + e.prototypes().size() + " prototypes, " + e.decayed().size()
                    + " decayed, " + e.evicted().size() + " evicted";
        }
        if (event instanceof MessageSent e) {
            return "to " + e.to() + ": " + e.text();
        }
        if (event instanceof PlannerWoken e) {
            return "woken: " + e.reason();
        }
        if (event instanceof PlannerBudgetExhausted e) {
            return "budget exhausted: " + e.reason();
        }
        if (event instanceof GoalReached e) {
            return "reached " + e.goalId();
        }
        if (event instanceof HazardEntered e) {
            return "entered " + e.hazardId();
        }
        if (event instanceof EnergyDepleted e) {
            return String.format(Locale.ROOT, "out of energy at (%.2f, %.2f)", e.x(), e.y());
        }
        if (event instanceof TimelineEventApplied e) {
            return e.action() + ": " + e.detail();
        }
        if (event instanceof RunStarted e) {
            return e.scenario() + ", seed " + e.seed() + ", " + e.durationSeconds() + " s";
        }
        if (event instanceof RunFinished e) {
            return "after " + e.simulatedSeconds() + " simulated s";
        }
        return event.toString();
    }

    /** The event's type as the trace names it, e.g. {@code PlannerCalled}. */
    public static String type(Event event) {
        return event.getClass().getSimpleName();
    }
}
