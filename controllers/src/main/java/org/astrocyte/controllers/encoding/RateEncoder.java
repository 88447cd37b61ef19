package org.astrocyte.controllers.encoding;

import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.NetworkSpec;

/**
 * Poisson rate coding: each sensor value sets the rate of one Poisson source, from 0 Hz at 0 to {@code maxHz} at 1,
 * and each source drives its sensor neuron one to one with a weight at which one input spike makes it fire. The
 * sources ({@code <population>-input}) are added to the network by {@link #wire}. Spike timing is random, so the
 * sensor spikes are irregular: a noisier but more robust code than {@link CurrentEncoder}.
 */
public final class RateEncoder implements SensorEncoder {

    /** Delay of the synapses from the Poisson sources to the sensor neurons, ms. */
    static final double DELAY_MS = 1.0;

    private final String population;
    private final String input;
    private final int size;
    private final double maxHz;
    private final double weightPa;

    /**
     * @param population the sensor population driven
     * @param size       its number of neurons, one per value
     * @param maxHz      the rate a value of 1 gives, Hz (positive)
     * @param weightPa   the weight of each input synapse, pA (positive: one spike should make the neuron fire)
     */
    public RateEncoder(String population, int size, double maxHz, double weightPa) {
        if (size < 1) {
            throw new IllegalArgumentException("a rate encoder needs at least one neuron, got " + size);
        }
        if (!(maxHz > 0) || Double.isInfinite(maxHz)) {
            throw new IllegalArgumentException("maxHz must be a positive rate, got " + maxHz);
        }
        if (!(weightPa > 0) || Double.isInfinite(weightPa)) {
            throw new IllegalArgumentException("the input weight must be positive, got " + weightPa + " pA");
        }
        this.population = population;
        this.input = population + "-input";
        this.size = size;
        this.maxHz = maxHz;
        this.weightPa = weightPa;
    }

    /** Rate coding up to {@code maxHz}, with the reflex neurons' relay weight, for any circuit. */
    public static SensorCoding coding(double maxHz) {
        return (population, size, neuron) -> new RateEncoder(population, size, maxHz, ReflexNeurons.RELAY_PA);
    }

    /** The name of the Poisson input this encoder adds. */
    public String input() {
        return input;
    }

    @Override
    public NetworkSpec.Builder wire(NetworkSpec.Builder builder) {
        return builder.poisson(input, size, 0.0)
                .projection(input, population, Connectivity.oneToOne(), weightPa, DELAY_MS);
    }

    @Override
    public void encode(double[] values, TickedNetwork network) {
        SensorEncoder.requireUnitValues(values, size, population);
        for (int i = 0; i < size; i++) {
            network.setRate(input, i, values[i] * maxHz);
        }
    }
}
