package org.astrocyte.core.event;

/** The reflex handed the wheels back to the planner after overriding for {@code heldMillis} ms. */
public record ReflexReleased(Stamp stamp, String controller, double heldMillis) implements Event {
    @Override
    public String topic() {
        return Topics.REFLEX;
    }
}
