package org.astrocyte.controllers.encoding;

import org.astrocyte.simulator.spec.CubaLif;

/**
 * Time-to-first-spike coding: in every control tick each sensor neuron whose value is above 0 fires exactly once,
 * the earlier in the tick the stronger its value; a value of 0 leaves it silent.
 *
 * <p>Scheme: the tick has S simulation steps and the neuron is refractory for R steps after a spike, so that its
 * spike may fall in the first W = S − R steps and it is free again when the next tick starts. A value v in (0, 1]
 * puts a one-step current pulse at step {@code round((1 − v)·(W − 1))}: v = 1 at step 0, values near 0 at the last
 * usable step. The pulse ({@link ReflexNeurons#oneStepPulsePa}) is strong enough to take the neuron from rest
 * across the threshold within its step, so the spike lands at the end of that step: latency (step + 1)·dt. With
 * 1 ms ticks of 0.1 ms steps and {@link ReflexNeurons#SENSOR} (0.2 ms refractory) there are 8 latency levels,
 * 0.1 to 0.8 ms. The population should receive no other input, or the latency will shift.
 *
 * <p>Reference: Thorpe, Delorme and Van Rullen 2001, "Spike-based strategies for rapid processing", Neural Networks
 * 14:715-725 (rank and latency codes).
 */
public final class LatencyEncoder implements SensorEncoder {

    private final String population;
    private final int size;
    private final CubaLif neuron;

    /**
     * @param population the sensor population driven, of {@code neuron}s with less than one tick of refractory
     * @param size       its number of neurons, one per value
     * @param neuron     the population's neuron model
     */
    public LatencyEncoder(String population, int size, CubaLif neuron) {
        if (size < 1) {
            throw new IllegalArgumentException("a latency encoder needs at least one neuron, got " + size);
        }
        if (neuron == null) {
            throw new IllegalArgumentException("a latency encoder needs the population's neuron model");
        }
        this.population = population;
        this.size = size;
        this.neuron = neuron;
    }

    /** Latency coding, for any circuit whose sensor neurons are refractory for less than a tick. */
    public static SensorCoding coding() {
        return LatencyEncoder::new;
    }

    @Override
    public void encode(double[] values, TickedNetwork network) {
        SensorEncoder.requireUnitValues(values, size, population);
        int usable = usableSteps(network);
        double pulsePa = ReflexNeurons.oneStepPulsePa(neuron, network.dtMs());
        for (int i = 0; i < size; i++) {
            if (values[i] > 0) {
                network.pulse(population, i, pulsePa, step(values[i], usable));
            }
        }
    }

    /** The step of the tick at which a value's pulse starts (its spike comes at the end of that step). */
    static int step(double value, int usableSteps) {
        return (int) Math.round((1 - value) * (usableSteps - 1));
    }

    /** W = S − R, the steps at which a spike leaves the neuron free again by the next tick. */
    int usableSteps(TickedNetwork network) {
        int refractory = (int) Math.round(neuron.refractoryMs() / network.dtMs());
        int usable = network.stepsPerTick() - refractory;
        if (usable < 2) {
            throw new IllegalStateException("latency coding of '" + population + "' needs neurons refractory for "
                    + "less than the tick minus one step (" + (network.tickMs() - network.dtMs()) + " ms), got "
                    + neuron.refractoryMs() + " ms");
        }
        return usable;
    }
}
