package org.astrocyte.memory.sdr;

import java.io.ByteArrayOutputStream;

/**
 * The compact binary form of an {@link Sdr}: a format byte, the size and the active count as unsigned LEB128
 * varints, then the gaps between successive active bits as varints. A 2048-bit code with 40 active bits takes
 * about 45 bytes, against 256 for a bitmap and 160 for plain ints.
 */
public final class SdrBinary {

    /** The format byte; a later format gets a new one. */
    public static final byte FORMAT = 1;

    private SdrBinary() {
    }

    /** The bytes of {@code code}. */
    public static byte[] write(Sdr code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 + code.activeCount() * 2);
        out.write(FORMAT);
        writeVarint(out, code.size());
        int[] active = code.active();
        writeVarint(out, active.length);
        int previous = -1;
        for (int bit : active) {
            writeVarint(out, bit - previous - 1);
            previous = bit;
        }
        return out.toByteArray();
    }

    /**
     * The code in {@code bytes}.
     *
     * @throws IllegalArgumentException if the bytes are not a code of this format: another format byte, a
     *                                  truncated varint, bits past the size, or bytes left over
     */
    public static Sdr read(byte[] bytes) {
        int[] position = {0};
        if (bytes.length == 0 || bytes[0] != FORMAT) {
            throw new IllegalArgumentException("not an SDR of binary format " + FORMAT
                    + (bytes.length == 0 ? ": no bytes" : ": format byte " + bytes[0]));
        }
        position[0] = 1;
        int size = readVarint(bytes, position);
        int count = readVarint(bytes, position);
        if (count > size) {
            throw new IllegalArgumentException("SDR bytes claim " + count + " active bits of " + size);
        }
        int[] active = new int[count];
        int bit = -1;
        for (int k = 0; k < count; k++) {
            bit += readVarint(bytes, position) + 1;
            if (bit >= size || bit < 0) {
                throw new IllegalArgumentException("SDR bytes name bit " + bit + " of a " + size + "-bit code");
            }
            active[k] = bit;
        }
        if (position[0] != bytes.length) {
            throw new IllegalArgumentException((bytes.length - position[0]) + " bytes left after the SDR");
        }
        return Sdr.of(size, active);
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int readVarint(byte[] bytes, int[] position) {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (position[0] >= bytes.length) {
                throw new IllegalArgumentException("SDR bytes end inside a number");
            }
            byte b = bytes[position[0]++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    throw new IllegalArgumentException("SDR bytes hold a number out of range");
                }
                return value;
            }
        }
        throw new IllegalArgumentException("SDR bytes hold a number longer than 5 bytes");
    }
}
