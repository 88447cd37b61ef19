package org.astrocyte.scenarios.report.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.core.event.BodySampled;
import org.astrocyte.core.event.CollisionOccurred;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.FoodCollected;
import org.astrocyte.core.event.GoalReached;
import org.astrocyte.core.event.HazardEntered;
import org.astrocyte.core.event.PlannerCalled;
import org.astrocyte.core.event.PlannerDecisionApplied;
import org.astrocyte.core.event.ReflexOverrode;
import org.astrocyte.core.event.ReflexReleased;
import org.astrocyte.core.event.RunFinished;
import org.astrocyte.core.event.RunStarted;
import org.astrocyte.core.event.SpikesCounted;
import org.astrocyte.core.event.Stamp;
import org.astrocyte.core.event.TimelineEventApplied;
import org.astrocyte.core.event.ToolCalled;

/**
 * Everything the run report needs from a trace, gathered in one pass over its events at full resolution: body
 * samples, overrides, spike counts, planner turns and tool calls, food, collisions and the other events, and the
 * times at which counted things happened (for the curves over time).
 */
final class TraceDigest {

    final Map<String, Integer> agents = new LinkedHashMap<>();
    final List<BodyTrack> bodies = new ArrayList<>();
    final List<OverrideIntervals> overrides = new ArrayList<>();
    final List<SpikeTrack> spikes = new ArrayList<>();
    final PlannerLog planner = new PlannerLog();
    final List<RunReportData.Food> food = new ArrayList<>();
    final List<Double> depletions = new ArrayList<>();
    final List<RunReportData.Collision> collisions = new ArrayList<>();
    final List<RunReportData.Mark> marks = new ArrayList<>();
    final List<ObstacleChange> obstacleChanges = new ArrayList<>();
    /** Times (s) of the counted events, each column in time order, by the name of the curve. */
    final Map<String, DoubleColumn> counted = new LinkedHashMap<>();
    String scenario;
    long seed;
    double lastSeconds;
    Double finishedSeconds;

    /** A digest that numbers {@code knownAgents} first, in this order (more are added as the trace names them). */
    TraceDigest(List<String> knownAgents) {
        knownAgents.forEach(this::agent);
        for (String curve : RunReportData.CURVES) {
            counted.put(curve, new DoubleColumn());
        }
    }

    void accept(Event event) {
        Stamp stamp = event.stamp();
        long micros = stamp.timeMicros();
        double seconds = micros / 1e6;
        lastSeconds = Math.max(lastSeconds, seconds);
        int agent = Stamp.WORLD.equals(stamp.agentId()) ? -1 : agent(stamp.agentId());
        if (event instanceof BodySampled e) {
            bodies.get(agent).add(seconds, e);
        } else if (event instanceof SpikesCounted e) {
            spikes.get(agent).add(seconds, e);
        } else if (event instanceof ReflexOverrode) {
            overrides.get(agent).overrode(seconds);
            count("overrides", seconds);
        } else if (event instanceof ReflexReleased) {
            overrides.get(agent).released(seconds);
        } else if (event instanceof PlannerCalled e) {
            planner.called(agent, micros, e);
            count("planner calls", seconds);
        } else if (event instanceof ToolCalled e) {
            planner.tool(agent, micros, e);
            count("tool calls", seconds);
        } else if (event instanceof PlannerDecisionApplied e) {
            planner.decided(agent, micros, e);
        } else if (event instanceof RunStarted e) {
            scenario = e.scenario();
            seed = e.seed();
        } else if (event instanceof RunFinished e) {
            finishedSeconds = e.simulatedSeconds();
        } else {
            noteworthy(event, agent, seconds);
        }
    }

    private void noteworthy(Event event, int agent, double seconds) {
        double t = Rounding.millis(seconds);
        if (event instanceof FoodCollected e) {
            food.add(new RunReportData.Food(t, agent, e.foodId()));
            count("food", seconds);
        } else if (event instanceof CollisionOccurred e) {
            collisions.add(new RunReportData.Collision(t, agent, e.with(), Rounding.millimetres(e.x()),
                    Rounding.millimetres(e.y())));
            count("collisions", seconds);
        } else if (event instanceof GoalReached) {
            count("goals reached", seconds);
        } else if (event instanceof HazardEntered) {
            count("hazards entered", seconds);
        } else if (event instanceof TimelineEventApplied e) {
            if ("deplete_food".equals(e.action())) {
                depletions.add(t);
            }
            ObstacleChange change = ObstacleChange.of(t, e);
            if (change != null) {
                obstacleChanges.add(change);
            }
        }
        marks.add(new RunReportData.Mark(t, agent, EventText.type(event), EventText.of(event)));
    }

    private void count(String curve, double seconds) {
        counted.get(curve).add(seconds);
    }

    /** The index of agent {@code id}, numbering it if it is new. */
    private int agent(String id) {
        Integer index = agents.get(id);
        if (index == null) {
            index = agents.size();
            agents.put(id, index);
            bodies.add(new BodyTrack());
            overrides.add(new OverrideIntervals());
            spikes.add(new SpikeTrack());
        }
        return index;
    }

    /** Where the run ended, s: its {@code RunFinished}, or the last event of a trace without one. */
    double endSeconds() {
        return finishedSeconds != null ? finishedSeconds : lastSeconds;
    }
}
