package org.astrocyte.scenarios.world;

import java.util.ArrayList;
import java.util.List;

/** Small worlds for tests: noise-free sensors unless asked, no food unless given. */
final class Worlds {

    static final RangeSensorSpec EXACT_SENSOR = new RangeSensorSpec(5, Math.toRadians(120), 1.5, 0);

    private Worlds() {
    }

    static World empty(double width, double height) {
        return new World(Arena.empty(width, height), List.of(), 0.05, 10, EXACT_SENSOR, 1);
    }

    static World withObstacles(double width, double height, CircleObstacle... obstacles) {
        return new World(new Arena(width, height, List.of(obstacles)), List.of(), 0.05, 10, EXACT_SENSOR, 1);
    }

    /** A spec builder for a walled {@code width} x {@code height} m arena with these obstacles and exact range rays. */
    static WorldSpec.Builder spec(double width, double height, Obstacle... obstacles) {
        return WorldSpec.builder(new Arena(width, height, List.of(obstacles))).rangeSensor(EXACT_SENSOR);
    }

    /** A polygon obstacle from x, y pairs, metres. */
    static PolygonObstacle polygon(String id, double... xy) {
        List<Vec2> vertices = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            vertices.add(new Vec2(xy[i], xy[i + 1]));
        }
        return new PolygonObstacle(id, vertices);
    }

    /** An axis-aligned rectangle obstacle from its corners (x0, y0) and (x1, y1), metres; its anchor is (x0, y0). */
    static PolygonObstacle box(String id, double x0, double y0, double x1, double y1) {
        return polygon(id, x0, y0, x1, y0, x1, y1, x0, y1);
    }

    /** Steps {@code world} for {@code seconds} in steps of {@code dt} seconds; returns every non-empty report. */
    static List<StepReport> run(World world, double seconds, double dt) {
        List<StepReport> reports = new ArrayList<>();
        long steps = Math.round(seconds / dt);
        for (long i = 0; i < steps; i++) {
            StepReport report = world.step(dt);
            if (!report.isEmpty()) {
                reports.add(report);
            }
        }
        return reports;
    }

    static List<StepReport.Collision> collisions(List<StepReport> reports) {
        return reports.stream().flatMap(r -> r.collisions().stream()).toList();
    }

    static List<StepReport.FoodEaten> eaten(List<StepReport> reports) {
        return reports.stream().flatMap(r -> r.eaten().stream()).toList();
    }
}
