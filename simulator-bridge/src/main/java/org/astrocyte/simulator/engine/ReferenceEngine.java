package org.astrocyte.simulator.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference engine: a plain, single-threaded loop written to be read. One object per neuron, a list of
 * synapse records per source scanned on every spike, and a map from arrival step to the input waiting for it. It
 * follows the step order of {@link Engine} and does the same arithmetic as {@link SpikingEngine}, so both give the
 * same spikes; it is the baseline the simulator benchmark compares against.
 */
public final class ReferenceEngine implements Engine {

    /** One synapse: where it goes, its weight (pA or nS, signed) and its delay in steps. */
    private record Synapse(int target, double weight, int delaySteps) {
    }

    private final CompiledNetwork network;
    private final SourceLayout layout;
    private final List<ReferenceNeuron> neurons = new ArrayList<>();
    private final int[] populationOf;
    private final List<List<Synapse>> outgoing = new ArrayList<>();
    private final Map<Long, double[][]> pending = new HashMap<>();
    private final double[] externalPa;
    private final double[] injectedPa;
    private final PoissonSources poisson;
    private final SpikeTrainSources trains;
    private final CurrentSchedule currents;
    private final SpikeBuffer spikes;
    private final List<ReferencePlasticity> plastic = new ArrayList<>();
    private long steps;
    private long events;

    ReferenceEngine(CompiledNetwork network) {
        this.network = network;
        this.layout = network.layout();
        int count = layout.neuronCount();
        this.populationOf = new int[count];
        var populations = network.spec().populations();
        for (int p = 0; p < populations.size(); p++) {
            SourceGroup group = layout.population(populations.get(p).name());
            for (int i = 0; i < group.size(); i++) {
                ReferenceNeuron neuron = ReferenceNeuron.of(populations.get(p).model(), network.dtMs());
                for (Map.Entry<String, double[]> initial : network.initial().get(p).entrySet()) {
                    neuron.set(initial.getKey(), initial.getValue()[i]);
                }
                neurons.add(neuron);
                populationOf[group.offset() + i] = p;
            }
        }
        SynapseTable table = network.synapses();
        for (int s = 0; s < table.sources(); s++) {
            List<Synapse> row = new ArrayList<>();
            for (int k = table.rowStart()[s]; k < table.rowStart()[s + 1]; k++) {
                row.add(new Synapse(table.target()[k], table.weight()[k], table.delaySteps()[k]));
            }
            outgoing.add(row);
        }
        this.externalPa = new double[count];
        this.injectedPa = new double[populations.size()];
        this.poisson = network.poisson();
        this.trains = network.trains();
        this.currents = network.currents();
        this.spikes = new SpikeBuffer(layout.sourceCount());
        for (PlasticTable plasticTable : network.plastic()) {
            plastic.add(new ReferencePlasticity(plasticTable, layout, network.dtMs()));
        }
    }

    @Override
    public void step() {
        double[][] arriving = pending.remove(steps);
        currents.injectedPa(steps, injectedPa);
        spikes.clear();
        for (int n = 0; n < neurons.size(); n++) {
            ReferenceNeuron neuron = neurons.get(n);
            neuron.arrivingExc = arriving == null ? 0.0 : arriving[0][n];
            neuron.arrivingInh = arriving == null ? 0.0 : arriving[1][n];
            if (neuron.step(externalPa[n] + injectedPa[populationOf[n]])) {
                spikes.add(n);
            }
        }
        poisson.draw(spikes, layout.neuronCount());
        trains.emit(steps, spikes);
        for (ReferencePlasticity projection : plastic) {
            events += projection.step(spikes, this::send);
        }
        for (int i = 0; i < spikes.size(); i++) {
            for (Synapse synapse : outgoing.get(spikes.get(i))) {
                send(synapse.target(), synapse.delaySteps(), synapse.weight());
                events++;
            }
        }
        steps++;
    }

    /** Queues {@code weight} for {@code target}, sent in the current step, to arrive after {@code delaySteps}. */
    private void send(int target, int delaySteps, double weight) {
        double[][] slot = pending.computeIfAbsent(steps + 1 + delaySteps, step -> new double[2][neurons.size()]);
        slot[weight >= 0 ? 0 : 1][target] += weight;
    }

    @Override
    public SpikeBuffer lastSpikes() {
        return spikes;
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public double dtMs() {
        return network.dtMs();
    }

    @Override
    public SourceLayout layout() {
        return layout;
    }

    @Override
    public long synapseCount() {
        return network.synapseCount();
    }

    @Override
    public long synapticEvents() {
        return events;
    }

    @Override
    public double state(SourceGroup group, String variable, int neuron) {
        return neurons.get(group.offset() + neuron).get(variable);
    }

    @Override
    public void setExternalCurrent(int neuron, double pA) {
        externalPa[neuron] = pA;
    }

    @Override
    public void setRate(int index, double hz) {
        poisson.setRate(index, hz);
    }

    @Override
    public ProjectionWeights weights(int projection) {
        return LearningProjection.weightsOf(plastic, projection);
    }

    @Override
    public void reward(String channel, double amount) {
        LearningProjection.rewardAll(plastic, channel, amount);
    }

    @Override
    public long fingerprint() {
        return network.fingerprint();
    }

    @Override
    public void saveState(java.io.DataOutput out) {
        throw new UnsupportedOperationException("the reference kernel does not write checkpoints; use the optimised"
                + " kernel");
    }

    @Override
    public void loadState(java.io.DataInput in) {
        throw new UnsupportedOperationException("the reference kernel does not read checkpoints; use the optimised"
                + " kernel");
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
