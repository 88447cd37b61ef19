package org.astrocyte.scenarios.world;

/**
 * A food item at a fixed {@code position} (metres). A body that reaches it eats it; it is then unavailable until it
 * regrows. {@code id} is its index in the list the world was built with.
 */
public final class FoodItem {

    private final int id;
    private final Vec2 position;
    private boolean available = true;
    private long regrowsAtNanos;

    FoodItem(int id, Vec2 position) {
        this.id = id;
        this.position = position;
    }

    /** The index of this item in the world's food list. */
    public int id() {
        return id;
    }

    /** The centre of the item, in metres. */
    public Vec2 position() {
        return position;
    }

    /** Whether the item can be eaten now. */
    public boolean available() {
        return available;
    }

    @Override
    public String toString() {
        return "FoodItem[id=" + id + ", position=" + position + ", available=" + available + "]";
    }

    void eat(long regrowsAtNanos) {
        this.available = false;
        this.regrowsAtNanos = regrowsAtNanos;
    }

    /** Makes the item available again if its regrowth time has come; returns whether it did. */
    boolean regrowIfDue(long nowNanos) {
        if (!available && nowNanos >= regrowsAtNanos) {
            available = true;
            return true;
        }
        return false;
    }
}
