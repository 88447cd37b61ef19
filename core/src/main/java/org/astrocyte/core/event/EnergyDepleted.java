package org.astrocyte.core.event;

/** A body's battery ran empty at ({@code x}, {@code y}) metres: its wheels stop until it is fed. */
public record EnergyDepleted(Stamp stamp, double x, double y) implements Event {
    @Override
    public String topic() {
        return Topics.WORLD;
    }
}
