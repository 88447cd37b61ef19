package org.astrocyte.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.astrocyte.simulator.engine.Engine;
import org.astrocyte.simulator.engine.NetworkCompiler;
import org.astrocyte.simulator.engine.ProjectionWeights;
import org.astrocyte.simulator.engine.SourceGroup;
import org.astrocyte.simulator.engine.SourceLayout;
import org.astrocyte.simulator.engine.SpikeBuffer;
import org.astrocyte.simulator.monitor.MonitorCsvStream;
import org.astrocyte.simulator.monitor.RateMonitor;
import org.astrocyte.simulator.monitor.SpikeCsvStream;
import org.astrocyte.simulator.monitor.SpikeMonitor;
import org.astrocyte.simulator.monitor.StateMonitor;
import org.astrocyte.simulator.monitor.StepListener;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.MonitorSpec;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.RewardStdp;
import org.astrocyte.simulator.spec.SimulatorLimits;
import org.astrocyte.simulator.spec.StepCount;

/**
 * A running instance of a {@link NetworkSpec}: what controllers, tools and the CLI use to drive a spiking network,
 * typically with one short {@link #run(double)} per control tick. The session owns simulated time and the seeded
 * randomness, so the same spec, seed and calls always give the same spikes, on any number of threads. Driven by one
 * caller; close it to stop its worker threads.
 *
 * <p>Times in ms, currents in pA, rates in spikes/s, potentials in mV. Unknown names and out-of-range indices give
 * an {@link IllegalArgumentException} naming the bad value and what is valid.
 */
public final class SimulatorSession implements AutoCloseable {

    private final NetworkSpec spec;
    private final Engine engine;
    private final SourceLayout layout;
    private final SimulatorLimits limits;
    private final double dtMs;
    private final List<StepListener> listeners = new ArrayList<>();
    private final Map<String, SpikeMonitor> spikeMonitors = new LinkedHashMap<>();
    private final Map<String, StateMonitor> stateMonitors = new LinkedHashMap<>();
    private final Map<String, RateMonitor> rateMonitors = new LinkedHashMap<>();
    private final Map<String, List<String>> stateVariables = new LinkedHashMap<>();
    private final Path streamDir;
    private final List<String> rewardChannels;
    private final List<AutoCloseable> streams = new ArrayList<>();
    private long totalSpikes;

    private SimulatorSession(NetworkSpec spec, Engine engine, SimulatorLimits limits, Path streamDir) {
        this.streamDir = streamDir;
        this.spec = spec;
        this.engine = engine;
        this.layout = engine.layout();
        this.limits = limits;
        this.dtMs = engine.dtMs();
        spec.populations().forEach(p -> stateVariables.put(p.name(), p.model().stateVariables()));
        this.rewardChannels = spec.projections().stream().map(ProjectionSpec::plasticity)
                .filter(RewardStdp.class::isInstance).map(p -> ((RewardStdp) p).channel()).distinct().toList();
        try {
            for (MonitorSpec monitor : spec.monitors()) {
                if (streamDir == null) {
                    attach(monitor);
                } else {
                    stream(monitor);
                }
            }
        } catch (IOException e) {
            closeStreams();
            throw new UncheckedIOException("cannot open monitor files in " + streamDir + ": " + e.getMessage(), e);
        }
    }

    /** Opens {@code spec} on one thread with {@link SimulatorLimits#defaults()}. */
    public static SimulatorSession open(NetworkSpec spec, long seed) {
        return builder(spec).seed(seed).open();
    }

    /** Opens {@code spec} on one thread within {@code limits}. */
    public static SimulatorSession open(NetworkSpec spec, long seed, SimulatorLimits limits) {
        return builder(spec).seed(seed).limits(limits).open();
    }

    /** Starts configuring a session for {@code spec}: seed 0, default limits, one thread, the optimised kernel. */
    public static Builder builder(NetworkSpec spec) {
        return new Builder(Objects.requireNonNull(spec, "spec"));
    }

    /** Sets a constant external current into one neuron (pA); it stays until changed. */
    public void setCurrent(String population, int neuron, double pA) {
        int index = SourceLayout.element(layout.population(population), neuron);
        requireFinite(pA, population + "[" + neuron + "]");
        engine.setExternalCurrent(index, pA);
    }

    /**
     * The input port of a population: sets the external current of each of its neurons at once (pA, one value per
     * neuron), as a controller does every tick. The currents stay until changed.
     */
    public void setCurrents(String population, double[] pA) {
        SourceGroup group = layout.population(population);
        if (pA == null || pA.length != group.size()) {
            throw new IllegalArgumentException("currents into " + group.describe() + " need " + group.size()
                    + " values, got " + (pA == null ? "none" : pA.length));
        }
        for (int i = 0; i < pA.length; i++) {
            requireFinite(pA[i], population + "[" + i + "]");
        }
        for (int i = 0; i < pA.length; i++) {
            engine.setExternalCurrent(group.global(i), pA[i]);
        }
    }

    /** Sets the rate of one Poisson source (spikes/s, finite and not negative), from the next step on. */
    public void setRate(String poissonInput, int index, double hz) {
        SourceGroup group = layout.poissonInput(poissonInput);
        int source = SourceLayout.element(group, index);
        if (!Double.isFinite(hz) || hz < 0) {
            throw new IllegalArgumentException("rate of " + poissonInput + "[" + index
                    + "] must be finite and not negative, got " + hz + " Hz");
        }
        engine.setRate(source - layout.neuronCount(), hz);
    }

    /**
     * Advances the network by {@code durationMs}, which must be a whole number of steps, at least one, and at most
     * the session's {@link SimulatorLimits#maxRunMs()}.
     */
    public RunResult run(double durationMs) {
        long steps = stepsOf(durationMs);
        double startMs = timeMs();
        long eventsBefore = engine.synapticEvents();
        int[] counts = new int[layout.sourceCount()];
        int neurons = layout.neuronCount();
        long neuronSpikes = 0;
        for (long k = 0; k < steps; k++) {
            engine.step();
            SpikeBuffer spikes = engine.lastSpikes();
            for (int i = 0, n = spikes.size(); i < n; i++) {
                int source = spikes.get(i);
                counts[source]++;
                if (source < neurons) {
                    neuronSpikes++;
                }
            }
            for (int i = 0, n = listeners.size(); i < n; i++) {
                listeners.get(i).afterStep(engine);
            }
        }
        totalSpikes += neuronSpikes;
        return new RunResult(layout, counts, neuronSpikes, engine.synapticEvents() - eventsBefore, startMs,
                timeMs());
    }

    /** Simulated time since the session opened (ms). */
    public double timeMs() {
        return engine.steps() * dtMs;
    }

    /** The time step (ms). */
    public double dtMs() {
        return dtMs;
    }

    /** Names and sizes of the populations and inputs. */
    public SourceLayout layout() {
        return layout;
    }

    /** Spikes of all neurons in populations since the session opened (input spikes not included). */
    public long totalSpikes() {
        return totalSpikes;
    }

    /** Synaptic events (spike deliveries along one synapse) since the session opened. */
    public long synapticEvents() {
        return engine.synapticEvents();
    }

    /** Number of synapses the network was compiled into (random connectivity as drawn). */
    public long synapseCount() {
        return engine.synapseCount();
    }

    /** Membrane potential of one neuron now (mV). */
    public double membraneMv(String population, int neuron) {
        return state(population, "v", neuron);
    }

    /** State variable {@code variable} of one neuron now, in the variable's unit. */
    public double state(String population, String variable, int neuron) {
        SourceGroup group = layout.population(population);
        SourceLayout.element(group, neuron);
        List<String> variables = stateVariables.get(population);
        if (!variables.contains(variable)) {
            throw new IllegalArgumentException(group.describe() + " has no state variable '" + variable
                    + "'; it has " + String.join(", ", variables));
        }
        return engine.state(group, variable, neuron);
    }

    /**
     * The current weights of projection {@code projection} (its index in the spec's list), which must be plastic:
     * the weights of static projections never change and are not kept per projection.
     */
    public ProjectionWeights weights(int projection) {
        List<ProjectionSpec> projections = spec.projections();
        if (projection < 0 || projection >= projections.size()) {
            throw new IllegalArgumentException("projection " + projection + " does not exist; the network has "
                    + projections.size() + " projections");
        }
        if (!projections.get(projection).plasticity().isPlastic()) {
            throw new IllegalArgumentException("projection " + projection + " (" + projections.get(projection).label()
                    + ") is static; only plastic projections report their weights");
        }
        return engine.weights(projection);
    }

    /**
     * Delivers a reward of {@code amount} (dimensionless, negative for punishment) on {@code channel} to every
     * reward-modulated STDP projection that listens to it; it acts from the next step on.
     */
    public void reward(String channel, double amount) {
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("reward on '" + channel + "' must be finite, got " + amount);
        }
        if (!rewardChannels.contains(channel)) {
            throw new IllegalArgumentException("no projection listens to reward channel '" + channel
                    + "'; channels: " + (rewardChannels.isEmpty() ? "(none)" : String.join(", ", rewardChannels)));
        }
        engine.reward(channel, amount);
    }

    /**
     * Writes the session's whole state to {@code file} (replacing it atomically), so that
     * {@link Builder#resumeFrom} on the same spec and seed continues exactly as this session would: the same spikes
     * and weights, on any thread count. Monitors and listeners are not part of the state; data they streamed to
     * disk stays where they wrote it. The reference kernel cannot checkpoint.
     */
    public void checkpoint(Path file) throws IOException {
        CheckpointFile.write(Objects.requireNonNull(file, "file"), spec.name(), engine);
    }

    /** A monitor that records every later spike of the population or input called {@code name}. */
    public SpikeMonitor monitor(String name) {
        SpikeMonitor monitor = new SpikeMonitor(layout.source(name), dtMs);
        listeners.add(monitor);
        return monitor;
    }

    /** Adds a listener called after every step, e.g. a spike stream to disk. */
    public void addListener(StepListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The spike monitor the spec declared for {@code population}. */
    public SpikeMonitor spikeMonitor(String population) {
        return declared(spikeMonitors, population, "spike");
    }

    /** The state monitor the spec declared for {@code population}.{@code variable}. */
    public StateMonitor stateMonitor(String population, String variable) {
        return declared(stateMonitors, population + "." + variable, "state");
    }

    /** The rate monitor the spec declared for {@code population}. */
    public RateMonitor rateMonitor(String population) {
        return declared(rateMonitors, population, "rate");
    }

    /** The spike monitors the spec declared, by population. */
    public Map<String, SpikeMonitor> spikeMonitors() {
        return Map.copyOf(spikeMonitors);
    }

    /** The state monitors the spec declared, by "population.variable". */
    public Map<String, StateMonitor> stateMonitors() {
        return Map.copyOf(stateMonitors);
    }

    /** The rate monitors the spec declared, by population. */
    public Map<String, RateMonitor> rateMonitors() {
        return Map.copyOf(rateMonitors);
    }

    /** Stops the engine's threads and closes the files of streamed monitors. */
    @Override
    public void close() {
        engine.close();
        closeStreams();
    }

    private void closeStreams() {
        for (AutoCloseable stream : streams) {
            try {
                stream.close();
            } catch (Exception e) {
                throw new UncheckedIOException("cannot finish monitor files in " + streamDir + ": " + e.getMessage(),
                        e instanceof IOException io ? io : new IOException(e));
            }
        }
        streams.clear();
    }

    /** Sends a declared monitor's data to a CSV file in {@link #streamDir} (see {@link Builder#streamMonitorsTo}). */
    private void stream(MonitorSpec spec) throws IOException {
        Files.createDirectories(streamDir);
        SourceGroup group = layout.source(spec.population());
        StepListener stream;
        if (spec instanceof MonitorSpec.Spikes) {
            stream = new SpikeCsvStream(streamDir.resolve("spikes-" + group.name() + ".csv"), layout,
                    List.of(group.name()), dtMs);
        } else if (spec instanceof MonitorSpec.State state) {
            stream = MonitorCsvStream.of(new StateMonitor(group, state.variable(), state.neurons(),
                    StepCount.wholeSteps(state.intervalMs(), dtMs), dtMs),
                    streamDir.resolve("state-" + group.name() + "-" + state.variable() + ".csv"));
        } else if (spec instanceof MonitorSpec.Rate rate) {
            stream = MonitorCsvStream.of(new RateMonitor(group, StepCount.wholeSteps(rate.binMs(), dtMs), dtMs),
                    streamDir.resolve("rate-" + group.name() + ".csv"));
        } else {
            throw new IllegalStateException("unknown monitor " + spec);
        }
        listeners.add(stream);
        streams.add((AutoCloseable) stream);
    }

    private void attach(MonitorSpec spec) {
        SourceGroup group = layout.source(spec.population());
        if (spec instanceof MonitorSpec.Spikes) {
            SpikeMonitor monitor = new SpikeMonitor(group, dtMs);
            spikeMonitors.putIfAbsent(group.name(), monitor);
            listeners.add(monitor);
        } else if (spec instanceof MonitorSpec.State state) {
            StateMonitor monitor = new StateMonitor(group, state.variable(), state.neurons(),
                    StepCount.wholeSteps(state.intervalMs(), dtMs), dtMs);
            stateMonitors.putIfAbsent(group.name() + "." + state.variable(), monitor);
            listeners.add(monitor);
        } else if (spec instanceof MonitorSpec.Rate rate) {
            RateMonitor monitor = new RateMonitor(group, StepCount.wholeSteps(rate.binMs(), dtMs), dtMs);
            rateMonitors.putIfAbsent(group.name(), monitor);
            listeners.add(monitor);
        }
    }

    private <T> T declared(Map<String, T> monitors, String key, String kind) {
        if (streamDir != null) {
            throw new IllegalStateException("the declared monitors of this session stream to files in " + streamDir
                    + "; they keep nothing in memory");
        }
        T monitor = monitors.get(key);
        if (monitor == null) {
            throw new IllegalArgumentException("no " + kind + " monitor for '" + key + "' in the network spec; "
                    + kind + " monitors: " + (monitors.isEmpty() ? "(none)" : String.join(", ", monitors.keySet())));
        }
        return monitor;
    }

    private static void requireFinite(double pA, String where) {
        if (!Double.isFinite(pA)) {
            throw new IllegalArgumentException("current into " + where + " must be finite, got " + pA + " pA");
        }
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

    /** Options of a session: seed, limits, threads and which kernel runs it. */
    public static final class Builder {

        private final NetworkSpec spec;
        private long seed;
        private SimulatorLimits limits = SimulatorLimits.defaults();
        private int threads = 1;
        private boolean reference;
        private Path checkpoint;
        private Path streamDir;

        private Builder(NetworkSpec spec) {
            this.spec = spec;
        }

        /** The seed of all randomness: connectivity, weights, delays, initial values, Poisson inputs. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Bounds on size and run length, checked before anything large is allocated. */
        public Builder limits(SimulatorLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Threads of the optimised kernel (at least 1); the spikes do not depend on it. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Runs on the plain single-threaded reference kernel instead of the optimised one. */
        public Builder referenceKernel() {
            this.reference = true;
            return this;
        }

        /**
         * Continues from a checkpoint written by {@link SimulatorSession#checkpoint} for the same spec and seed: the
         * session opens at the checkpoint's time with its state.
         */
        public Builder resumeFrom(Path file) {
            this.checkpoint = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * Sends the monitors the spec declares to CSV files in {@code dir} as the run goes, instead of keeping them
         * in memory, for runs too long to hold: {@code spikes-P.csv} ({@code time_ms,population,neuron}),
         * {@code state-P-V.csv} ({@code time_ms} and a column per neuron) and {@code rate-P.csv}
         * ({@code bin_end_ms,rate_hz}) for population P and variable V. {@link SimulatorSession#close()} finishes the
         * files.
         */
        public Builder streamMonitorsTo(Path dir) {
            this.streamDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /**
         * Checks the spec against the limits (before allocating anything large), compiles it, and loads the
         * checkpoint if one was given.
         *
         * @throws InvalidNetworkException if the network is larger than the limits allow
         * @throws IllegalArgumentException if the checkpoint was written for another spec or seed
         * @throws UncheckedIOException if the checkpoint cannot be read, is incomplete or damaged
         */
        public SimulatorSession open() {
            Engine engine = reference ? NetworkCompiler.compileReference(spec, seed, limits)
                    : NetworkCompiler.compile(spec, seed, limits, threads);
            if (checkpoint != null) {
                try {
                    CheckpointFile.read(checkpoint, spec.name(), engine);
                } catch (IOException e) {
                    engine.close();
                    throw new UncheckedIOException(e.getMessage(), e);
                } catch (RuntimeException e) {
                    engine.close();
                    throw e;
                }
            }
            return new SimulatorSession(spec, engine, limits, streamDir);
        }
    }
}
