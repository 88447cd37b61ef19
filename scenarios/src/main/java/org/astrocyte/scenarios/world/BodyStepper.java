package org.astrocyte.scenarios.world;

/**
 * Advances one body through one world step: arc motion, contact resolution and eating. A step is cut into substeps in
 * which the centre moves at most a quarter of the body's radius (metres), so that no step is long enough to jump a
 * thin obstacle; at 1 ms and 0.5 m/s that is a single substep. Substeps of an exact arc compose to the same arc.
 */
final class BodyStepper {

    private static final double MAX_STRIDE_IN_RADII = 0.25;

    private final ContactResolver contacts;
    private final FoodSupply food;

    BodyStepper(ContactResolver contacts, FoodSupply food) {
        this.contacts = contacts;
        this.food = food;
    }

    /** Moves {@code body} for {@code seconds}, in a step that ends at {@code stepEndNanos}, reporting into events. */
    void step(Body body, double seconds, long stepEndNanos, StepEvents events) {
        body.contacts().startStep();
        double v = DifferentialDrive.forwardSpeed(body);
        double omega = DifferentialDrive.turnRate(body);
        double stride = MAX_STRIDE_IN_RADII * body.spec().radius();
        int substeps = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(Math.abs(v) * seconds / stride)));
        double h = seconds / substeps;
        for (int k = 0; k < substeps; k++) {
            double fromX = body.x();
            double fromY = body.y();
            DifferentialDrive.advance(body, v, omega, h);
            contacts.resolve(body, fromX, fromY);
            food.eatUnder(body, stepEndNanos, events);
        }
        contacts.reportBegun(body, events);
    }
}
