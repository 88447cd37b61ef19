package org.astrocyte.scenarios.experiment.stats;

import java.util.Arrays;

/** Preparation of metric values for the statistics: NaN (not measured) values dropped, infinite ones refused. */
final class Samples {

    private Samples() {
    }

    /**
     * Returns the values that are not NaN, in their order.
     *
     * @param values the values
     * @param where  what the values are, for the error message
     * @return a new array of the finite values
     * @throws IllegalArgumentException if a value is infinite
     */
    static double[] withoutNaN(double[] values, String where) {
        for (double value : values) {
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException("infinite value in " + where);
            }
        }
        return Arrays.stream(values).filter(value -> !Double.isNaN(value)).toArray();
    }
}
