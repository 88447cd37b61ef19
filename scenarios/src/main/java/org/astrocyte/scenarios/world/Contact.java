package org.astrocyte.scenarios.world;

/**
 * The scratch answer of a contact query, reused so that the per-step geometry allocates nothing: where a disc's
 * centre goes to just touch a surface ({@code x}, {@code y}) and the point of the surface it then touches
 * ({@code pointX}, {@code pointY}), in metres.
 */
final class Contact {

    double x;
    double y;
    double pointX;
    double pointY;

    void set(double centreX, double centreY, double surfaceX, double surfaceY) {
        x = centreX;
        y = centreY;
        pointX = surfaceX;
        pointY = surfaceY;
    }
}
