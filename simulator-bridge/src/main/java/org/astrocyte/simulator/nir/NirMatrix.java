package org.astrocyte.simulator.nir;

import org.astrocyte.simulator.spec.InvalidNetworkException;

/**
 * A NIR weight matrix of shape (out, in), row-major, in NIR's units.
 *
 * @param rows outputs
 * @param columns inputs
 * @param values row-major entries, rows × columns of them
 */
record NirMatrix(int rows, int columns, double[] values) {

    /** The matrix of a weight array, which must have rank 2. */
    static NirMatrix of(String owner, NirArray weight) {
        int[] shape = weight.shape();
        if (shape.length != 2) {
            throw new InvalidNetworkException(owner + ": weight must be a matrix of shape (out, in), got shape "
                    + java.util.Arrays.toString(shape));
        }
        return new NirMatrix(shape[0], shape[1], weight.toDoubleArray());
    }

    /** The n × n identity: what an edge carries without a weight node. */
    static NirMatrix identity(int n) {
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) {
            values[i * n + i] = 1.0;
        }
        return new NirMatrix(n, n, values);
    }

    /** Entry (row, column). */
    double at(int row, int column) {
        return values[row * columns + column];
    }
}
