package org.astrocyte.scenarios.world;

/**
 * Where a body is and which way it faces: position ({@code x}, {@code y}) in metres and {@code heading} in radians,
 * counter-clockwise from +x. The heading is normalised to (-π, π] on construction.
 */
public record Pose(double x, double y, double heading) {

    /** Checks that every field is finite and normalises the heading. */
    public Pose {
        Finite.require("pose x", x);
        Finite.require("pose y", y);
        Finite.require("pose heading", heading);
        heading = Angles.normalise(heading);
    }

    /** The position, in metres. */
    public Vec2 position() {
        return new Vec2(x, y);
    }
}
