package org.astrocyte.scenarios.world;

import java.util.List;

/**
 * The light and chemical senses of bodies. Each body has two eyes on its rim at ±45° from the heading and two
 * antennae at ±30°, reaching {@value #ANTENNA_LENGTH} m beyond the rim (left first, positive angles to the left).
 * A sensor reads the sum over all sources (see {@link LightSource}, {@link ChemicalSource}, {@link Odour}) clipped to
 * [0, 1]. Readings are noise-free and allocation-free.
 */
final class Senses {

    /** Angle of each eye from the heading, radians. */
    static final double EYE_ANGLE = Math.PI / 4;
    /** Angle of each antenna from the heading, radians. */
    static final double ANTENNA_ANGLE = Math.PI / 6;
    /** How far an antenna tip reaches beyond the rim, metres. */
    static final double ANTENNA_LENGTH = 0.05;
    // A Gaussian below exp(-40) (4e-18) of its peak is skipped: far below what a double sum of readings can show.
    private static final double NEGLIGIBLE_EXPONENT = 40;

    private final LightSource[] lights;
    private final double[] chemicalX;
    private final double[] chemicalY;
    private final double[] chemicalStrength;
    private final double[] chemicalTwoSigmaSquared;
    private final FoodSupply food;
    private final double odourStrength;
    private final double odourTwoSigmaSquared;

    Senses(List<LightSource> lights, List<ChemicalSource> chemicals, FoodSupply food, Odour odour) {
        this.lights = lights.toArray(new LightSource[0]);
        int n = chemicals.size();
        chemicalX = new double[n];
        chemicalY = new double[n];
        chemicalStrength = new double[n];
        chemicalTwoSigmaSquared = new double[n];
        for (int i = 0; i < n; i++) {
            ChemicalSource c = chemicals.get(i);
            chemicalX[i] = c.x();
            chemicalY[i] = c.y();
            chemicalStrength[i] = c.strength();
            chemicalTwoSigmaSquared[i] = 2 * c.sigma() * c.sigma();
        }
        this.food = food;
        this.odourStrength = odour == null ? 0 : odour.strength();
        this.odourTwoSigmaSquared = odour == null ? 1 : 2 * odour.sigma() * odour.sigma();
    }

    /** Writes the light at the left eye into {@code into[0]} and at the right eye into {@code into[1]}, 0 to 1. */
    void readLight(Body body, double[] into) {
        double reach = body.spec().radius();
        into[0] = lightAt(sensorX(body, EYE_ANGLE, reach), sensorY(body, EYE_ANGLE, reach));
        into[1] = lightAt(sensorX(body, -EYE_ANGLE, reach), sensorY(body, -EYE_ANGLE, reach));
    }

    /** Writes the concentration at the left antenna into {@code into[0]} and the right into {@code into[1]}, 0 to 1. */
    void readChemical(Body body, double[] into) {
        double reach = body.spec().radius() + ANTENNA_LENGTH;
        into[0] = chemicalAt(sensorX(body, ANTENNA_ANGLE, reach), sensorY(body, ANTENNA_ANGLE, reach));
        into[1] = chemicalAt(sensorX(body, -ANTENNA_ANGLE, reach), sensorY(body, -ANTENNA_ANGLE, reach));
    }

    private static double sensorX(Body body, double angle, double reach) {
        return body.x() + reach * Math.cos(body.heading() + angle);
    }

    private static double sensorY(Body body, double angle, double reach) {
        return body.y() + reach * Math.sin(body.heading() + angle);
    }

    private double lightAt(double x, double y) {
        double total = 0;
        for (LightSource light : lights) {
            double dx = x - light.x();
            double dy = y - light.y();
            total += light.at(dx * dx + dy * dy);
        }
        return Math.min(1, total);
    }

    private double chemicalAt(double x, double y) {
        double total = 0;
        for (int i = 0; i < chemicalX.length; i++) {
            total += gaussian(x - chemicalX[i], y - chemicalY[i], chemicalStrength[i], chemicalTwoSigmaSquared[i]);
        }
        if (odourStrength > 0) {
            List<FoodItem> items = food.items();
            for (int i = 0; i < items.size(); i++) {
                FoodItem item = items.get(i);
                if (item.available()) {
                    Vec2 at = item.position();
                    total += gaussian(x - at.x(), y - at.y(), odourStrength, odourTwoSigmaSquared);
                }
            }
        }
        return Math.min(1, total);
    }

    private static double gaussian(double dx, double dy, double strength, double twoSigmaSquared) {
        double exponent = (dx * dx + dy * dy) / twoSigmaSquared;
        return exponent > NEGLIGIBLE_EXPONENT ? 0 : strength * Math.exp(-exponent);
    }
}
