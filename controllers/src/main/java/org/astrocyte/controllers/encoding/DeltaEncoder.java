package org.astrocyte.controllers.encoding;

import org.astrocyte.simulator.spec.CubaLif;

/**
 * Event (delta) coding, like a pixel of a dynamic vision sensor: each sensor has an ON and an OFF neuron that fire
 * only when its value has risen (ON) or fallen (OFF) by at least {@code threshold} since the sensor's last event; a
 * steady value, however strong, gives no spikes.
 *
 * <p>Each sensor keeps a reference level, set to its first value. In a tick where the value is at least one
 * threshold above the reference, the ON neuron gets a one-step pulse at the start of the tick (one spike) and the
 * reference rises by one threshold; below, the OFF neuron likewise and the reference falls. At most one event per
 * sensor and tick, so a jump of k thresholds is told as k events on successive ticks (as a DVS pixel's refractory
 * period spreads them), and the count of ON minus OFF events tracks the change of the value; for a slow change the
 * event rate is |dv/dt| / threshold. The populations' neurons must be refractory for less than a tick.
 *
 * <p>Reference: Lichtsteiner, Posch and Delbruck 2008, "A 128×128 120 dB 15 µs latency asynchronous temporal
 * contrast vision sensor", IEEE J. Solid-State Circuits 43:566-576.
 */
public final class DeltaEncoder implements SensorEncoder {

    private final String onPopulation;
    private final String offPopulation;
    private final int size;
    private final CubaLif neuron;
    private final double threshold;
    /** The threshold less a rounding slack, so that a change of exactly k thresholds gives k events. */
    private final double trigger;
    private final double[] reference;
    private boolean started;

    /**
     * @param onPopulation  the ON neurons, one per sensor
     * @param offPopulation the OFF neurons, one per sensor
     * @param size          the number of sensors
     * @param neuron        the neuron model of both populations
     * @param threshold     the change that makes an event, in (0, 1]
     */
    public DeltaEncoder(String onPopulation, String offPopulation, int size, CubaLif neuron, double threshold) {
        if (size < 1) {
            throw new IllegalArgumentException("a delta encoder needs at least one sensor, got " + size);
        }
        if (neuron == null) {
            throw new IllegalArgumentException("a delta encoder needs the populations' neuron model");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the event threshold must be in (0, 1], got " + threshold);
        }
        this.onPopulation = onPopulation;
        this.offPopulation = offPopulation;
        this.size = size;
        this.neuron = neuron;
        this.threshold = threshold;
        this.trigger = threshold * (1 - 1e-9);
        this.reference = new double[size];
    }

    @Override
    public void encode(double[] values, TickedNetwork network) {
        SensorEncoder.requireUnitValues(values, size, onPopulation);
        if (!started) {
            System.arraycopy(values, 0, reference, 0, size);
            started = true;
            return;
        }
        if (Math.round(neuron.refractoryMs() / network.dtMs()) >= network.stepsPerTick()) {
            throw new IllegalStateException("event coding into '" + onPopulation + "' needs neurons refractory for "
                    + "less than a tick (" + network.tickMs() + " ms), got " + neuron.refractoryMs() + " ms");
        }
        double pulsePa = ReflexNeurons.oneStepPulsePa(neuron, network.dtMs());
        for (int i = 0; i < size; i++) {
            if (values[i] - reference[i] >= trigger) {
                network.pulse(onPopulation, i, pulsePa, 0);
                reference[i] += threshold;
            } else if (reference[i] - values[i] >= trigger) {
                network.pulse(offPopulation, i, pulsePa, 0);
                reference[i] -= threshold;
            }
        }
    }
}
