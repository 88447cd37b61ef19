package org.astrocyte.controllers.learning;

import java.util.Arrays;

/**
 * A snapshot of the plastic sensor-to-motor weights of {@link LearningAvoidance}, pA, one entry per range ray
 * (ray 0 the leftmost). The left-wheel motor neuron speeds up the left wheel and so turns the body right; the correct
 * wiring for avoidance is therefore left-side rays onto the left-wheel neuron and right-side rays onto the
 * right-wheel neuron (Braitenberg's vehicle 3 with crossed inhibition, or vehicle 2b read the other way).
 *
 * @param toLeftWheel  weight from each ray's sensor neuron onto the left-wheel motor neuron, pA
 * @param toRightWheel weight from each ray's sensor neuron onto the right-wheel motor neuron, pA
 */
public record SensorMotorWeights(double[] toLeftWheel, double[] toRightWheel) {

    public SensorMotorWeights {
        if (toLeftWheel == null || toRightWheel == null || toLeftWheel.length != toRightWheel.length) {
            throw new IllegalArgumentException("one weight per ray onto each motor neuron is needed");
        }
        toLeftWheel = toLeftWheel.clone();
        toRightWheel = toRightWheel.clone();
    }

    /** Number of rays. */
    public int rays() {
        return toLeftWheel.length;
    }

    /** The weight from ray {@code ray} onto the left-wheel motor neuron, pA. */
    public double toLeftWheel(int ray) {
        return toLeftWheel[ray];
    }

    /** The weight from ray {@code ray} onto the right-wheel motor neuron, pA. */
    public double toRightWheel(int ray) {
        return toRightWheel[ray];
    }

    /**
     * How correctly the rays of one side are wired, pA: for the left half (rays left of the centre) the mean weight
     * onto the left-wheel neuron minus that onto the right-wheel neuron; for the right half the reverse. Positive
     * means that side's obstacles make the body turn away from them. The centre ray of an odd count is left out.
     */
    public double correctMinusWrong(boolean leftSide) {
        int n = rays();
        double sum = 0;
        int count = 0;
        for (int ray = 0; ray < n; ray++) {
            double offset = ray - (n - 1) / 2.0;
            if (offset < 0 && leftSide) {
                sum += toLeftWheel[ray] - toRightWheel[ray];
                count++;
            } else if (offset > 0 && !leftSide) {
                sum += toRightWheel[ray] - toLeftWheel[ray];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    @Override
    public double[] toLeftWheel() {
        return toLeftWheel.clone();
    }

    @Override
    public double[] toRightWheel() {
        return toRightWheel.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SensorMotorWeights other && Arrays.equals(toLeftWheel, other.toLeftWheel)
                && Arrays.equals(toRightWheel, other.toRightWheel);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(toLeftWheel) + Arrays.hashCode(toRightWheel);
    }

    @Override
    public String toString() {
        return "SensorMotorWeights[toLeftWheel=" + Arrays.toString(toLeftWheel) + ", toRightWheel="
                + Arrays.toString(toRightWheel) + "]";
    }
}
