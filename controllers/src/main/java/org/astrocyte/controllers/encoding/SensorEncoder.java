package org.astrocyte.controllers.encoding;

import org.astrocyte.simulator.spec.NetworkSpec;

/**
 * Turns sensor values into input to a population of a {@link TickedNetwork} for its next control tick: one value
 * per sensor, each between 0 (nothing sensed) and 1 (as strong as it gets). An encoder is bound to its population
 * when it is built and may keep state between ticks; one encoder, one population, one network.
 *
 * <p>Implementations: {@link CurrentEncoder} (current coding), {@link RateEncoder} (Poisson rate coding),
 * {@link LatencyEncoder} (time-to-first-spike coding), {@link DeltaEncoder} (ON/OFF event coding).
 */
public interface SensorEncoder {

    /** Sets the input of the next tick from {@code values} (each in [0, 1], one per sensor). */
    void encode(double[] values, TickedNetwork network);

    /**
     * Adds to a network under construction whatever this code needs beside the population it drives (for example
     * the Poisson sources of rate coding); nothing by default. The population itself is the circuit's.
     */
    default NetworkSpec.Builder wire(NetworkSpec.Builder builder) {
        return builder;
    }

    /**
     * Checks that {@code values} holds {@code size} numbers in [0, 1].
     *
     * @throws IllegalArgumentException naming the first bad value
     */
    static void requireUnitValues(double[] values, int size, String population) {
        if (values == null || values.length != size) {
            throw new IllegalArgumentException("the encoder of '" + population + "' takes " + size
                    + " values, got " + (values == null ? "none" : values.length));
        }
        for (int i = 0; i < size; i++) {
            if (!(values[i] >= 0 && values[i] <= 1)) {
                throw new IllegalArgumentException("sensor value " + i + " for '" + population
                        + "' must be in [0, 1], got " + values[i]);
            }
        }
    }
}
