package org.astrocyte.simulator.spec;

import java.util.SplittableRandom;

/** Standard normal deviates from a {@link SplittableRandom} by the Box-Muller transform (two uniforms per draw). */
final class StandardNormal {

    private StandardNormal() {
    }

    static double draw(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
