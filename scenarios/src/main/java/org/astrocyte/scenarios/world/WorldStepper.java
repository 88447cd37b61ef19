package org.astrocyte.scenarios.world;

import java.util.List;

/**
 * Advances every body and moving obstacle through one world step. The step is cut into equal substeps in which no
 * body can move, relative to any obstacle, more than a quarter of the smallest body radius (the fastest body's speed
 * plus the fastest obstacle's, times the substep, in metres); at 1 ms and 0.5 m/s that is a single substep. Because a
 * centre then never gets within the last three quarters of a radius of a surface it was clear of, every push-out goes
 * back the way the body came, whatever the obstacle's size or thickness: nothing tunnels. Substeps of an exact arc
 * compose to the same arc.
 *
 * <p>In each substep: the moving obstacles go to their path positions at the substep's end; each body (in the order
 * added) follows its arc, is pushed out of walls and obstacles, and eats; bodies that overlap are pushed apart; then
 * each body's regions and energy are updated.
 */
final class WorldStepper {

    private static final double MAX_STRIDE_IN_RADII = 0.25;

    private final ArenaGeometry geometry;
    private final ContactResolver contacts;
    private final BodyContacts peers;
    private final FoodSupply food;
    private final Regions regions;

    WorldStepper(ArenaGeometry geometry, ContactResolver contacts, BodyContacts peers, FoodSupply food,
            Regions regions) {
        this.geometry = geometry;
        this.contacts = contacts;
        this.peers = peers;
        this.food = food;
        this.regions = regions;
    }

    /** Steps the world from {@code startNanos} for {@code dtNanos} (world time, ns), reporting into events. */
    void step(List<Body> bodies, long startNanos, long dtNanos, StepEvents events) {
        double seconds = dtNanos / 1e9;
        long endNanos = startNanos + dtNanos;
        double fastest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < bodies.size(); i++) {
            Body body = bodies.get(i);
            body.startStep(seconds);
            fastest = Math.max(fastest, Math.abs(DifferentialDrive.forwardSpeed(body)));
            smallest = Math.min(smallest, body.spec().radius());
        }
        int substeps = 1;
        if (!bodies.isEmpty()) {
            double reach = (fastest + geometry.obstacles.fastest()) * seconds;
            double stride = MAX_STRIDE_IN_RADII * smallest;
            substeps = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(reach / stride)));
        }
        double h = seconds / substeps;
        for (int k = 0; k < substeps; k++) {
            double at = k == substeps - 1 ? endNanos / 1e9 : startNanos / 1e9 + (k + 1) * h;
            geometry.obstacles.moveTo(at);
            for (int i = 0; i < bodies.size(); i++) {
                move(bodies.get(i), h, endNanos, events);
            }
            peers.resolve(bodies);
            for (int i = 0; i < bodies.size(); i++) {
                spend(bodies.get(i), h, events);
            }
        }
        for (int i = 0; i < bodies.size(); i++) {
            Body body = bodies.get(i);
            contacts.reportBegun(body, events);
            peers.reportBegun(body, bodies, events);
            body.finishStep(seconds);
        }
    }

    private void move(Body body, double h, long stepEndNanos, StepEvents events) {
        double fromX = body.x();
        double fromY = body.y();
        DifferentialDrive.advance(body, DifferentialDrive.forwardSpeed(body), DifferentialDrive.turnRate(body), h);
        contacts.resolve(body, fromX, fromY);
        food.eatUnder(body, stepEndNanos, events);
    }

    /** Charges the body for a substep of {@code h} seconds: wheel travel, idling and hazards; stops it at empty. */
    private void spend(Body body, double h, StepEvents events) {
        BatterySpec battery = body.spec().battery();
        double cost = battery.costPerMetre() * DifferentialDrive.wheelTravel(body, h) + battery.idleCostPerSecond() * h
                + regions.update(body, h, events);
        if (body.battery().drain(cost)) {
            body.stopWheels();
            events.exhausted(body.id(), body.x(), body.y());
        }
    }
}
