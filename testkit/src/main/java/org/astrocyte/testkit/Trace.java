package org.astrocyte.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.EventJson;
import org.astrocyte.core.event.FoodCollected;
import org.astrocyte.core.event.ToolCalled;

/**
 * A run's trace ({@code trace.jsonl}), read back as events in their order, with assertions people write about agents:
 * which tools they called, when, and before what.
 *
 * <pre>{@code
 * Trace trace = Trace.read(outputDir);
 * trace.assertCalledBeforeFood("forager", "set_goal", 2);   // set_goal before the second food item
 * }</pre>
 */
public final class Trace {

    private final List<Event> events;

    private Trace(List<Event> events) {
        this.events = List.copyOf(events);
    }

    /** The trace a run wrote into {@code outputDir}. */
    public static Trace read(Path outputDir) {
        try {
            return new Trace(Files.readAllLines(outputDir.resolve("trace.jsonl")).stream().map(EventJson::read)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trace in " + outputDir, e);
        }
    }

    /** Every event, in trace order. */
    public List<Event> events() {
        return events;
    }

    /** The events of type {@code type} raised by {@code agent}, in order. */
    public <E extends Event> List<E> of(String agent, Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast)
                .filter(e -> e.stamp().agentId().equals(agent)).toList();
    }

    /** The calls of {@code tool} by {@code agent}, accepted or not, in order. */
    public List<ToolCalled> toolCalls(String agent, String tool) {
        return of(agent, ToolCalled.class).stream().filter(call -> call.tool().equals(tool)).toList();
    }

    /**
     * Checks that {@code agent} called {@code tool} (successfully) before it collected its {@code n}-th food item.
     *
     * @throws AssertionError saying what happened instead
     */
    public void assertCalledBeforeFood(String agent, String tool, int n) {
        List<FoodCollected> food = of(agent, FoodCollected.class);
        if (food.size() < n) {
            throw new AssertionError(agent + " collected " + food.size() + " food items, not " + n);
        }
        long foodAt = food.get(n - 1).stamp().timeMicros();
        boolean called = toolCalls(agent, tool).stream().anyMatch(call -> call.ok()
                && call.stamp().timeMicros() < foodAt);
        if (!called) {
            throw new AssertionError(agent + " did not call " + tool + " before food item " + n + " at "
                    + foodAt / 1e6 + " s; its calls: " + toolCalls(agent, tool).stream()
                    .map(c -> c.stamp().timeMicros() / 1e6 + " s").toList());
        }
    }
}
