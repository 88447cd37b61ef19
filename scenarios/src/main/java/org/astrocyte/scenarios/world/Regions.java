package org.astrocyte.scenarios.world;

import java.util.List;

/**
 * The hazard and goal regions of a world, and which of them each body's centre is in. A hazard drains energy for
 * every moment a body's centre is inside it; entering a hazard or a goal is an event, once per entry. A body that
 * starts inside a region is in it without having entered it.
 */
final class Regions {

    private final HazardRegion[] hazards;
    private final GoalRegion[] goals;

    Regions(List<HazardRegion> hazards, List<GoalRegion> goals) {
        this.hazards = hazards.toArray(new HazardRegion[0]);
        this.goals = goals.toArray(new GoalRegion[0]);
    }

    int hazardCount() {
        return hazards.length;
    }

    int goalCount() {
        return goals.length;
    }

    /** Records which regions a new {@code body} starts in, without reporting them. */
    void place(Body body) {
        boolean[] inHazard = body.insideHazard();
        for (int i = 0; i < hazards.length; i++) {
            inHazard[i] = inside(body, hazards[i].x(), hazards[i].y(), hazards[i].radius());
        }
        boolean[] inGoal = body.insideGoal();
        for (int i = 0; i < goals.length; i++) {
            inGoal[i] = inside(body, goals[i].x(), goals[i].y(), goals[i].radius());
        }
    }

    /**
     * Updates which regions {@code body} is in after a substep of {@code seconds}, reports entries, and returns the
     * energy the hazards it is in drained during the substep, in energy units.
     */
    double update(Body body, double seconds, StepEvents events) {
        double drained = 0;
        boolean[] inHazard = body.insideHazard();
        for (int i = 0; i < hazards.length; i++) {
            HazardRegion hazard = hazards[i];
            boolean in = inside(body, hazard.x(), hazard.y(), hazard.radius());
            if (in) {
                drained += hazard.drainPerSecond() * seconds;
                if (!inHazard[i]) {
                    events.hazardEntered(body.id(), hazard.id(), body.x(), body.y());
                }
            }
            inHazard[i] = in;
        }
        boolean[] inGoal = body.insideGoal();
        for (int i = 0; i < goals.length; i++) {
            GoalRegion goal = goals[i];
            boolean in = inside(body, goal.x(), goal.y(), goal.radius());
            if (in && !inGoal[i]) {
                events.goalReached(body.id(), goal.id(), body.x(), body.y());
            }
            inGoal[i] = in;
        }
        return drained;
    }

    private static boolean inside(Body body, double x, double y, double radius) {
        double dx = body.x() - x;
        double dy = body.y() - y;
        return dx * dx + dy * dy <= radius * radius;
    }
}
