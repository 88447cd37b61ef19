package org.astrocyte.agents;

import java.util.List;
import org.astrocyte.tools.body.BodyControl;

/** A body in a 12 x 10 m arena that stays where the test puts it and records the goal it is given. */
public final class RecordingBody implements BodyControl {

    public double x = 1;
    public double y = 1;
    public List<Double> goal;

    @Override
    public double x() {
        return x;
    }

    @Override
    public double y() {
        return y;
    }

    @Override
    public double arenaWidth() {
        return 12;
    }

    @Override
    public double arenaHeight() {
        return 10;
    }

    @Override
    public void setGoal(double gx, double gy) {
        goal = List.of(gx, gy);
    }

    @Override
    public double headingDeg() {
        return 0;
    }

    @Override
    public void stop() {
        goal = null;
    }
}
