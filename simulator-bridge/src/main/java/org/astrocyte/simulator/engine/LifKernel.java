package org.astrocyte.simulator.engine;

import org.astrocyte.simulator.spec.LifParameters;

/**
 * The current-based LIF model with exponential synapses ({@link LifParameters}) integrated exactly with
 * {@link LifPropagators}. Per neuron and step: a refractory neuron is held at the reset potential and counts down;
 * otherwise V is propagated from the start-of-step currents and, if it reaches threshold, the neuron spikes, is
 * reset and becomes refractory. The synaptic currents decay in every case.
 */
final class LifKernel implements NeuronKernel {

    private final int start;
    private final int end;
    private final double restMv;
    private final double resetMv;
    private final double thresholdMv;
    private final LifPropagators propagators;

    LifKernel(int start, int size, LifParameters parameters, double dtMs) {
        this.start = start;
        this.end = start + size;
        this.restMv = parameters.restMv();
        this.resetMv = parameters.resetMv();
        this.thresholdMv = parameters.thresholdMv();
        this.propagators = LifPropagators.of(parameters, dtMs);
    }

    /** Puts every neuron at rest with no current. */
    void initialise(NeuronState state) {
        for (int n = start; n < end; n++) {
            state.membraneMv[n] = restMv;
        }
    }

    @Override
    public void advance(NeuronState state, SpikeBuffer spikes) {
        double[] v = state.membraneMv;
        double[] exc = state.excitatoryPa;
        double[] inh = state.inhibitoryPa;
        double[] ext = state.externalPa;
        int[] refractory = state.refractoryLeft;
        double membraneDecay = propagators.membraneDecay();
        double externalGain = propagators.externalGain();
        double excitatoryGain = propagators.excitatoryGain();
        double inhibitoryGain = propagators.inhibitoryGain();
        double excitatoryDecay = propagators.excitatoryDecay();
        double inhibitoryDecay = propagators.inhibitoryDecay();
        int refractorySteps = propagators.refractorySteps();
        for (int n = start; n < end; n++) {
            double iExc = exc[n];
            double iInh = inh[n];
            if (refractory[n] > 0) {
                v[n] = resetMv;
                refractory[n]--;
            } else {
                double next = restMv + (v[n] - restMv) * membraneDecay + ext[n] * externalGain
                        + iExc * excitatoryGain + iInh * inhibitoryGain;
                if (next >= thresholdMv) {
                    next = resetMv;
                    refractory[n] = refractorySteps;
                    spikes.add(n);
                }
                v[n] = next;
            }
            exc[n] = iExc * excitatoryDecay;
            inh[n] = iInh * inhibitoryDecay;
        }
    }
}
