package org.astrocyte.scenarios.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A 2-D continuous world: circular differential-drive bodies in a walled rectangular {@link Arena} with circular
 * obstacles and food items. The world owns simulated time (seconds, kept as whole nanoseconds so that 1000 steps of
 * 1 ms make exactly 1 s) and the seeded noise of the range sensors, so a run is reproducible from its seed.
 *
 * <p>Each {@link #step(double)} moves every body along the exact arc its wheel speeds give, keeps it out of walls and
 * obstacles (it slides along them; a contact never turns it), reports contacts when they begin, lets it eat the food
 * it reaches, then advances time and regrows food. Bodies do not collide with, or see, each other yet: they pass
 * through one another. Not thread-safe: the runner that steps the world also reads its sensors and drives its bodies.
 */
public final class World {

    private final Arena arena;
    private final RangeSensorSpec rangeSensor;
    private final long seed;
    private final ArenaGeometry geometry;
    private final ContactResolver contacts;
    private final RangeFinder rangeFinder;
    private final FoodSupply food;
    private final BodyStepper stepper;
    private final StepEvents events = new StepEvents();
    private final List<Body> bodies = new ArrayList<>();
    private final List<Body> bodiesView = Collections.unmodifiableList(bodies);
    private final Map<String, Body> bodiesById = new HashMap<>();
    private long timeNanos;

    /**
     * Builds a world with no bodies at time 0.
     *
     * @param arena the walls and obstacles
     * @param food the centres of the food items, in metres; item ids are their indices in this list
     * @param foodRadius the radius of a food item, in metres (zero or more)
     * @param regrowSeconds how long an eaten item stays unavailable, in seconds of world time (infinite: never regrows)
     * @param rangeSensor the range rays every body carries
     * @param seed the seed of the sensor noise
     */
    public World(Arena arena, List<Vec2> food, double foodRadius, double regrowSeconds, RangeSensorSpec rangeSensor,
            long seed) {
        this.arena = Objects.requireNonNull(arena, "arena");
        this.rangeSensor = Objects.requireNonNull(rangeSensor, "rangeSensor");
        Objects.requireNonNull(food, "food");
        Finite.requireNonNegative("food radius", foodRadius, "m");
        if (!(regrowSeconds >= 0)) {
            throw new IllegalArgumentException("food regrow time must be zero or positive, got " + regrowSeconds + " s");
        }
        this.seed = seed;
        this.geometry = new ArenaGeometry(arena);
        this.contacts = new ContactResolver(geometry);
        this.rangeFinder = new RangeFinder(geometry, rangeSensor);
        long regrowNanos = Double.isInfinite(regrowSeconds) || regrowSeconds * 1e9 >= FoodSupply.NEVER
                ? FoodSupply.NEVER
                : Math.round(regrowSeconds * 1e9);
        this.food = new FoodSupply(foodItems(food), foodRadius, regrowNanos);
        this.stepper = new BodyStepper(contacts, this.food);
    }

    /**
     * Puts a body with the given {@code id} at {@code start}, wheels stopped. It may touch a wall or obstacle (that is
     * not reported as a collision) but not overlap one.
     *
     * @throws IllegalArgumentException if the id is blank or taken, or the body would overlap a wall or obstacle
     */
    public Body addBody(String id, Pose start, BodySpec spec) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a body needs a non-blank id");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(spec, "spec");
        if (bodiesById.containsKey(id)) {
            throw new IllegalArgumentException("body '" + id + "': a body with this id is already in the world");
        }
        int overlap = geometry.firstOverlap(start.x(), start.y(), spec.radius(), 0);
        if (overlap >= 0) {
            String what = overlap < ArenaGeometry.WALLS
                    ? geometry.surfaceId(overlap)
                    : "obstacle '" + geometry.surfaceId(overlap) + "'";
            throw new IllegalArgumentException("body '" + id + "' starting at (" + start.x() + ", " + start.y()
                    + ") with radius " + spec.radius() + " m overlaps " + what);
        }
        Body body = new Body(id, spec, start, geometry.surfaceCount(), noiseSeed(seed, id));
        contacts.markTouching(body);
        bodies.add(body);
        bodiesById.put(id, body);
        return body;
    }

    /**
     * Advances the world by {@code dtSeconds} (rounded to whole nanoseconds, at least 1 ns) and reports what happened.
     * A step in which nothing happened returns {@link StepReport#EMPTY}.
     */
    public StepReport step(double dtSeconds) {
        long dtNanos = Double.isFinite(dtSeconds) ? Math.round(dtSeconds * 1e9) : 0;
        if (!(dtSeconds > 0) || dtNanos < 1) {
            throw new IllegalArgumentException("a step must last at least 1 ns, got " + dtSeconds + " s");
        }
        double seconds = dtNanos / 1e9;
        long stepEnd = timeNanos + dtNanos;
        events.clear();
        for (int i = 0; i < bodies.size(); i++) {
            stepper.step(bodies.get(i), seconds, stepEnd, events);
        }
        timeNanos = stepEnd;
        food.regrow(timeNanos);
        return events.toReport();
    }

    /**
     * The range readings of {@code body}, one per ray (ray 0 leftmost): the distance in metres from the body's surface
     * to the nearest wall or obstacle along the ray, capped at the sensor range, plus seeded Gaussian noise, within
     * [0, range]. Each body draws its noise from its own stream, derived from the world seed and the body id.
     */
    public double[] readRange(Body body) {
        double[] readings = new double[rangeSensor.rays()];
        readRange(body, readings);
        return readings;
    }

    /** As {@link #readRange(Body)}, into {@code into} (length = number of rays), so that a control loop allocates nothing. */
    public void readRange(Body body, double[] into) {
        requireOwn(body);
        if (into.length != rangeSensor.rays()) {
            throw new IllegalArgumentException(
                    "range readings need an array of " + rangeSensor.rays() + " slots, got " + into.length);
        }
        rangeFinder.read(body, into);
    }

    /** The available food items whose centres are within {@code radius} metres of the body's centre, nearest first. */
    public List<FoodItem> foodWithin(Body body, double radius) {
        requireOwn(body);
        Finite.requireNonNegative("food search radius", radius, "m");
        return food.within(body, radius);
    }

    /** Simulated time since the world was built, in seconds. */
    public double timeSeconds() {
        return timeNanos / 1e9;
    }

    /** Every food item, available or not, in id order. */
    public List<FoodItem> food() {
        return food.items();
    }

    /** The arena: size and obstacles. */
    public Arena arena() {
        return arena;
    }

    /** The range sensor that every body carries. */
    public RangeSensorSpec rangeSensor() {
        return rangeSensor;
    }

    /** The bodies, in the order they were added. */
    public List<Body> bodies() {
        return bodiesView;
    }

    /**
     * The body called {@code id}.
     *
     * @throws IllegalArgumentException if there is none
     */
    public Body body(String id) {
        Body body = bodiesById.get(id);
        if (body == null) {
            throw new IllegalArgumentException("no body '" + id + "' in the world; bodies: " + bodiesById.keySet());
        }
        return body;
    }

    private List<FoodItem> foodItems(List<Vec2> positions) {
        List<FoodItem> items = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            Vec2 at = positions.get(i);
            if (at == null) {
                throw new IllegalArgumentException("food " + i + " has no position");
            }
            if (!(at.x() >= 0 && at.x() <= arena.width() && at.y() >= 0 && at.y() <= arena.height())) {
                throw new IllegalArgumentException("food " + i + " at (" + at.x() + ", " + at.y()
                        + ") is outside the " + arena.width() + " x " + arena.height() + " m arena");
            }
            int inside = geometry.firstOverlap(at.x(), at.y(), 0, 0);
            if (inside >= ArenaGeometry.WALLS) {
                throw new IllegalArgumentException("food " + i + " at (" + at.x() + ", " + at.y()
                        + ") is inside obstacle '" + geometry.surfaceId(inside) + "', where no body can reach it");
            }
            items.add(new FoodItem(i, at));
        }
        return items;
    }

    private void requireOwn(Body body) {
        if (body == null || bodiesById.get(body.id()) != body) {
            throw new IllegalArgumentException("body " + (body == null ? "null" : "'" + body.id() + "'")
                    + " does not belong to this world");
        }
    }

    /** A well-mixed seed for one body's noise stream (the SplitMix64 finaliser), so bodies' streams are independent. */
    private static long noiseSeed(long worldSeed, String bodyId) {
        long z = worldSeed + 0x9E3779B97F4A7C15L * (bodyId.hashCode() + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
