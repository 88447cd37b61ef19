package org.astrocyte.scenarios.run;

import java.util.List;
import org.astrocyte.scenarios.spec.ArenaSpec;
import org.astrocyte.scenarios.spec.BatteryConfigSpec;
import org.astrocyte.scenarios.spec.BodyConfigSpec;
import org.astrocyte.scenarios.spec.ChemicalSpec;
import org.astrocyte.scenarios.spec.FoodSpec;
import org.astrocyte.scenarios.spec.GoalSpec;
import org.astrocyte.scenarios.spec.HazardSpec;
import org.astrocyte.scenarios.spec.LightSpec;
import org.astrocyte.scenarios.spec.ObstacleSpec;
import org.astrocyte.scenarios.spec.ScenarioSpec;
import org.astrocyte.scenarios.spec.SensorSpec;
import org.astrocyte.scenarios.world.Arena;
import org.astrocyte.scenarios.world.BatterySpec;
import org.astrocyte.scenarios.world.BodySpec;
import org.astrocyte.scenarios.world.ChemicalSource;
import org.astrocyte.scenarios.world.GoalRegion;
import org.astrocyte.scenarios.world.HazardRegion;
import org.astrocyte.scenarios.world.LightSource;
import org.astrocyte.scenarios.world.Odour;
import org.astrocyte.scenarios.world.RangeSensorSpec;
import org.astrocyte.scenarios.world.Vec2;
import org.astrocyte.scenarios.world.World;
import org.astrocyte.scenarios.world.WorldSpec;

/** Builds the world a scenario describes (without bodies: the runner adds those, built by {@link #bodySpec}). */
public final class WorldFactory {

    private WorldFactory() {
    }

    /** The world of {@code spec}, with no bodies yet. */
    public static World create(ScenarioSpec spec) {
        return new World(worldSpec(spec.arena(), spec.food(), spec.sensors(), spec.seed()));
    }

    /** The world spec of a scenario's arena, food and sensors, with the seed of the sensor noise. */
    static WorldSpec worldSpec(ArenaSpec arenaSpec, FoodSpec food, SensorSpec sensors, long seed) {
        Arena arena = new Arena(arenaSpec.width(), arenaSpec.height(),
                arenaSpec.obstacles().stream().map(ObstacleSpec::toObstacle).toList());
        List<Vec2> items = food.items().stream().map(p -> new Vec2(p.x(), p.y())).toList();
        WorldSpec.Builder world = WorldSpec.builder(arena)
                .food(items, food.radius(), food.regrowSeconds())
                .foodEnergy(food.energy())
                .rangeSensor(new RangeSensorSpec(sensors.rays(), Math.toRadians(sensors.fieldOfViewDeg()),
                        sensors.range(), sensors.noise()))
                .seed(seed);
        if (food.odour() != null) {
            world.foodOdour(new Odour(food.odour().strength(), food.odour().sigma()));
        }
        for (LightSpec l : arenaSpec.lights()) {
            world.light(new LightSource(l.id(), l.x(), l.y(), l.intensity(), l.halfDistance()));
        }
        for (ChemicalSpec c : arenaSpec.chemicals()) {
            world.chemical(new ChemicalSource(c.id(), c.x(), c.y(), c.strength(), c.sigma()));
        }
        for (HazardSpec h : arenaSpec.hazards()) {
            world.hazard(new HazardRegion(h.id(), h.x(), h.y(), h.radius(), h.drainPerSecond()));
        }
        for (GoalSpec g : arenaSpec.goals()) {
            world.goal(new GoalRegion(g.id(), g.x(), g.y(), g.radius()));
        }
        return world.build();
    }

    /** The world's body for a scenario's {@code body:} settings (absent acceleration: unlimited). */
    static BodySpec bodySpec(BodyConfigSpec body) {
        BatteryConfigSpec energy = body.energy();
        return new BodySpec(body.radius(), body.wheelBase(), body.maxWheelSpeed(),
                body.maxAcceleration() == null ? BodySpec.UNLIMITED : body.maxAcceleration(),
                new BatterySpec(energy.capacity(), energy.initial(), energy.costPerMetre(),
                        energy.idleCostPerSecond()));
    }
}
