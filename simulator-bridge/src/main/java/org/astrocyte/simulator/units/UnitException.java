package org.astrocyte.simulator.units;

/** A quantity with a missing, unknown or wrong unit; the message says what was expected. */
public class UnitException extends IllegalArgumentException {

    public UnitException(String message) {
        super(message);
    }
}
