package org.astrocyte.controllers.encoding;

import org.astrocyte.simulator.spec.CubaLif;

/**
 * A way of coding sensor values into spikes, independent of any one circuit: it builds the {@link SensorEncoder}
 * for a circuit's sensor population. Circuits take one in their constructor so that the code can be swapped
 * (for example {@code CurrentEncoder.coding(0.1)} or {@code RateEncoder.coding(500)}). Not every code suits every
 * circuit: {@link LatencyEncoder#coding()} carries the value in spike timing, which circuits that decode rates do not
 * read.
 */
@FunctionalInterface
public interface SensorCoding {

    /** An encoder driving {@code population}, {@code size} neurons of model {@code neuron}. */
    SensorEncoder encoder(String population, int size, CubaLif neuron);
}
