package org.astrocyte.simulator.nir;

import java.util.Objects;

/**
 * A scalar string dataset of a NIR file, e.g. a metadata entry or a convolution's {@code padding = "same"}. Written
 * back as a fixed-length UTF-8 string (see {@link NirWriter} for why not variable-length).
 *
 * @param value the string, not null
 */
public record NirText(String value) implements NirValue {

    /** Checks that the value is not null. */
    public NirText {
        Objects.requireNonNull(value, "value");
    }
}
