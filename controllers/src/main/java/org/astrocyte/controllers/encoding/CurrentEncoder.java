package org.astrocyte.controllers.encoding;

/**
 * Current coding: each sensor neuron receives a constant current proportional to its value, scaled so that the
 * value {@code onset} gives exactly the neuron's rheobase; below it the neuron stays silent, above it it fires
 * faster the stronger the value (the leaky integrate-and-fire f–I curve). Currents in pA.
 */
public final class CurrentEncoder implements SensorEncoder {

    private final String population;
    private final int size;
    private final double rheobasePa;
    private final double onset;
    private final double[] currents;

    /**
     * @param population the sensor population driven
     * @param size       its number of neurons, one per value
     * @param rheobasePa the current at which its neurons start to fire, pA (positive)
     * @param onset      the value that gives the rheobase, in (0, 1]
     */
    public CurrentEncoder(String population, int size, double rheobasePa, double onset) {
        if (size < 1) {
            throw new IllegalArgumentException("a current encoder needs at least one neuron, got " + size);
        }
        if (!(rheobasePa > 0) || Double.isInfinite(rheobasePa)) {
            throw new IllegalArgumentException("rheobase must be a positive current, got " + rheobasePa + " pA");
        }
        if (!(onset > 0 && onset <= 1)) {
            throw new IllegalArgumentException("onset must be in (0, 1], got " + onset);
        }
        this.population = population;
        this.size = size;
        this.rheobasePa = rheobasePa;
        this.onset = onset;
        this.currents = new double[size];
    }

    /** Current coding with the given onset value, for any circuit. */
    public static SensorCoding coding(double onset) {
        return (population, size, neuron) -> new CurrentEncoder(population, size, ReflexNeurons.rheobasePa(neuron),
                onset);
    }

    @Override
    public void encode(double[] values, TickedNetwork network) {
        SensorEncoder.requireUnitValues(values, size, population);
        for (int i = 0; i < size; i++) {
            currents[i] = rheobasePa * values[i] / onset;
        }
        network.setCurrents(population, currents);
    }

    /** The current a value gives, pA. */
    public double currentPa(double value) {
        return rheobasePa * value / onset;
    }
}
