package org.astrocyte.scenarios.spec;

import java.util.List;

/**
 * Food items and how they behave.
 *
 * @param items         where food grows
 * @param radius        size of an item, metres (eaten when the body touches it)
 * @param regrowSeconds simulated seconds until an eaten item grows back
 * @param sightRadius   how far an agent sees food, metres
 * @param energy        energy units an item gives the agent that eats it (default 25; a body holds 100 by default)
 * @param odour         how each available item smells, for chemotaxis (default: not at all)
 */
public record FoodSpec(List<PointSpec> items, Double radius, Double regrowSeconds, Double sightRadius, Double energy,
        OdourSpec odour) {

    /** Most food items in one scenario. */
    public static final int MAX_ITEMS = 1000;

    public FoodSpec {
        items = items == null ? List.of() : List.copyOf(items);
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("at most " + MAX_ITEMS + " food items, got " + items.size());
        }
        radius = radius == null ? 0.15 : radius;
        Checks.inRange("radius", radius, 0.01, 10);
        regrowSeconds = regrowSeconds == null ? 20.0 : regrowSeconds;
        Checks.inRange("regrowSeconds", regrowSeconds, 0, 1e6);
        sightRadius = sightRadius == null ? 2.5 : sightRadius;
        Checks.inRange("sightRadius", sightRadius, 0, 1000);
        energy = energy == null ? 25.0 : energy;
        Checks.inRange("food energy", energy, 0, 1e6);
    }

    /** Food that gives the default energy and does not smell. */
    public FoodSpec(List<PointSpec> items, Double radius, Double regrowSeconds, Double sightRadius) {
        this(items, radius, regrowSeconds, sightRadius, null, null);
    }
}
