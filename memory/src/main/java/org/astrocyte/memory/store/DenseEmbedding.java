package org.astrocyte.memory.store;

import java.util.Arrays;

/**
 * A dense embedding vector kept beside an episode's sparse code, so that the candidates the code finds can be
 * re-ranked by cosine similarity. Immutable: the components are copied in and out.
 */
public final class DenseEmbedding implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final float[] values;
    private final double norm;

    private DenseEmbedding(float[] values) {
        this.values = values;
        double sum = 0;
        for (float v : values) {
            sum += (double) v * v;
        }
        this.norm = Math.sqrt(sum);
    }

    /**
     * The vector {@code values}.
     *
     * @throws IllegalArgumentException if it is null, empty or has a component that is not finite
     */
    public static DenseEmbedding of(float[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("an embedding needs at least one component");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException("embedding component " + i + " is not finite: " + values[i]);
            }
        }
        return new DenseEmbedding(values.clone());
    }

    /** Number of components. */
    public int dimension() {
        return values.length;
    }

    /** A copy of the components. */
    public float[] values() {
        return values.clone();
    }

    /**
     * The cosine of the angle between this vector and {@code other}; 0 if either is the zero vector.
     *
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double cosine(DenseEmbedding other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("embeddings of dimension " + values.length + " and "
                    + other.values.length + " cannot be compared");
        }
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < values.length; i++) {
            dot += (double) values[i] * other.values[i];
        }
        return dot / (norm * other.norm);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenseEmbedding other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "DenseEmbedding[" + values.length + "-d]";
    }
}
