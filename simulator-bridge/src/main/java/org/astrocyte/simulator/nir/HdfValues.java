package org.astrocyte.simulator.nir;

import io.jhdf.api.Dataset;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.exceptions.HdfException;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.StringData;
import io.jhdf.object.datatype.VariableLength;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;

/** Conversion between jhdf datasets (Java arrays of primitives) and {@link NirValue}s, bit for bit. */
final class HdfValues {

    private static final DatasetCreationOptions UNSIGNED = DatasetCreationOptions.builder().unsigned().build();

    private HdfValues() {
    }

    /** HDF5 path of a node without jhdf's trailing '/' on groups. */
    static String pathOf(io.jhdf.api.Node node) {
        String path = node.getPath();
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static boolean isString(Dataset dataset) {
        DataType type = dataset.getDataType();
        return type instanceof StringData || type instanceof VariableLength v && v.isVariableLengthString();
    }

    /** A number or scalar string dataset as a value. */
    static NirValue read(Path file, Dataset dataset) {
        String path = pathOf(dataset);
        try {
            if (isString(dataset)) {
                if (!dataset.isScalar()) {
                    throw new NirFormatException(file, path, "expected a number array or a single string, found a"
                            + " string array of shape " + Arrays.toString(dataset.getDimensions()));
                }
                return new NirText((String) dataset.getData());
            }
            NirDataType type = dataTypeOf(file, dataset);
            if (dataset.isEmpty()) {
                throw new NirFormatException(file, path, "expected a numeric array, found an HDF5 null dataspace");
            }
            return NirArray.ofBits(type, dataset.getDimensions(), bitsOf(dataset.getDataFlat()));
        } catch (HdfException | ClassCastException | IllegalArgumentException e) {
            throw new NirFormatException(file, path, "unreadable dataset: " + e.getMessage(), e);
        }
    }

    /** A string dataset of any shape, flattened row-major. */
    static String[] readStrings(Path file, Dataset dataset) {
        try {
            Object flat = dataset.getDataFlat();
            return flat instanceof String[] strings ? strings : new String[] {(String) flat};
        } catch (HdfException | ClassCastException e) {
            throw new NirFormatException(file, pathOf(dataset), "unreadable string dataset: " + e.getMessage(), e);
        }
    }

    private static NirDataType dataTypeOf(Path file, Dataset dataset) {
        DataType type = dataset.getDataType();
        if (type instanceof FloatingPoint && (type.getSize() == 4 || type.getSize() == 8)) {
            return type.getSize() == 4 ? NirDataType.FLOAT32 : NirDataType.FLOAT64;
        }
        if (type instanceof FixedPoint fixed && Integer.bitCount(type.getSize()) == 1 && type.getSize() <= 8) {
            return NirDataType.integer(type.getSize(), fixed.isSigned());
        }
        throw new NirFormatException(file, pathOf(dataset), "expected a float32, float64 or integer dataset, found "
                + type.getClass().getSimpleName() + " of " + type.getSize() + " bytes");
    }

    private static long[] bitsOf(Object flat) {
        int length = Array.getLength(flat);
        long[] bits = new long[length];
        for (int i = 0; i < length; i++) {
            if (flat instanceof float[] floats) {
                bits[i] = Float.floatToRawIntBits(floats[i]) & 0xFFFF_FFFFL;
            } else if (flat instanceof double[] doubles) {
                bits[i] = Double.doubleToRawLongBits(doubles[i]);
            } else if (flat instanceof BigInteger[] big) {
                bits[i] = big[i].longValue();
            } else {
                // byte, short, int, long: jhdf has already widened unsigned types to non-negative values.
                bits[i] = ((Number) Array.get(flat, i)).longValue();
            }
        }
        return bits;
    }

    /** What jhdf writes for {@code array}: a nested Java array of the stored width, or a boxed scalar. */
    static Object toHdf(NirArray array) {
        Class<?> component = switch (array.dataType()) {
            case FLOAT32 -> float.class;
            case FLOAT64 -> double.class;
            case INT8, UINT8 -> byte.class;
            case INT16, UINT16 -> short.class;
            case INT32, UINT32 -> int.class;
            case INT64, UINT64 -> long.class;
        };
        int[] shape = array.shape();
        if (shape.length == 0) {
            Object box = Array.newInstance(component, 1);
            setElement(box, 0, array, 0);
            return Array.get(box, 0);
        }
        Object nested = Array.newInstance(component, shape);
        fill(nested, 0, shape, array, 0);
        return nested;
    }

    /** The creation options that keep the signedness of {@code array}. */
    static DatasetCreationOptions optionsFor(NirArray array) {
        return array.dataType().isUnsigned() ? UNSIGNED : DatasetCreationOptions.DEFAULT;
    }

    private static int fill(Object nested, int depth, int[] shape, NirArray source, int next) {
        int index = next;
        for (int i = 0; i < shape[depth]; i++) {
            if (depth == shape.length - 1) {
                setElement(nested, i, source, index++);
            } else {
                index = fill(Array.get(nested, i), depth + 1, shape, source, index);
            }
        }
        return index;
    }

    private static void setElement(Object leaf, int i, NirArray source, int index) {
        long bits = source.bitsAt(index);
        switch (source.dataType()) {
            case FLOAT32 -> Array.setFloat(leaf, i, Float.intBitsToFloat((int) bits));
            case FLOAT64 -> Array.setDouble(leaf, i, Double.longBitsToDouble(bits));
            case INT8, UINT8 -> Array.setByte(leaf, i, (byte) bits);
            case INT16, UINT16 -> Array.setShort(leaf, i, (short) bits);
            case INT32, UINT32 -> Array.setInt(leaf, i, (int) bits);
            case INT64, UINT64 -> Array.setLong(leaf, i, bits);
            default -> throw new IllegalStateException(source.dataType().toString());
        }
    }
}
