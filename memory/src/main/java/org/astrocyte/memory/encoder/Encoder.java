package org.astrocyte.memory.encoder;

import org.astrocyte.memory.sdr.Sdr;

/**
 * Turns a value into a sparse distributed representation so that similar values share active bits; each
 * implementation documents which similarity its codes preserve.
 *
 * @param <T> the kind of value encoded
 */
public interface Encoder<T> {

    /** The code of {@code value}: always {@link #size()} bits, the same code for the same value. */
    Sdr encode(T value);

    /** Number of bits of every code this encoder makes. */
    int size();
}
