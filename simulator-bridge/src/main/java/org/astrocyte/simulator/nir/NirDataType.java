package org.astrocyte.simulator.nir;

/**
 * The element type of a {@link NirArray}, as stored in the HDF5 file (little- or big-endian on disk; the writer
 * always writes little-endian). Names follow NumPy's ({@code float32}, {@code int64}, ...), the types NIR's Python
 * reference writes.
 */
public enum NirDataType {
    /** IEEE 754 single precision. */
    FLOAT32("float32", 4, true, false),
    /** IEEE 754 double precision. */
    FLOAT64("float64", 8, true, false),
    /** Signed 8-bit integer. */
    INT8("int8", 1, false, false),
    /** Signed 16-bit integer. */
    INT16("int16", 2, false, false),
    /** Signed 32-bit integer. */
    INT32("int32", 4, false, false),
    /** Signed 64-bit integer (NIR's shapes, strides, paddings). */
    INT64("int64", 8, false, false),
    /** Unsigned 8-bit integer. */
    UINT8("uint8", 1, false, true),
    /** Unsigned 16-bit integer. */
    UINT16("uint16", 2, false, true),
    /** Unsigned 32-bit integer. */
    UINT32("uint32", 4, false, true),
    /** Unsigned 64-bit integer. */
    UINT64("uint64", 8, false, true);

    private final String numpyName;
    private final int bytes;
    private final boolean floating;
    private final boolean unsigned;

    NirDataType(String numpyName, int bytes, boolean floating, boolean unsigned) {
        this.numpyName = numpyName;
        this.bytes = bytes;
        this.floating = floating;
        this.unsigned = unsigned;
    }

    /** The NumPy name of this type, e.g. {@code float32}. */
    public String numpyName() {
        return numpyName;
    }

    /** Size of one element in bytes. */
    public int bytes() {
        return bytes;
    }

    /** True for the IEEE 754 types. */
    public boolean isFloating() {
        return floating;
    }

    /** True for the unsigned integer types. */
    public boolean isUnsigned() {
        return unsigned;
    }

    /** The integer type of {@code bytes} bytes with the given signedness. */
    static NirDataType integer(int bytes, boolean signed) {
        for (NirDataType type : values()) {
            if (!type.floating && type.bytes == bytes && type.unsigned != signed) {
                return type;
            }
        }
        throw new IllegalArgumentException("no " + (signed ? "signed" : "unsigned") + " integer of " + bytes
                + " bytes");
    }

    @Override
    public String toString() {
        return numpyName;
    }
}
