package org.astrocyte.scenarios.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.astrocyte.scenarios.spec.TimelineEventSpec;

/**
 * The scenario's scripted events waiting to fire: timed ones in order of time, conditional ones checked every tick.
 * Each fires once.
 */
final class Timeline {

    private final List<TimelineEventSpec> timed;
    private final List<TimelineEventSpec> conditional;
    private int nextTimed;

    Timeline(List<TimelineEventSpec> events) {
        this.timed = new ArrayList<>(events.stream().filter(e -> e.at() != null).toList());
        this.timed.sort(Comparator.comparingDouble(TimelineEventSpec::at));
        this.conditional = new ArrayList<>(events.stream().filter(e -> e.when() != null).toList());
    }

    /** The events due at {@code nowSeconds}: timed ones whose time has come, and those whose condition holds. */
    List<TimelineEventSpec> due(double nowSeconds, MetricsBook metrics) {
        List<TimelineEventSpec> due = List.of();
        while (nextTimed < timed.size() && timed.get(nextTimed).at() <= nowSeconds + 1e-9) {
            due = append(due, timed.get(nextTimed++));
        }
        for (int i = 0; i < conditional.size(); i++) {
            if (metrics.holds(conditional.get(i).when(), nowSeconds)) {
                due = append(due, conditional.remove(i--));
            }
        }
        return due;
    }

    private static List<TimelineEventSpec> append(List<TimelineEventSpec> list, TimelineEventSpec event) {
        List<TimelineEventSpec> grown = list.isEmpty() ? new ArrayList<>() : list;
        grown.add(event);
        return grown;
    }
}
