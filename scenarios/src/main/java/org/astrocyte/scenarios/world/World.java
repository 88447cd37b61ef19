package org.astrocyte.scenarios.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A 2-D continuous world: circular differential-drive bodies in a walled rectangular {@link Arena} with obstacles
 * (circles and polygons, fixed or moving along paths), food, light and chemical sources, and hazard and goal regions.
 * The world owns simulated time (seconds, kept as whole nanoseconds so that 1000 steps of 1 ms make exactly 1 s) and
 * the seeded noise of the range sensors, so a run is reproducible from its seed.
 *
 * <p>Each {@link #step(double)} moves the moving obstacles and every body along the exact arc its wheel speeds give,
 * keeps bodies out of walls, obstacles and each other (they slide along them; a contact never turns them), reports
 * contacts when they begin, lets them eat the food they reach, charges their energy, reports goals reached and hazards
 * entered, then advances time and regrows food. A step is cut into substeps in which no body moves, relative to any
 * obstacle, more than a quarter of the smallest body radius, so nothing tunnels however long the step.
 * The per-step path and the sensor readouts allocate nothing. Not thread-safe: the runner that steps the world also
 * reads its sensors, drives its bodies and calls its mutators between steps.
 */
public final class World {

    private final WorldSpec spec;
    private final ArenaGeometry geometry;
    private final ContactResolver contacts;
    private final BodyContacts peers;
    private final RangeFinder rangeFinder;
    private final FoodSupply food;
    private final Senses senses;
    private final Regions regions;
    private final WorldStepper stepper;
    private final StepEvents events = new StepEvents();
    private final List<Body> bodies = new ArrayList<>();
    private final List<Body> bodiesView = Collections.unmodifiableList(bodies);
    private final Map<String, Body> bodiesById = new HashMap<>();
    private long timeNanos;

    /** Builds the world {@code spec} describes, with no bodies, at time 0. */
    public World(WorldSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.geometry = new ArenaGeometry(spec.arena());
        this.contacts = new ContactResolver(geometry);
        this.peers = new BodyContacts(contacts);
        this.rangeFinder = new RangeFinder(geometry, bodies, spec.rangeSensor());
        double regrowSeconds = spec.regrowSeconds();
        long regrowNanos = Double.isInfinite(regrowSeconds) || regrowSeconds * 1e9 >= FoodSupply.NEVER
                ? FoodSupply.NEVER
                : Math.round(regrowSeconds * 1e9);
        this.food = new FoodSupply(foodItems(spec.food()), spec.foodRadius(), regrowNanos, spec.foodEnergy());
        this.senses = new Senses(spec.lights(), spec.chemicals(), food, spec.foodOdour());
        this.regions = new Regions(spec.hazards(), spec.goals());
        this.stepper = new WorldStepper(geometry, contacts, peers, food, regions);
    }

    /**
     * Builds a world with food but no sources or regions, with no bodies, at time 0.
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
        this(WorldSpec.builder(Objects.requireNonNull(arena, "arena"))
                .food(Objects.requireNonNull(food, "food"), foodRadius, regrowSeconds)
                .rangeSensor(Objects.requireNonNull(rangeSensor, "rangeSensor")).seed(seed).build());
    }

    /**
     * Puts a body with the given {@code id} at {@code start}, wheels stopped. It may touch a wall or obstacle (that is
     * not reported as a collision) but not overlap one. It may touch or overlap another body: overlapping bodies are
     * pushed apart in the next step, and contacts that exist from the start are not collisions. A body that starts
     * inside a hazard or goal region is in it without having entered it.
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
            throw new IllegalArgumentException("body '" + id + "' starting at (" + start.x() + ", " + start.y()
                    + ") with radius " + spec.radius() + " m overlaps " + geometry.describe(overlap));
        }
        Body body = new Body(id, spec, start, bodies.size(), geometry.surfaceCount(), regions.hazardCount(),
                regions.goalCount(), this.spec.rangeSensor().noiseStd(), noiseSeed(this.spec.seed(), id));
        for (Body other : bodies) {
            other.peers().grow(bodies.size() + 1);
        }
        bodies.add(body);
        bodiesById.put(id, body);
        contacts.markTouching(body);
        peers.markTouching(bodies);
        regions.place(body);
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
        events.clear();
        stepper.step(bodies, timeNanos, dtNanos, events);
        timeNanos += dtNanos;
        food.regrow(timeNanos);
        return events.toReport();
    }

    /**
     * The range readings of {@code body}, one per ray (ray 0 leftmost): the distance in metres from the body's surface
     * to the nearest wall, obstacle or other body along the ray, capped at the sensor range, plus seeded Gaussian
     * noise, within [0, range]. Each body draws its noise from its own stream, derived from the world seed and the
     * body id.
     */
    public double[] readRange(Body body) {
        double[] readings = new double[spec.rangeSensor().rays()];
        readRange(body, readings);
        return readings;
    }

    /** As {@link #readRange(Body)}, into {@code into} (one slot per ray), so that a control loop allocates nothing. */
    public void readRange(Body body, double[] into) {
        requireOwn(body);
        if (into.length != spec.rangeSensor().rays()) {
            throw new IllegalArgumentException(
                    "range readings need an array of " + spec.rangeSensor().rays() + " slots, got " + into.length);
        }
        rangeFinder.read(body, into);
    }

    /**
     * The light at the body's eyes (on its rim, ±45° from the heading) into {@code into}: [0] left, [1] right, each
     * the sum over the light sources of intensity / (1 + (d / halfDistance)²), clipped to [0, 1]. Allocation-free.
     */
    public void readLight(Body body, double[] into) {
        requireOwn(body);
        requirePair("light", into);
        senses.readLight(body, into);
    }

    /**
     * The concentration at the body's antennae (±30° from the heading, 0.05 m beyond the rim) into {@code into}: [0]
     * left, [1] right, each the sum over the chemical sources and the available food items' odour of
     * strength · exp(−d² / 2σ²), clipped to [0, 1]. Allocation-free.
     */
    public void readChemical(Body body, double[] into) {
        requireOwn(body);
        requirePair("chemical", into);
        senses.readChemical(body, into);
    }

    /**
     * Places {@code obstacle} now, after the others; a moving one starts its path now. It must lie inside the arena
     * (along all its path) with an id no other obstacle has. It may land on a body: the body is pushed out of it in
     * the next step, which is a collision for the body, and ray casting sees it from the next reading on.
     *
     * @throws IllegalArgumentException naming the obstacle, if its id is taken or a wall's, or it leaves the arena
     */
    public void addObstacle(Obstacle obstacle) {
        Objects.requireNonNull(obstacle, "obstacle");
        Arena.requireNotWallId(obstacle.id());
        if (geometry.obstacles.indexOf(obstacle.id()) >= 0) {
            throw new IllegalArgumentException("obstacle '" + obstacle.id()
                    + "': an obstacle with this id is already in the world");
        }
        Arena.requireInside(obstacle, geometry.width, geometry.height);
        geometry.obstacles.add(obstacle, timeNanos);
        for (Body body : bodies) {
            body.contacts().grow(geometry.surfaceCount());
        }
    }

    /**
     * Teleports obstacle {@code id} so that its anchor (a circle's centre, a polygon's first vertex) is at ({@code x},
     * {@code y}) metres now. A moving obstacle goes on along its path shifted by the same amount. Bodies it lands on
     * are pushed out of it in the next step (a collision for each), as when it is added.
     *
     * @throws IllegalArgumentException if there is no such obstacle, or it would leave the arena (anywhere on its
     *                                  shifted path)
     */
    public void moveObstacle(String id, double x, double y) {
        int index = obstacleIndex(id);
        Finite.require("obstacle '" + id + "' new x", x);
        Finite.require("obstacle '" + id + "' new y", y);
        Shape shape = geometry.obstacles.shape(index);
        double dx = x - shape.anchorX();
        double dy = y - shape.anchorY();
        Arena.requireInside(geometry.obstacles.definition(index).translated(dx, dy), geometry.width, geometry.height);
        geometry.obstacles.translate(index, dx, dy, timeSeconds());
    }

    /**
     * Takes obstacle {@code id} out of the world now; ray casting and contacts forget it at once.
     *
     * @throws IllegalArgumentException if there is no such obstacle
     */
    public void removeObstacle(String id) {
        int index = obstacleIndex(id);
        geometry.obstacles.remove(index);
        for (Body body : bodies) {
            body.contacts().removeAt(ArenaGeometry.WALLS + index);
        }
    }

    /**
     * The obstacles now, in the order they were placed, as defined (a moved obstacle at its new place; a moving one
     * as written, at the start of its path: see {@link #obstaclePosition} for where it is).
     */
    public List<Obstacle> obstacles() {
        List<Obstacle> now = new ArrayList<>(geometry.obstacles.count());
        for (int i = 0; i < geometry.obstacles.count(); i++) {
            now.add(geometry.obstacles.definition(i));
        }
        return Collections.unmodifiableList(now);
    }

    /**
     * Where the anchor of obstacle {@code id} is now (a circle's centre, a polygon's first vertex), in metres.
     *
     * @throws IllegalArgumentException if there is no such obstacle
     */
    public Vec2 obstaclePosition(String id) {
        Shape shape = geometry.obstacles.shape(obstacleIndex(id));
        return new Vec2(shape.anchorX(), shape.anchorY());
    }

    /**
     * Makes every available food item unavailable now, as if eaten (without giving energy); each regrows after the
     * regrow time, as eaten items do. Returns how many items it took.
     */
    public int depleteFood() {
        return food.deplete(0, 0, Double.POSITIVE_INFINITY, timeNanos);
    }

    /**
     * As {@link #depleteFood()}, for the items whose centres are within {@code radius} metres of ({@code x},
     * {@code y}). Returns how many items it took.
     */
    public int depleteFood(double x, double y, double radius) {
        Finite.require("depletion centre x", x);
        Finite.require("depletion centre y", y);
        Finite.requireNonNegative("depletion radius", radius, "m");
        return food.deplete(x, y, radius, timeNanos);
    }

    /** Sets the standard deviation of {@code body}'s range-sensor noise, in metres (zero or more), from now on. */
    public void setRangeNoise(Body body, double noiseStd) {
        requireOwn(body);
        Finite.requireNonNegative("range noise of body '" + body.id() + "'", noiseStd, "m");
        body.setRangeNoiseStd(noiseStd);
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

    /** The arena the world was built with (the obstacles as first placed; see {@link #obstacles()} for now). */
    public Arena arena() {
        return spec.arena();
    }

    /** What the world was built from. */
    public WorldSpec spec() {
        return spec;
    }

    /** The range sensor that every body carries (see {@link Body#rangeNoiseStd()} for each body's noise now). */
    public RangeSensorSpec rangeSensor() {
        return spec.rangeSensor();
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
            items.add(new FoodItem(i, positions.get(i)));
        }
        return items;
    }

    private int obstacleIndex(String id) {
        int index = geometry.obstacles.indexOf(id);
        if (index < 0) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < geometry.obstacles.count(); i++) {
                ids.add(geometry.obstacles.id(i));
            }
            throw new IllegalArgumentException("no obstacle '" + id + "' in the world; obstacles: " + ids);
        }
        return index;
    }

    private void requireOwn(Body body) {
        if (body == null || bodiesById.get(body.id()) != body) {
            throw new IllegalArgumentException("body " + (body == null ? "null" : "'" + body.id() + "'")
                    + " does not belong to this world");
        }
    }

    private static void requirePair(String sense, double[] into) {
        if (into == null || into.length != 2) {
            throw new IllegalArgumentException(sense + " readings need an array of 2 slots (left, right), got "
                    + (into == null ? "null" : into.length));
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
