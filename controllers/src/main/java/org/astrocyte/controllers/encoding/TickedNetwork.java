package org.astrocyte.controllers.encoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.controllers.SpikeSink;
import org.astrocyte.simulator.RunResult;
import org.astrocyte.simulator.SimulatorSession;
import org.astrocyte.simulator.engine.Engine;
import org.astrocyte.simulator.engine.ProjectionWeights;
import org.astrocyte.simulator.engine.SpikeBuffer;
import org.astrocyte.simulator.monitor.SpikeMonitor;
import org.astrocyte.simulator.monitor.StepListener;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.PoissonInputSpec;
import org.astrocyte.simulator.spec.PopulationSpec;

/**
 * A spiking network run one control tick at a time, the way a reflex circuit uses it: encoders set its input for
 * the next tick (constant currents, Poisson rates, and one-step current pulses at a chosen step within the tick),
 * {@link #tick()} advances it by one tick and returns the tick's spikes, and it keeps the spike counts per
 * population for {@link #takeSpikeCounts()}. Currents and rates stay until changed; pulses last one step of the next
 * tick only, on top of the neuron's current. {@link #recordSpikes} hands each spike of its neurons to a
 * {@link SpikeSink} as it happens, for rasters. Times in ms, currents in pA, rates in Hz. Single-threaded.
 */
public final class TickedNetwork {

    private final SimulatorSession session;
    private final double tickMs;
    private final int stepsPerTick;
    private final List<String> groups = new ArrayList<>();
    private final Map<String, Integer> pendingSpikes = new LinkedHashMap<>();
    private final Map<String, double[]> currents = new LinkedHashMap<>();
    private final List<Pulse> pulses = new ArrayList<>();
    private final List<PopulationSpec> populations;
    private SpikeRelay relay;

    /**
     * Opens {@code spec} with {@code seed} and runs it in ticks of {@code tickMs}, a whole number of the spec's
     * steps.
     */
    public TickedNetwork(NetworkSpec spec, long seed, double tickMs) {
        long steps = Math.round(tickMs / spec.dtMs());
        if (!(tickMs > 0) || steps < 1 || Math.abs(steps * spec.dtMs() - tickMs) > 1e-9) {
            throw new IllegalArgumentException("the tick must be a positive whole number of steps of "
                    + spec.dtMs() + " ms, got " + tickMs + " ms");
        }
        this.session = SimulatorSession.open(spec, seed);
        this.tickMs = tickMs;
        this.stepsPerTick = (int) steps;
        this.populations = spec.populations();
        for (PopulationSpec population : spec.populations()) {
            groups.add(population.name());
            pendingSpikes.put(population.name(), 0);
            currents.put(population.name(), new double[population.size()]);
        }
        spec.poissonInputs().stream().map(PoissonInputSpec::name).forEach(groups::add);
    }

    /** Sets the constant current into every neuron of {@code population}, one value per neuron, pA. */
    public void setCurrents(String population, double[] pA) {
        session.setCurrents(population, pA);
        System.arraycopy(pA, 0, currents.get(population), 0, pA.length);
    }

    /** Sets the constant current into one neuron, pA. */
    public void setCurrent(String population, int neuron, double pA) {
        session.setCurrent(population, neuron, pA);
        currents.get(population)[neuron] = pA;
    }

    /** Adds {@code pA} to one neuron's current during step {@code step} (0 = the first) of the next tick only. */
    public void pulse(String population, int neuron, double pA, int step) {
        if (step < 0 || step >= stepsPerTick) {
            throw new IllegalArgumentException("pulse step " + step + " is outside the tick's steps 0.."
                    + (stepsPerTick - 1));
        }
        double[] base = currents.get(population);
        if (base == null || neuron < 0 || neuron >= base.length) {
            throw new IllegalArgumentException("no neuron " + neuron + " in population '" + population + "'");
        }
        if (!Double.isFinite(pA)) {
            throw new IllegalArgumentException("pulse into " + population + "[" + neuron + "] must be finite");
        }
        pulses.add(new Pulse(population, neuron, pA, step));
    }

    /** Sets the rate of one Poisson source, Hz. */
    public void setRate(String poissonInput, int index, double hz) {
        session.setRate(poissonInput, index, hz);
    }

    /**
     * Delivers a reward of {@code amount} (dimensionless, negative for punishment) on {@code channel} to the
     * reward-modulated plastic projections that listen to it, from the next step on.
     */
    public void reward(String channel, double amount) {
        session.reward(channel, amount);
    }

    /** The current weights of plastic projection {@code projection} (its index in the spec's list), pA. */
    public ProjectionWeights weights(int projection) {
        return session.weights(projection);
    }

    /** Advances the network by one tick, applying the pulses set for it, and returns the tick's spikes. */
    public TickSpikes tick() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        if (pulses.isEmpty()) {
            add(counts, session.run(tickMs));
        } else {
            runWithPulses(counts);
        }
        pendingSpikes.replaceAll((population, n) -> n + Arrays.stream(counts.get(population)).sum());
        return new TickSpikes(counts);
    }

    /** Runs the tick in segments split at the pulses' steps (same engine steps as one run, so the same spikes). */
    private void runWithPulses(Map<String, int[]> counts) {
        pulses.sort(Comparator.comparingInt(Pulse::step));
        int done = 0;
        int next = 0;
        while (next < pulses.size()) {
            int step = pulses.get(next).step();
            if (step > done) {
                add(counts, session.run((step - done) * session.dtMs()));
            }
            int end = next;
            while (end < pulses.size() && pulses.get(end).step() == step) {
                Pulse p = pulses.get(end++);
                session.setCurrent(p.population(), p.neuron(), currents.get(p.population())[p.neuron()] + p.pA());
            }
            add(counts, session.run(session.dtMs()));
            for (int i = next; i < end; i++) {
                Pulse p = pulses.get(i);
                session.setCurrent(p.population(), p.neuron(), currents.get(p.population())[p.neuron()]);
            }
            done = step + 1;
            next = end;
        }
        if (done < stepsPerTick) {
            add(counts, session.run((stepsPerTick - done) * session.dtMs()));
        }
        pulses.clear();
    }

    private void add(Map<String, int[]> counts, RunResult result) {
        for (String group : groups) {
            int[] spikes = result.spikeCounts(group);
            int[] sum = counts.putIfAbsent(group, spikes);
            if (sum != null) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += spikes[i];
                }
            }
        }
    }

    /** Spikes per population since the last call (Poisson inputs not included); the counts restart at 0. */
    public Map<String, Integer> takeSpikeCounts() {
        Map<String, Integer> counts = Map.copyOf(pendingSpikes);
        pendingSpikes.replaceAll((population, n) -> 0);
        return counts;
    }

    /** Spikes of all neurons since the network was opened. */
    public long totalSpikes() {
        return session.totalSpikes();
    }

    /** A monitor recording every later spike of population (or input) {@code name}, to observe spike times. */
    public SpikeMonitor monitor(String name) {
        return session.monitor(name);
    }

    /**
     * Hands every later spike of the network's neurons to {@code sink}, named {@code network}, with the time of the
     * step it fell in (µs since the network was opened), or stops when {@code sink} is null. The populations are
     * declared to the sink first. The network's dynamics do not change; with no sink set there is no cost.
     */
    public void recordSpikes(String network, SpikeSink sink) {
        if (sink == null) {
            if (relay != null) {
                relay.sink = null;
            }
            return;
        }
        if (relay == null) {
            relay = new SpikeRelay(populations, session.dtMs());
            session.addListener(relay);
        }
        for (PopulationSpec population : populations) {
            sink.population(network, population.name(), population.size());
        }
        relay.network = network;
        relay.sink = sink;
    }

    /** Length of a control tick, ms. */
    public double tickMs() {
        return tickMs;
    }

    /** Length of a simulation step, ms. */
    public double dtMs() {
        return session.dtMs();
    }

    /** Simulation steps per control tick. */
    public int stepsPerTick() {
        return stepsPerTick;
    }

    private record Pulse(String population, int neuron, double pA, int step) {
    }

    /**
     * Passes each step's spikes of neurons (populations come first in the simulator's index space, then the inputs)
     * to the sink, with the neuron's population and index in it.
     */
    private static final class SpikeRelay implements StepListener {

        private final String[] populationOf;
        private final int[] indexOf;
        private final double dtMicros;
        private String network;
        private SpikeSink sink;

        SpikeRelay(List<PopulationSpec> populations, double dtMs) {
            int neurons = populations.stream().mapToInt(PopulationSpec::size).sum();
            populationOf = new String[neurons];
            indexOf = new int[neurons];
            int source = 0;
            for (PopulationSpec population : populations) {
                for (int i = 0; i < population.size(); i++, source++) {
                    populationOf[source] = population.name();
                    indexOf[source] = i;
                }
            }
            dtMicros = dtMs * 1000;
        }

        @Override
        public void afterStep(Engine engine) {
            if (sink == null) {
                return;
            }
            SpikeBuffer spikes = engine.lastSpikes();
            long micros = -1;
            for (int i = 0, n = spikes.size(); i < n; i++) {
                int source = spikes.get(i);
                if (source < populationOf.length) {
                    if (micros < 0) {
                        micros = Math.round(engine.steps() * dtMicros);
                    }
                    sink.spike(network, populationOf[source], indexOf[source], micros);
                }
            }
        }
    }
}
