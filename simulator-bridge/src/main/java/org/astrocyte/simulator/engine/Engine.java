package org.astrocyte.simulator.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A compiled network that advances in fixed steps of dt ms. Every step t (from t·dt to (t+1)·dt) runs in this order:
 * <ol>
 * <li>each population's neurons take the synaptic input due in step t and integrate over the step from the
 *     start-of-step state; those that cross threshold spike at (t+1)·dt, are reset and become refractory;</li>
 * <li>Poisson sources (in index order) and spike-train sources add their spikes of the step;</li>
 * <li>plastic projections, in projection order, decay their traces, send the spikes of their sources with the
 *     weights they find, and then update their weights for the step's source and target spikes;</li>
 * <li>every spike of the step is sent along the static synapses, to arrive in step t + 1 + delay;</li>
 * <li>the step counter advances.</li>
 * </ol>
 * Driven by one caller; not thread-safe. Implementations: {@link SpikingEngine} (optimised) and
 * {@link ReferenceEngine} (plain, for checking).
 */
public interface Engine extends AutoCloseable {

    /** Advances the network by one step of dt. */
    void step();

    /** The sources that spiked in the last step, neurons by index then inputs; overwritten by the next step. */
    SpikeBuffer lastSpikes();

    /** Steps taken since the engine was built. */
    long steps();

    /** The time step (ms). */
    double dtMs();

    /** Names and index ranges of the populations and inputs. */
    SourceLayout layout();

    /** Number of synapses. */
    long synapseCount();

    /** Synaptic events (spikes times outgoing synapses) delivered since the engine was built. */
    long synapticEvents();

    /** State variable {@code variable} of neuron {@code neuron} of population {@code group}. */
    double state(SourceGroup group, String variable, int neuron);

    /** Sets the constant external current into global neuron {@code neuron} (pA). */
    void setExternalCurrent(int neuron, double pA);

    /** Sets the rate of the {@code index}-th Poisson source of the network (spikes/s). */
    void setRate(int index, double hz);

    /** The current weights of projection {@code projection} (its index in the spec), which must be plastic. */
    ProjectionWeights weights(int projection);

    /**
     * Adds {@code amount} to the reward level of every reward-modulated projection listening to {@code channel};
     * it takes effect from the next step.
     *
     * @throws IllegalArgumentException if no projection listens to {@code channel}
     */
    void reward(String channel, double amount);

    /**
     * A hash of the compiled network (spec as compiled, drawn synapses, initial values, seeds): equal for two
     * engines built from the same spec and seed, on any thread count.
     */
    long fingerprint();

    /**
     * Writes the whole dynamic state between two steps (neurons, delayed input, Poisson stream, external currents,
     * plastic weights and traces, step count), so that {@link #loadState} on an engine with the same
     * {@link #fingerprint()} continues exactly as this one would.
     *
     * @throws UnsupportedOperationException if this engine cannot save its state
     */
    void saveState(DataOutput out) throws IOException;

    /** Reads what {@link #saveState} wrote, replacing this engine's state. */
    void loadState(DataInput in) throws IOException;

    /** Stops any worker threads; the engine cannot step afterwards. */
    @Override
    void close();
}
