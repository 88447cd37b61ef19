package org.astrocyte.scenarios.report.run;

import java.util.Arrays;

/** A growable column of doubles, so that a long trace's samples are kept without boxing. */
final class DoubleColumn {

    private double[] values = new double[256];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    double get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    /** The last value; the column must not be empty. */
    double last() {
        return values[size - 1];
    }

    /**
     * The index of the last value at or below {@code value}, or -1 if every value is above it; the column must be
     * sorted.
     */
    int floor(double value) {
        int low = 0;
        int high = size - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (values[mid] <= value) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
