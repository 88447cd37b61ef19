package org.astrocyte.simulator.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Arrays of engine state written to and read from a checkpoint, each preceded by its length. */
final class StateArrays {

    private StateArrays() {
    }

    static void write(DataOutput out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    static void write(DataOutput out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    /** Reads into {@code values}, which must have the saved length. */
    static void read(DataInput in, double[] values, String what) throws IOException {
        requireLength(in.readInt(), values.length, what);
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readDouble();
        }
    }

    static void read(DataInput in, int[] values, String what) throws IOException {
        requireLength(in.readInt(), values.length, what);
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
    }

    private static void requireLength(int saved, int expected, String what) throws IOException {
        if (saved != expected) {
            throw new IOException("checkpoint holds " + saved + " values of " + what + " where the network has "
                    + expected);
        }
    }
}
