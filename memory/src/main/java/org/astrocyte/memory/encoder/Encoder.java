package org.astrocyte.memory.encoder;

import org.astrocyte.memory.sdr.Sdr;

/** Turns a value into a sparse distributed representation so that similar values share active bits. */
public interface Encoder<T> {

    /** The code of {@code value}. */
    Sdr encode(T value);

    /** Number of bits of every code this encoder makes. */
    int size();
}
