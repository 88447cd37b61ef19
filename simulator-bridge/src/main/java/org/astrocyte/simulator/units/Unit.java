package org.astrocyte.simulator.units;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The units a network description may use, each with its dimension and its factor to the simulator's working unit
 * of that dimension (ms, mV, pA, nS, pF, MΩ, Hz).
 */
public enum Unit {
    SECOND("s", Dimension.TIME, 1e3),
    MILLISECOND("ms", Dimension.TIME, 1.0),
    MICROSECOND("us", Dimension.TIME, 1e-3),
    VOLT("V", Dimension.VOLTAGE, 1e3),
    MILLIVOLT("mV", Dimension.VOLTAGE, 1.0),
    NANOAMPERE("nA", Dimension.CURRENT, 1e3),
    PICOAMPERE("pA", Dimension.CURRENT, 1.0),
    MICROSIEMENS("uS", Dimension.CONDUCTANCE, 1e3),
    NANOSIEMENS("nS", Dimension.CONDUCTANCE, 1.0),
    NANOFARAD("nF", Dimension.CAPACITANCE, 1e3),
    PICOFARAD("pF", Dimension.CAPACITANCE, 1.0),
    GIGAOHM("GΩ", Dimension.RESISTANCE, 1e3),
    MEGAOHM("MΩ", Dimension.RESISTANCE, 1.0),
    KILOOHM("kΩ", Dimension.RESISTANCE, 1e-3),
    OHM("Ω", Dimension.RESISTANCE, 1e-6),
    KILOHERTZ("kHz", Dimension.RATE, 1e3),
    HERTZ("Hz", Dimension.RATE, 1.0),
    ONE("1", Dimension.DIMENSIONLESS, 1.0);

    private final String symbol;
    private final Dimension dimension;
    private final double toWorking;

    Unit(String symbol, Dimension dimension, double toWorking) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.toWorking = toWorking;
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** {@code value} in this unit, expressed in the working unit of its dimension. */
    public double toWorking(double value) {
        return value * toWorking;
    }

    /**
     * The unit written {@code symbol} (case-sensitive, as mV and MV differ). Also accepted: "µs" for us, "µS" for
     * uS, "Ohm" for Ω (so "MOhm", "kOhm", ...), and the ohm sign U+2126 for the Greek capital omega.
     */
    public static Optional<Unit> ofSymbol(String symbol) {
        String s = symbol.equals("µs") ? "us" : symbol.equals("µS") ? "uS"
                : symbol.replace("Ohm", "Ω").replace('\u2126', 'Ω');
        return Arrays.stream(values()).filter(u -> u.symbol.equals(s)).findFirst();
    }

    /** All symbols, for messages. */
    public static String symbols() {
        return Arrays.stream(values()).filter(u -> u != ONE).map(Unit::symbol).collect(Collectors.joining(", "));
    }
}
