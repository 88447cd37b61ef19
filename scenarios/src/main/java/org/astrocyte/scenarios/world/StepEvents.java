package org.astrocyte.scenarios.world;

import java.util.ArrayList;
import java.util.List;

/** Collects the events of one step in reusable buffers and turns them into a {@link StepReport}. */
final class StepEvents {

    private final List<StepReport.Collision> collisions = new ArrayList<>();
    private final List<StepReport.FoodEaten> eaten = new ArrayList<>();
    private final List<StepReport.GoalReached> goals = new ArrayList<>();
    private final List<StepReport.HazardEntered> hazards = new ArrayList<>();
    private final List<StepReport.Exhausted> exhausted = new ArrayList<>();
    private boolean any;

    void clear() {
        if (any) {
            collisions.clear();
            eaten.clear();
            goals.clear();
            hazards.clear();
            exhausted.clear();
            any = false;
        }
    }

    void collision(String bodyId, String with, double x, double y, boolean withBody) {
        collisions.add(new StepReport.Collision(bodyId, with, x, y, withBody));
        any = true;
    }

    void eaten(String bodyId, int foodId, double x, double y) {
        eaten.add(new StepReport.FoodEaten(bodyId, foodId, x, y));
        any = true;
    }

    void goalReached(String bodyId, String goalId, double x, double y) {
        goals.add(new StepReport.GoalReached(bodyId, goalId, x, y));
        any = true;
    }

    void hazardEntered(String bodyId, String hazardId, double x, double y) {
        hazards.add(new StepReport.HazardEntered(bodyId, hazardId, x, y));
        any = true;
    }

    void exhausted(String bodyId, double x, double y) {
        exhausted.add(new StepReport.Exhausted(bodyId, x, y));
        any = true;
    }

    StepReport toReport() {
        if (!any) {
            return StepReport.EMPTY;
        }
        return new StepReport(collisions, eaten, goals, hazards, exhausted);
    }
}
