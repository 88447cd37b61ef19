package org.astrocyte.scenarios.world;

import java.util.ArrayList;
import java.util.List;

/**
 * The obstacles of a world as they are now: their definitions, their shapes at their current places, and the path
 * walkers of the moving ones. Obstacles keep the order in which they were placed; their index here, plus
 * {@link ArenaGeometry#WALLS}, is their contact index.
 */
final class ObstacleSet {

    private final List<Placed> placed = new ArrayList<>();
    private double fastest;

    /** One obstacle: what was asked for, where it is, and when it was placed (for its path), in ns of world time. */
    private static final class Placed {
        Obstacle definition;
        Shape shape;
        PathWalker walker;
        final long placedNanos;

        Placed(Obstacle definition, long placedNanos) {
            this.placedNanos = placedNanos;
            define(definition);
        }

        void define(Obstacle newDefinition) {
            definition = newDefinition;
            shape = Shape.of(newDefinition);
            Vec2 anchor = newDefinition.anchor();
            walker = newDefinition.path() == null ? null
                    : new PathWalker(anchor.x(), anchor.y(), newDefinition.path());
        }
    }

    int count() {
        return placed.size();
    }

    Shape shape(int index) {
        return placed.get(index).shape;
    }

    String id(int index) {
        return placed.get(index).definition.id();
    }

    Obstacle definition(int index) {
        return placed.get(index).definition;
    }

    /** The index of the obstacle called {@code id}, or -1. */
    int indexOf(String id) {
        for (int i = 0; i < placed.size(); i++) {
            if (placed.get(i).definition.id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The fastest path speed of any obstacle, m/s (0 if none moves). */
    double fastest() {
        return fastest;
    }

    /** Places {@code obstacle} at world time {@code nowNanos} (its path starts then), after the others. */
    void add(Obstacle obstacle, long nowNanos) {
        placed.add(new Placed(obstacle, nowNanos));
        updateFastest();
    }

    void remove(int index) {
        placed.remove(index);
        updateFastest();
    }

    /**
     * Shifts obstacle {@code index} by ({@code dx}, {@code dy}) metres at world time {@code nowSeconds}: a fixed one
     * is redefined there; a moving one goes on along its path shifted by the same amount, from where it was.
     */
    void translate(int index, double dx, double dy, double nowSeconds) {
        Placed p = placed.get(index);
        p.define(p.definition.translated(dx, dy));
        place(p, nowSeconds);
    }

    /** Moves every moving obstacle to where its path has it at world time {@code seconds}. */
    void moveTo(double seconds) {
        if (fastest == 0) {
            return;
        }
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            if (p.walker != null) {
                place(p, seconds);
            }
        }
    }

    private static void place(Placed p, double seconds) {
        if (p.walker != null) {
            p.walker.locate(Math.max(0, seconds - p.placedNanos / 1e9));
            p.shape.moveAnchorTo(p.walker.x, p.walker.y);
        }
    }

    private void updateFastest() {
        fastest = 0;
        for (Placed p : placed) {
            if (p.walker != null) {
                fastest = Math.max(fastest, p.walker.speed());
            }
        }
    }
}
