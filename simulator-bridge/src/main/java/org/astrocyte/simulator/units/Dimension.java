package org.astrocyte.simulator.units;

/** A physical dimension of the quantities in a network description, with the unit the simulator works in. */
public enum Dimension {
    TIME("a time", "ms"),
    VOLTAGE("a voltage", "mV"),
    CURRENT("a current", "pA"),
    CONDUCTANCE("a conductance", "nS"),
    CAPACITANCE("a capacitance", "pF"),
    RESISTANCE("a resistance", "MΩ"),
    RATE("a rate", "Hz"),
    DIMENSIONLESS("a plain number", "1");

    private final String description;
    private final String workingUnit;

    Dimension(String description, String workingUnit) {
        this.description = description;
        this.workingUnit = workingUnit;
    }

    /** "a time", for messages. */
    public String description() {
        return description;
    }

    /** The symbol of the unit the simulator uses internally for this dimension, e.g. "ms". */
    public String workingUnit() {
        return workingUnit;
    }
}
