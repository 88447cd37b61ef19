package org.astrocyte.simulator.nir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NirArrayTest {

    @Test
    void should_be_equal_by_type_shape_and_content() {
        // given
        NirArray a = NirArray.of(NirDataType.FLOAT32, new int[] {2, 2}, 1, 2, 3, 4);
        NirArray b = NirArray.float32(1, 2, 3, 4).reshape(2, 2);
        // then
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, NirArray.float32(1, 2, 3, 4));
        assertNotEquals(a, NirArray.of(NirDataType.FLOAT64, new int[] {2, 2}, 1, 2, 3, 4));
    }

    @Test
    void should_give_row_major_doubles_and_keep_float32_rounding() {
        // given
        NirArray array = NirArray.of(NirDataType.FLOAT32, new int[] {2, 1}, 0.1, 2);
        // then
        assertArrayEquals(new double[] {0.1f, 2}, array.toDoubleArray());
        assertArrayEquals(new int[] {2, 1}, array.shape());
        assertEquals(2, array.rank());
    }

    @Test
    void should_hold_a_scalar_as_a_zero_dimensional_array() {
        // when
        NirArray scalar = NirArray.scalar(0.0025);
        // then
        assertEquals(0, scalar.rank());
        assertEquals(1, scalar.size());
        assertEquals(0.0025, scalar.doubleAt(0));
    }

    @Test
    void should_keep_unsigned_values_above_the_signed_range() {
        // when
        NirArray bytes = NirArray.of(NirDataType.UINT8, new int[] {2}, 255, 0);
        NirArray longs = NirArray.of(NirDataType.UINT64, new int[] {1}, 0x1p63);
        // then
        assertArrayEquals(new double[] {255, 0}, bytes.toDoubleArray());
        assertEquals(0x1p63, longs.doubleAt(0));
        assertArrayEquals(new long[] {Long.MIN_VALUE}, longs.toLongArray());
    }

    @Test
    void should_reject_values_outside_an_integer_type_and_shapes_of_another_size() {
        assertThrows(IllegalArgumentException.class, () -> NirArray.of(NirDataType.INT8, new int[] {1}, 128));
        assertThrows(IllegalArgumentException.class, () -> NirArray.of(NirDataType.UINT16, new int[] {1}, -1));
        assertThrows(IllegalArgumentException.class, () -> NirArray.of(NirDataType.INT64, new int[] {1}, 0.5));
        assertThrows(IllegalArgumentException.class, () -> NirArray.float64(1, 2, 3).reshape(2, 2));
        assertThrows(IllegalStateException.class, () -> NirArray.float64(1).toLongArray());
    }
}
