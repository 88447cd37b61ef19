package org.astrocyte.simulator.engine;

/**
 * A compiled network that advances in fixed steps of dt ms; single-threaded and not thread-safe. Every step t
 * (from t·dt to (t+1)·dt) runs in this order:
 * <ol>
 * <li>synaptic input due in step t is added to the excitatory and inhibitory currents (pA);</li>
 * <li>each population's kernel integrates its neurons exactly over the step from those currents and the external
 *     currents, decays the synaptic currents, and records the neurons that crossed threshold (spike time
 *     (t+1)·dt; they are reset and become refractory);</li>
 * <li>each Poisson source, in index order, draws whether it spiked in the step (spike time (t+1)·dt);</li>
 * <li>every spike of the step is sent along its synapses, to arrive in step t + 1 + delay;</li>
 * <li>the step counter advances.</li>
 * </ol>
 * Nothing is allocated per step.
 */
public final class SpikingEngine {

    private final double dtMs;
    private final SourceLayout layout;
    private final NeuronState state;
    private final NeuronKernel[] kernels;
    private final PoissonSources poisson;
    private final SynapseMatrix synapses;
    private final DelayRingBuffer excitatory;
    private final DelayRingBuffer inhibitory;
    private final SpikeBuffer spikes;
    private long steps;

    SpikingEngine(double dtMs, SourceLayout layout, NeuronState state, NeuronKernel[] kernels,
            PoissonSources poisson, SynapseMatrix synapses, int maxDelaySteps) {
        this.dtMs = dtMs;
        this.layout = layout;
        this.state = state;
        this.kernels = kernels;
        this.poisson = poisson;
        this.synapses = synapses;
        this.excitatory = new DelayRingBuffer(layout.neuronCount(), maxDelaySteps);
        this.inhibitory = new DelayRingBuffer(layout.neuronCount(), maxDelaySteps);
        this.spikes = new SpikeBuffer(layout.sourceCount());
    }

    /** Advances the network by one step of dt. */
    public void step() {
        excitatory.drainInto(state.excitatoryPa);
        inhibitory.drainInto(state.inhibitoryPa);
        spikes.clear();
        for (NeuronKernel kernel : kernels) {
            kernel.advance(state, spikes);
        }
        poisson.draw(spikes, layout.neuronCount());
        for (int i = 0; i < spikes.size(); i++) {
            synapses.deliver(spikes.get(i), excitatory, inhibitory);
        }
        excitatory.advance();
        inhibitory.advance();
        steps++;
    }

    /** The sources that spiked in the last step; overwritten by the next one. */
    public SpikeBuffer lastSpikes() {
        return spikes;
    }

    /** Steps taken since the engine was built. */
    public long steps() {
        return steps;
    }

    /** The time step (ms). */
    public double dtMs() {
        return dtMs;
    }

    public SourceLayout layout() {
        return layout;
    }

    /** Number of synapses. */
    public long synapseCount() {
        return synapses.size();
    }

    /** Membrane potential of global neuron {@code neuron} (mV). */
    public double membraneMv(int neuron) {
        return state.membraneMv[neuron];
    }

    /** Sets the constant external current into global neuron {@code neuron} (pA). */
    public void setExternalCurrent(int neuron, double pA) {
        state.externalPa[neuron] = pA;
    }

    /** Sets the rate of global source {@code source}, which must be a Poisson source (spikes/s). */
    public void setRate(int source, double hz) {
        poisson.setRate(source - layout.neuronCount(), hz);
    }
}
