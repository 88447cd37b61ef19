package org.astrocyte.scenarios.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The food of a world: which items are available, who eats them, and when eaten items regrow. An item is eaten when
 * its centre is within body radius + food radius (metres) of a body's centre, gives that body a fixed amount of
 * energy, and regrows a fixed number of nanoseconds of world time after the end of the step in which it was eaten
 * (or after it was depleted).
 */
final class FoodSupply {

    /** Regrowth delay meaning "never". */
    static final long NEVER = Long.MAX_VALUE;

    private final List<FoodItem> items;
    private final double foodRadius;
    private final long regrowNanos;
    private final double energy;
    private int unavailable;

    FoodSupply(List<FoodItem> items, double foodRadius, long regrowNanos, double energy) {
        this.items = Collections.unmodifiableList(new ArrayList<>(items));
        this.foodRadius = foodRadius;
        this.regrowNanos = regrowNanos;
        this.energy = energy;
    }

    List<FoodItem> items() {
        return items;
    }

    /** Lets {@code body} eat every available item it reaches; the step ends at {@code stepEndNanos}. */
    void eatUnder(Body body, long stepEndNanos, StepEvents events) {
        double reach = body.spec().radius() + foodRadius;
        double reachSquared = reach * reach;
        for (int i = 0; i < items.size(); i++) {
            FoodItem item = items.get(i);
            if (!item.available()) {
                continue;
            }
            Vec2 at = item.position();
            double dx = at.x() - body.x();
            double dy = at.y() - body.y();
            if (dx * dx + dy * dy <= reachSquared) {
                item.eat(regrowTime(stepEndNanos));
                unavailable++;
                body.battery().charge(energy);
                events.eaten(body.id(), item.id(), at.x(), at.y());
            }
        }
    }

    /**
     * Makes every available item whose centre is within {@code radius} metres of ({@code x}, {@code y}) unavailable at
     * world time {@code nowNanos}, as if eaten; it regrows as eaten items do. Returns how many items it took.
     */
    int deplete(double x, double y, double radius, long nowNanos) {
        int taken = 0;
        for (FoodItem item : items) {
            if (item.available() && item.position().distanceTo(new Vec2(x, y)) <= radius) {
                item.eat(regrowTime(nowNanos));
                unavailable++;
                taken++;
            }
        }
        return taken;
    }

    private long regrowTime(long fromNanos) {
        return regrowNanos > NEVER - fromNanos ? NEVER : fromNanos + regrowNanos;
    }

    /** Makes available again every item whose regrowth time has come by {@code nowNanos}. */
    void regrow(long nowNanos) {
        if (unavailable == 0) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).regrowIfDue(nowNanos)) {
                unavailable--;
            }
        }
    }

    /** The available items whose centres are within {@code radius} metres of the body's centre, nearest first. */
    List<FoodItem> within(Body body, double radius) {
        Vec2 centre = new Vec2(body.x(), body.y());
        List<FoodItem> found = new ArrayList<>();
        for (FoodItem item : items) {
            if (item.available() && item.position().distanceTo(centre) <= radius) {
                found.add(item);
            }
        }
        found.sort(Comparator.comparingDouble((FoodItem item) -> item.position().distanceTo(centre))
                .thenComparingInt(FoodItem::id));
        return Collections.unmodifiableList(found);
    }
}
