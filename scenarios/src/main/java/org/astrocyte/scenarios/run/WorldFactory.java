package org.astrocyte.scenarios.run;

import java.util.List;
import org.astrocyte.scenarios.spec.ScenarioSpec;
import org.astrocyte.scenarios.spec.SensorSpec;
import org.astrocyte.scenarios.world.Arena;
import org.astrocyte.scenarios.world.CircleObstacle;
import org.astrocyte.scenarios.world.RangeSensorSpec;
import org.astrocyte.scenarios.world.Vec2;
import org.astrocyte.scenarios.world.World;

/** Builds the world a scenario describes (without bodies: the runner adds those). */
public final class WorldFactory {

    private WorldFactory() {
    }

    /** The world of {@code spec}, with no bodies yet. */
    public static World create(ScenarioSpec spec) {
        List<CircleObstacle> obstacles = spec.arena().obstacles().stream()
                .map(o -> new CircleObstacle(o.id(), o.x(), o.y(), o.radius())).toList();
        Arena arena = new Arena(spec.arena().width(), spec.arena().height(), obstacles);
        List<Vec2> food = spec.food().items().stream().map(p -> new Vec2(p.x(), p.y())).toList();
        SensorSpec sensors = spec.sensors();
        RangeSensorSpec range = new RangeSensorSpec(sensors.rays(), Math.toRadians(sensors.fieldOfViewDeg()),
                sensors.range(), sensors.noise());
        return new World(arena, food, spec.food().radius(), spec.food().regrowSeconds(), range, spec.seed());
    }
}
