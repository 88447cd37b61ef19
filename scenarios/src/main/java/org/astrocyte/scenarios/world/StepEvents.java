package org.astrocyte.scenarios.world;

import java.util.ArrayList;
import java.util.List;

/** Collects the events of one step in reusable buffers and turns them into a {@link StepReport}. */
final class StepEvents {

    private final List<StepReport.Collision> collisions = new ArrayList<>();
    private final List<StepReport.FoodEaten> eaten = new ArrayList<>();

    void clear() {
        collisions.clear();
        eaten.clear();
    }

    void collision(String bodyId, String with, double x, double y) {
        collisions.add(new StepReport.Collision(bodyId, with, x, y));
    }

    void eaten(String bodyId, int foodId, double x, double y) {
        eaten.add(new StepReport.FoodEaten(bodyId, foodId, x, y));
    }

    StepReport toReport() {
        if (collisions.isEmpty() && eaten.isEmpty()) {
            return StepReport.EMPTY;
        }
        return new StepReport(collisions, eaten);
    }
}
