package org.astrocyte.scenarios.live;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.core.event.BodySampled;
import org.astrocyte.core.event.CollisionOccurred;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.FoodCollected;
import org.astrocyte.core.event.PlannerDecisionApplied;
import org.astrocyte.core.event.ReflexOverrode;
import org.astrocyte.core.event.ReflexReleased;
import org.astrocyte.core.event.RunFinished;
import org.astrocyte.core.event.TimelineEventApplied;
import org.astrocyte.scenarios.report.run.EventText;
import org.astrocyte.scenarios.report.run.ObstacleChange;

/**
 * The messages the live view sends its pages, as JSON objects whose {@code k} says what they are: {@code b} a body
 * sample ({@code t} s, agent {@code a}, {@code x}, {@code y} m, heading {@code h} rad, energy {@code e} as a fraction,
 * {@code o} 1 if the reflex overrode since the sample before), {@code e} any other event (its {@code type} and
 * {@code text}, with what the arena needs: a food id, a collision's place, a goal, an obstacle change, an override
 * starting or ending), {@code snapshot} everything a page that joins late needs, {@code finished} the end of the run.
 */
final class LiveMessages {

    private LiveMessages() {
    }

    /** A body sample; {@code overrode} whether the reflex held at any time since the agent's sample before. */
    static Map<String, Object> body(BodySampled sample, boolean overrode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", "b");
        m.put("t", seconds(sample));
        m.put("a", sample.stamp().agentId());
        m.put("x", round(sample.x()));
        m.put("y", round(sample.y()));
        m.put("h", round(sample.heading()));
        m.put("e", round(sample.energy()));
        m.put("o", overrode ? 1 : 0);
        return m;
    }

    /** Any event but a body sample. */
    static Map<String, Object> event(Event event) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", "e");
        m.put("t", seconds(event));
        m.put("a", event.stamp().agentId());
        m.put("type", EventText.type(event));
        m.put("text", EventText.of(event));
        if (event instanceof FoodCollected e) {
            m.put("foodId", e.foodId());
        } else if (event instanceof CollisionOccurred e) {
            m.put("at", List.of(round(e.x()), round(e.y())));
        } else if (event instanceof PlannerDecisionApplied e) {
            m.put("goal", e.stopped() ? null : List.of(round(e.goalX()), round(e.goalY())));
        } else if (event instanceof ReflexOverrode) {
            m.put("override", true);
        } else if (event instanceof ReflexReleased) {
            m.put("override", false);
        } else if (event instanceof TimelineEventApplied e) {
            m.put("depleted", "deplete_food".equals(e.action()));
            ObstacleChange change = ObstacleChange.of(seconds(event), e);
            if (change != null) {
                m.put("obstacle", change);
            }
        } else if (event instanceof RunFinished e) {
            m.put("finished", e.simulatedSeconds());
        }
        return m;
    }

    static double seconds(Event event) {
        return event.stamp().timeMicros() / 1e6;
    }

    /** To the millimetre (or milliradian, or 0.001 of a battery): what a page can show. */
    private static double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : 0;
    }
}
