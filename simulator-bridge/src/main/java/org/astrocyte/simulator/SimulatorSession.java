package org.astrocyte.simulator;

import java.util.Objects;
import org.astrocyte.simulator.engine.NetworkCompiler;
import org.astrocyte.simulator.engine.SourceGroup;
import org.astrocyte.simulator.engine.SourceLayout;
import org.astrocyte.simulator.engine.SpikeBuffer;
import org.astrocyte.simulator.engine.SpikingEngine;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.SimulatorLimits;
import org.astrocyte.simulator.spec.StepCount;

/**
 * A running instance of a {@link NetworkSpec}: what controllers and tools use to drive a spiking network, typically
 * with one short {@link #run(double)} per control tick. The session owns simulated time and the seeded randomness,
 * so the same spec, seed and calls always give the same spikes. Not thread-safe: one caller drives it.
 *
 * <p>Times in ms, currents in pA, rates in spikes/s, potentials in mV. Unknown names and out-of-range indices give
 * an {@link IllegalArgumentException} naming the bad value and what is valid.
 */
public final class SimulatorSession {

    private final SpikingEngine engine;
    private final SourceLayout layout;
    private final SimulatorLimits limits;
    private final double dtMs;
    private final MonitorRouter monitors;
    private long totalSpikes;

    private SimulatorSession(SpikingEngine engine, SimulatorLimits limits) {
        this.engine = engine;
        this.layout = engine.layout();
        this.limits = limits;
        this.dtMs = engine.dtMs();
        this.monitors = new MonitorRouter(layout);
    }

    /** Opens {@code spec} with {@link SimulatorLimits#defaults()}. */
    public static SimulatorSession open(NetworkSpec spec, long seed) {
        return open(spec, seed, SimulatorLimits.defaults());
    }

    /**
     * Checks {@code spec} against {@code limits} (before allocating anything large) and compiles it.
     *
     * @throws InvalidNetworkException if the network is larger than the limits allow
     */
    public static SimulatorSession open(NetworkSpec spec, long seed, SimulatorLimits limits) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(limits, "limits");
        return new SimulatorSession(NetworkCompiler.compile(spec, seed, limits), limits);
    }

    /** Sets a constant external current into one neuron (pA); it stays until changed. */
    public void setCurrent(String population, int neuron, double pA) {
        int index = SourceLayout.element(layout.population(population), neuron);
        if (!Double.isFinite(pA)) {
            throw new IllegalArgumentException("current into " + population + "[" + neuron
                    + "] must be finite, got " + pA + " pA");
        }
        engine.setExternalCurrent(index, pA);
    }

    /** Sets the rate of one Poisson source (spikes/s, finite and not negative), from the next step on. */
    public void setRate(String poissonInput, int index, double hz) {
        int source = SourceLayout.element(layout.poissonInput(poissonInput), index);
        if (!Double.isFinite(hz) || hz < 0) {
            throw new IllegalArgumentException("rate of " + poissonInput + "[" + index
                    + "] must be finite and not negative, got " + hz + " Hz");
        }
        engine.setRate(source, hz);
    }

    /**
     * Advances the network by {@code durationMs}, which must be a whole number of steps, at least one, and at most
     * the session's {@link SimulatorLimits#maxRunMs()}.
     */
    public RunResult run(double durationMs) {
        long steps = stepsOf(durationMs);
        double startMs = timeMs();
        int[] counts = new int[layout.sourceCount()];
        int neurons = layout.neuronCount();
        long neuronSpikes = 0;
        for (long k = 0; k < steps; k++) {
            engine.step();
            SpikeBuffer spikes = engine.lastSpikes();
            for (int i = 0; i < spikes.size(); i++) {
                int source = spikes.get(i);
                counts[source]++;
                if (source < neurons) {
                    neuronSpikes++;
                }
            }
            monitors.record(spikes, engine.steps());
        }
        totalSpikes += neuronSpikes;
        return new RunResult(layout, counts, neuronSpikes, startMs, timeMs());
    }

    /** Simulated time since the session opened (ms). */
    public double timeMs() {
        return engine.steps() * dtMs;
    }

    /** The time step (ms). */
    public double dtMs() {
        return dtMs;
    }

    /** Spikes of all neurons in populations since the session opened (Poisson input spikes not included). */
    public long totalSpikes() {
        return totalSpikes;
    }

    /** Number of synapses the network was compiled into (fixed-probability projections as drawn). */
    public long synapseCount() {
        return engine.synapseCount();
    }

    /** Membrane potential of one neuron now (mV). */
    public double membraneMv(String population, int neuron) {
        return engine.membraneMv(SourceLayout.element(layout.population(population), neuron));
    }

    /** A monitor that records every later spike of the population or Poisson input called {@code name}. */
    public SpikeMonitor monitor(String name) {
        SourceGroup group = layout.source(name);
        SpikeMonitor monitor = new SpikeMonitor(name, dtMs);
        monitors.add(group, monitor);
        return monitor;
    }

    private long stepsOf(double durationMs) {
        if (!Double.isFinite(durationMs) || durationMs <= 0) {
            throw new IllegalArgumentException("durationMs must be positive and finite, got " + durationMs);
        }
        if (durationMs > limits.maxRunMs()) {
            throw new IllegalArgumentException("durationMs " + durationMs + " is above the limit of "
                    + limits.maxRunMs() + " ms per run");
        }
        long steps = StepCount.wholeSteps(durationMs, dtMs);
        if (steps == 0 || (steps < 0 && durationMs < dtMs)) {
            throw new IllegalArgumentException("durationMs " + durationMs + " is shorter than one step (dt " + dtMs
                    + " ms)");
        }
        if (steps < 0) {
            throw new IllegalArgumentException("durationMs " + durationMs + " is not a whole number of dt steps (dt "
                    + dtMs + " ms)");
        }
        return steps;
    }
}
