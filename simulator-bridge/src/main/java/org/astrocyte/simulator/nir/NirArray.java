package org.astrocyte.simulator.nir;

import java.util.Arrays;
import java.util.Objects;

/**
 * An n-dimensional numeric tensor of a NIR file, kept exactly as stored: its element type, its shape and the bits of
 * every element (so NaN payloads and negative zeros survive), row-major. Two arrays are equal when type, shape and
 * bits are equal. A scalar is a 0-dimensional array with one element. Values carry whatever unit the NIR field has
 * (seconds for time constants and delays); nothing is converted here.
 */
public final class NirArray implements NirValue {

    private static final int SHOWN = 6;

    private final NirDataType dataType;
    private final int[] shape;
    /** Per element: IEEE bits for floats, the value for integers (unsigned ones zero-extended, uint64 as raw bits). */
    private final long[] bits;

    private NirArray(NirDataType dataType, int[] shape, long[] bits) {
        this.dataType = Objects.requireNonNull(dataType, "dataType");
        this.shape = shape.clone();
        this.bits = bits;
        if (elementCount(this.shape) != bits.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + elementCount(shape)
                    + " elements, got " + bits.length);
        }
        for (long element : bits) {
            requireInRange(dataType, element);
        }
    }

    /** A one-dimensional float32 array. */
    public static NirArray float32(float... values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]) & 0xFFFF_FFFFL;
        }
        return new NirArray(NirDataType.FLOAT32, new int[] {values.length}, bits);
    }

    /** A one-dimensional float64 array. */
    public static NirArray float64(double... values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return new NirArray(NirDataType.FLOAT64, new int[] {values.length}, bits);
    }

    /** A one-dimensional int64 array, the type NIR uses for shapes. */
    public static NirArray int64(long... values) {
        return new NirArray(NirDataType.INT64, new int[] {values.length}, values.clone());
    }

    /** A 0-dimensional float64 array. */
    public static NirArray scalar(double value) {
        return float64(value).reshape();
    }

    /**
     * An array of the given type and shape from row-major values, each rounded to the type (to nearest for float32,
     * and an integer type needs whole values within its range).
     */
    public static NirArray of(NirDataType dataType, int[] shape, double... values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = toBits(dataType, values[i]);
        }
        return new NirArray(dataType, shape, bits);
    }

    /** An array of the type and shape of {@code template} with every element {@code value} (NIR's zeros_like). */
    public static NirArray filledLike(NirArray template, double value) {
        long[] bits = new long[template.bits.length];
        Arrays.fill(bits, toBits(template.dataType, value));
        return new NirArray(template.dataType, template.shape, bits);
    }

    /** An array from per-element bits as documented on the field; the reader's entry point. */
    static NirArray ofBits(NirDataType dataType, int[] shape, long[] bits) {
        return new NirArray(dataType, shape, bits.clone());
    }

    /** The same elements under another shape with the same number of elements; no argument gives a scalar. */
    public NirArray reshape(int... newShape) {
        return new NirArray(dataType, newShape, bits);
    }

    /** The element type as stored. */
    public NirDataType dataType() {
        return dataType;
    }

    /** The shape; empty for a scalar. */
    public int[] shape() {
        return shape.clone();
    }

    /** Number of dimensions: 0 for a scalar. */
    public int rank() {
        return shape.length;
    }

    /** Number of elements. */
    public int size() {
        return bits.length;
    }

    /** True for a 0-dimensional array. */
    public boolean isScalar() {
        return shape.length == 0;
    }

    /** Element {@code index} in row-major order, as a double (exact for float32 and for integers up to 2^53). */
    public double doubleAt(int index) {
        long element = bits[index];
        return switch (dataType) {
            case FLOAT32 -> Float.intBitsToFloat((int) element);
            case FLOAT64 -> Double.longBitsToDouble(element);
            case UINT64 -> element >= 0 ? element : ((element >>> 1) | (element & 1)) * 2.0;
            default -> element;
        };
    }

    /** All elements in row-major order as doubles. */
    public double[] toDoubleArray() {
        double[] values = new double[bits.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = doubleAt(i);
        }
        return values;
    }

    /**
     * All elements in row-major order as longs, for integer arrays (uint64 values above 2^63-1 come out as their
     * two's-complement bits).
     *
     * @throws IllegalStateException for a floating-point array
     */
    public long[] toLongArray() {
        if (dataType.isFloating()) {
            throw new IllegalStateException("toLongArray on a " + dataType + " array");
        }
        return bits.clone();
    }

    /** Element bits as documented on the field; the writer's entry point. */
    long bitsAt(int index) {
        return bits[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NirArray that && dataType == that.dataType && Arrays.equals(shape, that.shape)
                && Arrays.equals(bits, that.bits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataType, Arrays.hashCode(shape), Arrays.hashCode(bits));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(dataType.numpyName()).append(Arrays.toString(shape)).append('{');
        for (int i = 0; i < Math.min(SHOWN, bits.length); i++) {
            text.append(i == 0 ? "" : ", ").append(dataType.isFloating() ? String.valueOf(doubleAt(i))
                    : dataType == NirDataType.UINT64 ? Long.toUnsignedString(bits[i]) : String.valueOf(bits[i]));
        }
        return text.append(bits.length > SHOWN ? ", ...}" : "}").toString();
    }

    private static long toBits(NirDataType dataType, double value) {
        if (dataType == NirDataType.FLOAT32) {
            return Float.floatToRawIntBits((float) value) & 0xFFFF_FFFFL;
        }
        if (dataType == NirDataType.FLOAT64) {
            return Double.doubleToRawLongBits(value);
        }
        double low = dataType.isUnsigned() ? 0 : -0x1p63;
        double high = dataType == NirDataType.UINT64 ? 0x1p64 : 0x1p63;
        if (value != Math.rint(value) || value < low || value >= high) {
            throw new IllegalArgumentException(value + " is not a whole number in the range of " + dataType);
        }
        // uint64 values from 2^63 up do not fit a long: keep their bits, as the field documents.
        long element = value >= 0x1p63 ? (long) (value - 0x1p63) ^ Long.MIN_VALUE : (long) value;
        requireInRange(dataType, element);
        return element;
    }

    private static void requireInRange(NirDataType dataType, long element) {
        boolean inRange = switch (dataType) {
            case FLOAT32, UINT32 -> element >= 0 && element <= 0xFFFF_FFFFL;
            case INT8 -> element >= Byte.MIN_VALUE && element <= Byte.MAX_VALUE;
            case INT16 -> element >= Short.MIN_VALUE && element <= Short.MAX_VALUE;
            case INT32 -> element >= Integer.MIN_VALUE && element <= Integer.MAX_VALUE;
            case UINT8 -> element >= 0 && element <= 0xFF;
            case UINT16 -> element >= 0 && element <= 0xFFFF;
            case FLOAT64, INT64, UINT64 -> true;
        };
        if (!inRange) {
            throw new IllegalArgumentException("element out of range for " + dataType + ": " + element);
        }
    }

    private static int elementCount(int[] shape) {
        long count = 1;
        for (int dimension : shape) {
            if (dimension < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            count *= dimension;
            if (count > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " is too large");
            }
        }
        return (int) count;
    }
}
