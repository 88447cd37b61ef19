package org.astrocyte.scenarios.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.astrocyte.scenarios.spec.ScenarioSpec;
import org.astrocyte.scenarios.spec.TimelineAction;
import org.astrocyte.scenarios.spec.TimelineEventSpec;
import org.astrocyte.scenarios.world.Body;
import org.astrocyte.scenarios.world.ChemicalSource;
import org.astrocyte.scenarios.world.CircleObstacle;
import org.astrocyte.scenarios.world.GoalRegion;
import org.astrocyte.scenarios.world.HazardRegion;
import org.astrocyte.scenarios.world.LightSource;
import org.astrocyte.scenarios.world.Obstacle;
import org.astrocyte.scenarios.world.PolygonObstacle;
import org.astrocyte.scenarios.world.RangeSensorSpec;
import org.astrocyte.scenarios.world.Vec2;
import org.astrocyte.scenarios.world.World;

/**
 * What a run's world looks like when it starts, written as {@code world.json} next to the trace so that a report or
 * a live view can draw the arena the trace's bodies move in: walls (the arena's size), obstacles (with the path of
 * the moving ones, and those a scripted event adds later), food, light and chemical sources, hazard and goal regions,
 * the range sensor and the bodies at their start. Lengths in metres, times in seconds, angles in radians
 * (counter-clockwise from +x). The trace says what changes afterwards (food eaten, obstacles moved by the timeline).
 *
 * @param format            the version of this layout, {@value #FORMAT}
 * @param scenario          the scenario's name
 * @param seed              the run's seed
 * @param durationSeconds   the simulated time the run was asked to cover (a stop condition may end it earlier)
 * @param sampleSeconds     simulated time between two body samples in the trace
 * @param width             the arena's width (walls at x = 0 and x = width)
 * @param height            the arena's height (walls at y = 0 and y = height)
 * @param obstacles         the obstacles at the start
 * @param timelineObstacles the obstacles the scenario's timeline may add later
 * @param food              the food items
 * @param lights            light sources
 * @param chemicals         chemical sources
 * @param hazards           hazard regions
 * @param goals             goal regions
 * @param sensors           the range sensor every body carries
 * @param bodies            every agent's body at the start, in the scenario's order
 */
public record WorldLayout(int format, String scenario, long seed, double durationSeconds, double sampleSeconds,
        double width, double height, List<ObstacleLayout> obstacles, List<ObstacleLayout> timelineObstacles,
        FoodLayout food, List<LightSource> lights, List<ChemicalSource> chemicals, List<HazardRegion> hazards,
        List<GoalRegion> goals, SensorLayout sensors, List<BodyLayout> bodies) {

    /** The file name next to the trace. */
    public static final String FILE_NAME = "world.json";
    /** The version of the layout this class writes. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The layout of {@code world} as built from {@code spec}, with its bodies placed and nothing stepped yet. */
    public static WorldLayout of(ScenarioSpec spec, World world) {
        List<ObstacleLayout> added = new ArrayList<>();
        for (TimelineEventSpec event : spec.timeline()) {
            if (event.action() == TimelineAction.ADD_OBSTACLE) {
                added.add(ObstacleLayout.of(event.obstacle().toObstacle()));
            }
        }
        RangeSensorSpec rays = world.rangeSensor();
        return new WorldLayout(FORMAT, spec.name(), spec.seed(), spec.duration(), spec.sampleInterval(),
                world.arena().width(), world.arena().height(),
                world.obstacles().stream().map(ObstacleLayout::of).toList(), added,
                new FoodLayout(world.spec().foodRadius(), world.spec().regrowSeconds(),
                        world.spec().food().stream().map(WorldLayout::point).toList()),
                world.spec().lights(), world.spec().chemicals(), world.spec().hazards(), world.spec().goals(),
                new SensorLayout(rays.rays(), rays.fieldOfView(), rays.range()),
                world.bodies().stream().map(BodyLayout::of).toList());
    }

    /** Writes this layout to {@code file} as JSON. */
    public Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), this);
        return file;
    }

    private static double[] point(Vec2 at) {
        return new double[] {at.x(), at.y()};
    }

    /**
     * An obstacle: a circle (centre {@code x}, {@code y} and {@code radius}) or a polygon ({@code vertices}, each
     * {@code [x, y]}; {@code x}, {@code y} are then its first vertex), with the {@code path} its anchor follows if it
     * moves.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObstacleLayout(String id, String shape, double x, double y, Double radius, List<double[]> vertices,
            PathLayout path) {

        static ObstacleLayout of(Obstacle obstacle) {
            PathLayout path = obstacle.path() == null ? null
                    : new PathLayout(obstacle.path().waypoints().stream().map(WorldLayout::point).toList(),
                            obstacle.path().speed(), obstacle.path().mode().name().toLowerCase(Locale.ROOT));
            if (obstacle instanceof CircleObstacle circle) {
                return new ObstacleLayout(circle.id(), "circle", circle.x(), circle.y(), circle.radius(), null, path);
            }
            PolygonObstacle polygon = (PolygonObstacle) obstacle;
            return new ObstacleLayout(polygon.id(), "polygon", polygon.anchor().x(), polygon.anchor().y(), null,
                    polygon.vertices().stream().map(WorldLayout::point).toList(), path);
        }
    }

    /**
     * The path of a moving obstacle: from where the obstacle is placed through {@code waypoints} ({@code [x, y]}) at
     * {@code speed} m/s, then {@code loop} (straight back to the start) or {@code ping_pong} (back the same way).
     */
    public record PathLayout(List<double[]> waypoints, double speed, String mode) {
    }

    /**
     * The food: items ({@code [x, y]}, an item's id is its index) of {@code radius}; an eaten item comes back after
     * {@code regrowSeconds} (infinite: never, written as null).
     */
    public record FoodLayout(double radius, Double regrowSeconds, List<double[]> items) {

        public FoodLayout {
            regrowSeconds = regrowSeconds == null || Double.isInfinite(regrowSeconds) ? null : regrowSeconds;
        }
    }

    /** The range sensor: {@code rays} rays spread over {@code fieldOfView} radians, reading up to {@code range}. */
    public record SensorLayout(int rays, double fieldOfView, double range) {
    }

    /** An agent's body: its {@code radius} and its start pose. */
    public record BodyLayout(String id, double radius, double x, double y, double heading) {

        static BodyLayout of(Body body) {
            return new BodyLayout(body.id(), body.spec().radius(), body.x(), body.y(), body.heading());
        }
    }
}
