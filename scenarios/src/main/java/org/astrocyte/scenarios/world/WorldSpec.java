package org.astrocyte.scenarios.world;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a {@link World} is built from: the arena and its obstacles, the food (where, how big, how fast it
 * regrows, how much energy it gives, how it smells), light and chemical sources, hazard and goal regions, the range
 * sensor every body carries, and the seed of the sensor noise. Lengths in metres, times in seconds, energy in energy
 * units. Build one with {@link #builder(Arena)}.
 *
 * @param food          the centres of the food items; item ids are their indices in this list
 * @param foodRadius    the radius of a food item (zero or more): a body eats it when their discs touch
 * @param regrowSeconds how long an eaten item stays unavailable, seconds of world time (infinite: never regrows)
 * @param foodEnergy    the energy an item gives the body that eats it, energy units
 * @param foodOdour     how each available item smells, or null for no smell
 */
public record WorldSpec(Arena arena, List<Vec2> food, double foodRadius, double regrowSeconds, double foodEnergy,
        Odour foodOdour, List<LightSource> lights, List<ChemicalSource> chemicals, List<HazardRegion> hazards,
        List<GoalRegion> goals, RangeSensorSpec rangeSensor, long seed) {

    /** Checks every value and that each source and region lies in the arena with an id unique among its kind. */
    public WorldSpec {
        Objects.requireNonNull(arena, "arena");
        Objects.requireNonNull(rangeSensor, "rangeSensor");
        food = List.copyOf(Objects.requireNonNull(food, "food"));
        Finite.requireNonNegative("food radius", foodRadius, "m");
        if (!(regrowSeconds >= 0)) {
            throw new IllegalArgumentException("food regrow time must be zero or positive, got " + regrowSeconds
                    + " s");
        }
        Finite.requireNonNegative("food energy", foodEnergy, "energy units");
        lights = List.copyOf(Objects.requireNonNull(lights, "lights"));
        chemicals = List.copyOf(Objects.requireNonNull(chemicals, "chemicals"));
        hazards = List.copyOf(Objects.requireNonNull(hazards, "hazards"));
        goals = List.copyOf(Objects.requireNonNull(goals, "goals"));
        requireFoodInside(arena, food);
        Set<String> ids = new HashSet<>();
        for (LightSource light : lights) {
            requirePlace("light", light.id(), light.x(), light.y(), arena, ids);
        }
        ids.clear();
        for (ChemicalSource chemical : chemicals) {
            requirePlace("chemical", chemical.id(), chemical.x(), chemical.y(), arena, ids);
        }
        ids.clear();
        for (HazardRegion hazard : hazards) {
            requirePlace("hazard", hazard.id(), hazard.x(), hazard.y(), arena, ids);
        }
        ids.clear();
        for (GoalRegion goal : goals) {
            requirePlace("goal", goal.id(), goal.x(), goal.y(), arena, ids);
        }
    }

    /** A spec with the given arena, no food, sources or regions, the default range sensor and seed 1. */
    public static Builder builder(Arena arena) {
        return new Builder(arena);
    }

    private static void requireFoodInside(Arena arena, List<Vec2> food) {
        List<Shape> shapes = new ArrayList<>();
        for (Obstacle obstacle : arena.obstacles()) {
            shapes.add(Shape.of(obstacle));
        }
        for (int i = 0; i < food.size(); i++) {
            Vec2 at = food.get(i);
            if (at == null) {
                throw new IllegalArgumentException("food " + i + " has no position");
            }
            if (!(at.x() >= 0 && at.x() <= arena.width() && at.y() >= 0 && at.y() <= arena.height())) {
                throw new IllegalArgumentException("food " + i + " at (" + at.x() + ", " + at.y()
                        + ") is outside the " + arena.width() + " x " + arena.height() + " m arena");
            }
            for (int k = 0; k < shapes.size(); k++) {
                if (shapes.get(k).contains(at.x(), at.y())) {
                    throw new IllegalArgumentException("food " + i + " at (" + at.x() + ", " + at.y()
                            + ") is inside obstacle '" + arena.obstacles().get(k).id()
                            + "', where no body can reach it");
                }
            }
        }
    }

    private static void requirePlace(String kind, String id, double x, double y, Arena arena, Set<String> ids) {
        if (!ids.add(id)) {
            throw new IllegalArgumentException(kind + " '" + id + "': the id is used twice");
        }
        if (!(x >= 0 && x <= arena.width() && y >= 0 && y <= arena.height())) {
            throw new IllegalArgumentException(kind + " '" + id + "' at (" + x + ", " + y + ") is outside the "
                    + arena.width() + " x " + arena.height() + " m arena");
        }
    }

    /** Builds a {@link WorldSpec}; every setter is optional. */
    public static final class Builder {
        private final Arena arena;
        private List<Vec2> food = List.of();
        private double foodRadius = 0.05;
        private double regrowSeconds = 10;
        private double foodEnergy = 25;
        private Odour foodOdour;
        private final List<LightSource> lights = new ArrayList<>();
        private final List<ChemicalSource> chemicals = new ArrayList<>();
        private final List<HazardRegion> hazards = new ArrayList<>();
        private final List<GoalRegion> goals = new ArrayList<>();
        private RangeSensorSpec rangeSensor = RangeSensorSpec.defaults();
        private long seed = 1;

        private Builder(Arena arena) {
            this.arena = arena;
        }

        /** Food items at {@code positions}, of radius {@code radius} metres, regrowing {@code regrowSeconds} after. */
        public Builder food(List<Vec2> positions, double radius, double regrowSeconds) {
            this.food = positions;
            this.foodRadius = radius;
            this.regrowSeconds = regrowSeconds;
            return this;
        }

        /** The energy units an eaten item gives (default 25). */
        public Builder foodEnergy(double energy) {
            this.foodEnergy = energy;
            return this;
        }

        /** How each available food item smells (default: not at all). */
        public Builder foodOdour(Odour odour) {
            this.foodOdour = odour;
            return this;
        }

        public Builder light(LightSource light) {
            lights.add(light);
            return this;
        }

        public Builder chemical(ChemicalSource chemical) {
            chemicals.add(chemical);
            return this;
        }

        public Builder hazard(HazardRegion hazard) {
            hazards.add(hazard);
            return this;
        }

        public Builder goal(GoalRegion goal) {
            goals.add(goal);
            return this;
        }

        /** The range sensor every body carries (default {@link RangeSensorSpec#defaults()}). */
        public Builder rangeSensor(RangeSensorSpec spec) {
            this.rangeSensor = spec;
            return this;
        }

        /** The seed of the sensor noise (default 1). */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public WorldSpec build() {
            return new WorldSpec(arena, food, foodRadius, regrowSeconds, foodEnergy, foodOdour, lights, chemicals,
                    hazards, goals, rangeSensor, seed);
        }
    }
}
