package org.astrocyte.controllers.encoding;

import org.astrocyte.simulator.spec.CubaLif;

/**
 * The fast leaky integrate-and-fire neurons the reflex circuits are built of, and the currents and weights that
 * drive them. A control tick is short (1 ms), so the membrane (τm 5 ms) and the synapses (2 ms excitatory, 5 ms
 * inhibitory) are fast too. Currents in pA, times in ms.
 */
public final class ReflexNeurons {

    /** Relay and motor neuron: 250 pF, τm 5 ms, rest and reset −65 mV, threshold −50 mV, 1 ms refractory. */
    public static final CubaLif RELAY = new CubaLif(250, 5, -65, -65, -50, 1, 2, 5);
    /**
     * Sensor neuron: as {@link #RELAY} but refractory for 0.2 ms only, so that it can answer a one-step pulse in
     * every tick (latency and event coding).
     */
    public static final CubaLif SENSOR = new CubaLif(250, 5, -65, -65, -50, 0.2, 2, 5);
    /** A weight with which one presynaptic spike makes a resting {@link #RELAY} or {@link #SENSOR} fire, pA. */
    public static final double RELAY_PA = 4000;

    private ReflexNeurons() {
    }

    /** The constant current at which {@code neuron} starts to fire, C·(V_th − E_rest)/τm, pA. */
    public static double rheobasePa(CubaLif neuron) {
        return neuron.capacitancePf() * (neuron.thresholdMv() - neuron.restMv()) / neuron.tauMembraneMs();
    }

    /**
     * A current that, held for one step of {@code dtMs}, takes {@code neuron} from rest (or from its reset, if
     * lower) across the threshold within that step, with a safety factor of 2, pA. Exact integration over the
     * step gives V = E + R·I·(1 − e^{−dt/τm}).
     */
    public static double oneStepPulsePa(CubaLif neuron, double dtMs) {
        double gainMvPerPa = neuron.resistanceGOhm() * -Math.expm1(-dtMs / neuron.tauMembraneMs());
        double gapMv = neuron.thresholdMv() - Math.min(neuron.restMv(), neuron.resetMv());
        return 2 * gapMv / gainMvPerPa;
    }
}
