package org.astrocyte.controllers.testing;

import java.util.ArrayList;
import java.util.List;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;

/**
 * A tiny kinematic world for behavioural tests of reflexes, independent of the scenarios module: one circular
 * differential-drive body in a walled square with circular obstacles, point lights and one chemical source. It is
 * deliberately simple (Euler steps of 1 ms, overlap pushed back along the contact normal); the real world lives in
 * the scenarios module.
 */
public final class TinyWorld {

    /** Body radius, m. */
    public static final double RADIUS = 0.15;
    /** Distance between the wheels, m. */
    public static final double WHEEL_BASE = 0.3;
    /** Top wheel speed, m/s. */
    public static final double MAX_SPEED = 0.5;
    /** Control tick, s. */
    public static final double DT = 0.001;

    private final double size;
    private final List<double[]> obstacles = new ArrayList<>();
    private final List<double[]> lights = new ArrayList<>();
    private double[] chemical;
    private int rays = 5;
    private double fovDeg = 120;
    private double range = 1.5;
    private double x;
    private double y;
    private double heading;
    private double energy = 1;
    private double energyCostPerMetre;
    private long micros;
    private int collisions;
    private double travelled;
    private boolean touching;
    private SensorFrame.Touch touch = SensorFrame.Touch.NONE;
    private SensorFrame.Odometry odometry = SensorFrame.Odometry.STILL;
    /** The reward of the last tick: −1 when a collision began, else 0. */
    private double reward;

    private TinyWorld(double size) {
        this.size = size;
    }

    /** An empty walled square of side {@code size} metres with the body at its centre, heading +x. */
    public static TinyWorld square(double size) {
        TinyWorld world = new TinyWorld(size);
        world.x = size / 2;
        world.y = size / 2;
        return world;
    }

    /** Adds a circular obstacle. */
    public TinyWorld obstacle(double cx, double cy, double radius) {
        obstacles.add(new double[] {cx, cy, radius});
        return this;
    }

    /** Adds a point light. */
    public TinyWorld light(double lx, double ly) {
        lights.add(new double[] {lx, ly});
        return this;
    }

    /** Sets the chemical source: a Gaussian plume of width {@code sigma} metres. */
    public TinyWorld chemical(double cx, double cy, double sigma) {
        chemical = new double[] {cx, cy, sigma};
        return this;
    }

    /** Sets the range sensor. */
    public TinyWorld rays(int count, double fieldOfViewDeg, double reach) {
        this.rays = count;
        this.fovDeg = fieldOfViewDeg;
        this.range = reach;
        return this;
    }

    /** Places the body (heading in degrees, counter-clockwise from +x). */
    public TinyWorld place(double px, double py, double headingDeg) {
        this.x = px;
        this.y = py;
        this.heading = Math.toRadians(headingDeg);
        return this;
    }

    /** Sets the battery level and what a metre of travel costs. */
    public TinyWorld energy(double level, double costPerMetre) {
        this.energy = level;
        this.energyCostPerMetre = costPerMetre;
        return this;
    }

    /** The frame the body senses now, with {@code drive} as the planner's wish. */
    public SensorFrame frame(MotorCommand drive) {
        double[] ranges = new double[rays];
        for (int i = 0; i < rays; i++) {
            double offset = rays == 1 ? 0 : Math.toRadians(fovDeg) * (0.5 - i / (double) (rays - 1));
            ranges[i] = castRay(heading + offset);
        }
        return new SensorFrame(micros, ranges, range, drive, touch, new SensorFrame.Stereo(lightAt(+1),
                lightAt(-1)), new SensorFrame.Stereo(chemicalAt(+1), chemicalAt(-1)), energy, odometry, reward);
    }

    /** Runs {@code reflex} for {@code seconds} with a constant planner drive; returns the last decision. */
    public ReflexDecision run(ReflexController reflex, MotorCommand drive, double seconds) {
        ReflexDecision decision = null;
        long ticks = Math.round(seconds / DT);
        for (long t = 0; t < ticks; t++) {
            decision = reflex.step(frame(drive));
            step(decision.command());
        }
        return decision;
    }

    /** Moves the body for one tick with these wheel speeds (clamped to the top speed). */
    public void step(MotorCommand command) {
        double left = clamp(command.left());
        double right = clamp(command.right());
        double speed = (left + right) / 2;
        double turnRate = (right - left) / WHEEL_BASE;
        double oldX = x;
        double oldY = y;
        double oldHeading = heading;
        heading = normalise(heading + turnRate * DT);
        x += speed * Math.cos(heading) * DT;
        y += speed * Math.sin(heading) * DT;
        boolean contact = resolveContacts();
        reward = 0;
        if (contact && !touching) {
            collisions++;
            reward = -1;
        }
        touching = contact;
        double moved = Math.hypot(x - oldX, y - oldY);
        travelled += moved;
        energy = Math.max(0, energy - moved * energyCostPerMetre);
        double forward = ((x - oldX) * Math.cos(oldHeading) + (y - oldY) * Math.sin(oldHeading)) / DT;
        odometry = new SensorFrame.Odometry(forward, normalise(heading - oldHeading) / DT);
        micros += 1000;
    }

    private boolean resolveContacts() {
        boolean contact = false;
        boolean frontLeft = false;
        boolean frontRight = false;
        boolean rear = false;
        double[][] walls = {{RADIUS - x, 0, 1, 0}, {x + RADIUS - size, 0, -1, 0}, {RADIUS - y, 0, 0, 1},
                {y + RADIUS - size, 0, 0, -1}};
        for (double[] wall : walls) {
            if (wall[0] > 0) {
                x += wall[2] * wall[0];
                y += wall[3] * wall[0];
                contact = true;
                boolean[] side = side(-wall[2], -wall[3]);
                frontLeft |= side[0];
                frontRight |= side[1];
                rear |= side[2];
            }
        }
        for (double[] o : obstacles) {
            double dx = x - o[0];
            double dy = y - o[1];
            double d = Math.hypot(dx, dy);
            double overlap = o[2] + RADIUS - d;
            if (overlap > 0 && d > 0) {
                x += dx / d * overlap;
                y += dy / d * overlap;
                contact = true;
                boolean[] side = side(-dx / d, -dy / d);
                frontLeft |= side[0];
                frontRight |= side[1];
                rear |= side[2];
            }
        }
        touch = new SensorFrame.Touch(frontLeft, frontRight, rear);
        return contact;
    }

    /** Which switch a contact in direction (nx, ny) from the centre closes: front-left, front-right or rear. */
    private boolean[] side(double nx, double ny) {
        double bearing = normalise(Math.atan2(ny, nx) - heading);
        if (Math.abs(bearing) > Math.PI / 2) {
            return new boolean[] {false, false, true};
        }
        return bearing >= 0 ? new boolean[] {true, false, false} : new boolean[] {false, true, false};
    }

    private double castRay(double angle) {
        double dx = Math.cos(angle);
        double dy = Math.sin(angle);
        double nearest = Double.POSITIVE_INFINITY;
        if (dx > 0) {
            nearest = Math.min(nearest, (size - x) / dx);
        } else if (dx < 0) {
            nearest = Math.min(nearest, -x / dx);
        }
        if (dy > 0) {
            nearest = Math.min(nearest, (size - y) / dy);
        } else if (dy < 0) {
            nearest = Math.min(nearest, -y / dy);
        }
        for (double[] o : obstacles) {
            double fx = x - o[0];
            double fy = y - o[1];
            double b = fx * dx + fy * dy;
            double c = fx * fx + fy * fy - o[2] * o[2];
            double disc = b * b - c;
            if (disc >= 0) {
                double t = -b - Math.sqrt(disc);
                if (t >= 0) {
                    nearest = Math.min(nearest, t);
                }
            }
        }
        return Math.max(0, Math.min(range, nearest - RADIUS));
    }

    /** Light at the eye on {@code side} (+1 left, −1 right, 45° off the heading): Σ 1 / (1 + d²). */
    private double lightAt(int side) {
        double ex = x + RADIUS * Math.cos(heading + side * Math.PI / 4);
        double ey = y + RADIUS * Math.sin(heading + side * Math.PI / 4);
        double total = 0;
        for (double[] l : lights) {
            double d2 = (ex - l[0]) * (ex - l[0]) + (ey - l[1]) * (ey - l[1]);
            total += 1 / (1 + d2);
        }
        return Math.min(1, total);
    }

    /** Concentration at the antenna on {@code side} (+1 left, −1 right, 30° off the heading, 5 cm out). */
    private double chemicalAt(int side) {
        if (chemical == null) {
            return 0;
        }
        double ax = x + (RADIUS + 0.05) * Math.cos(heading + side * Math.PI / 6);
        double ay = y + (RADIUS + 0.05) * Math.sin(heading + side * Math.PI / 6);
        double d2 = (ax - chemical[0]) * (ax - chemical[0]) + (ay - chemical[1]) * (ay - chemical[1]);
        return Math.exp(-d2 / (2 * chemical[2] * chemical[2]));
    }

    private static double clamp(double speed) {
        return Math.max(-MAX_SPEED, Math.min(MAX_SPEED, speed));
    }

    private static double normalise(double angle) {
        return Math.atan2(Math.sin(angle), Math.cos(angle));
    }

    /** Distance from the body's centre to (px, py), m. */
    public double distanceTo(double px, double py) {
        return Math.hypot(px - x, py - y);
    }

    /** Collisions (contacts that began) since the world was built. */
    public int collisions() {
        return collisions;
    }

    /** Distance the body has travelled, m. */
    public double travelled() {
        return travelled;
    }

    /** The body's x, m. */
    public double x() {
        return x;
    }

    /** The body's y, m. */
    public double y() {
        return y;
    }

    /** The body's heading, degrees counter-clockwise from +x, in (−180, 180]. */
    public double headingDeg() {
        return Math.toDegrees(heading);
    }

    /** The battery level, 0 to 1. */
    public double energy() {
        return energy;
    }

    /** Distance from the body's surface to the nearest of the square's walls (obstacles not counted), m. */
    public double wallClearance() {
        return Math.min(Math.min(x, size - x), Math.min(y, size - y)) - RADIUS;
    }

    /** The bearing of (px, py) from the body's heading, degrees in (−180, 180], positive to the left. */
    public double bearingDeg(double px, double py) {
        return Math.toDegrees(normalise(Math.atan2(py - y, px - x) - heading));
    }
}
