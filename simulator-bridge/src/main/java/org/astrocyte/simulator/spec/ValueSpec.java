package org.astrocyte.simulator.spec;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How a per-element value (an initial state, a synaptic weight, a delay) is set: one constant, a random
 * distribution drawn from the session seed, or an explicit array with one value per element (per neuron in index
 * order, or per synapse in the order the connectivity enumerates them). Units are those of the field the value
 * fills.
 */
public sealed interface ValueSpec {

    static ValueSpec constant(double value) {
        return new Constant(value);
    }

    /** Uniform on [low, high). */
    static ValueSpec uniform(double low, double high) {
        return new Uniform(low, high);
    }

    /** Normal with mean and standard deviation. */
    static ValueSpec normal(double mean, double sd) {
        return new Normal(mean, sd);
    }

    /** One value per element, in order. */
    static ValueSpec values(double... values) {
        return new Values(values);
    }

    /** The value of element {@code index}; random specs draw from {@code random}. */
    double valueAt(int index, SplittableRandom random);

    /** Throws {@link InvalidNetworkException} naming {@code owner} if the spec has no valid values. */
    void requireValid(String owner);

    /** The smallest value this spec can give (for range checks before drawing). */
    double lowest();

    /** The largest value this spec can give. */
    double highest();

    /** "1.5", "uniform(-60, -50)", ..., for messages. */
    String describe();

    /** Every element gets {@code value}. */
    record Constant(double value) implements ValueSpec {
        @Override
        public double valueAt(int index, SplittableRandom random) {
            return value;
        }

        @Override
        public void requireValid(String owner) {
            if (!Double.isFinite(value)) {
                throw new InvalidNetworkException(owner + " must be finite, got " + value);
            }
        }

        @Override
        public double lowest() {
            return value;
        }

        @Override
        public double highest() {
            return value;
        }

        @Override
        public String describe() {
            return Double.toString(value);
        }
    }

    /** Uniform on [low, high), drawn independently per element. */
    record Uniform(double low, double high) implements ValueSpec {
        @Override
        public double valueAt(int index, SplittableRandom random) {
            return low + (high - low) * random.nextDouble();
        }

        @Override
        public void requireValid(String owner) {
            if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
                throw new InvalidNetworkException(owner + ": uniform bounds must be finite with low <= high, got ["
                        + low + ", " + high + "]");
            }
        }

        @Override
        public double lowest() {
            return low;
        }

        @Override
        public double highest() {
            return high;
        }

        @Override
        public String describe() {
            return "uniform(" + low + ", " + high + ")";
        }
    }

    /** Normal with {@code mean} and standard deviation {@code sd} (not negative), drawn independently. */
    record Normal(double mean, double sd) implements ValueSpec {
        @Override
        public double valueAt(int index, SplittableRandom random) {
            return mean + sd * StandardNormal.draw(random);
        }

        @Override
        public void requireValid(String owner) {
            if (!Double.isFinite(mean) || !Double.isFinite(sd) || sd < 0) {
                throw new InvalidNetworkException(owner + ": normal needs a finite mean and sd >= 0, got mean "
                        + mean + ", sd " + sd);
            }
        }

        @Override
        public double lowest() {
            return sd == 0 ? mean : Double.NEGATIVE_INFINITY;
        }

        @Override
        public double highest() {
            return sd == 0 ? mean : Double.POSITIVE_INFINITY;
        }

        @Override
        public String describe() {
            return "normal(" + mean + ", " + sd + ")";
        }
    }

    /** Explicit values, one per element; the array is copied in and never handed out. */
    record Values(double[] values) implements ValueSpec {

        public Values {
            if (values == null) {
                throw new InvalidNetworkException("values are missing");
            }
            values = values.clone();
        }

        @Override
        public double valueAt(int index, SplittableRandom random) {
            return values[index];
        }

        /** Number of values. */
        public int size() {
            return values.length;
        }

        @Override
        public void requireValid(String owner) {
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new InvalidNetworkException(owner + ": value[" + i + "] must be finite, got " + values[i]);
                }
            }
        }

        @Override
        public double lowest() {
            return Arrays.stream(values).min().orElse(0);
        }

        @Override
        public double highest() {
            return Arrays.stream(values).max().orElse(0);
        }

        @Override
        public String describe() {
            return values.length + " values";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Values other && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Values" + Arrays.toString(values);
        }
    }
}
