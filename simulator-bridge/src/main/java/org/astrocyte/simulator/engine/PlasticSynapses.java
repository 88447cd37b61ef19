package org.astrocyte.simulator.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.astrocyte.simulator.spec.Plasticity;
import org.astrocyte.simulator.spec.RewardStdp;
import org.astrocyte.simulator.spec.Stdp;
import org.astrocyte.simulator.spec.SynapticScaling;

/**
 * The synapses of one plastic projection in the optimised engine: CSR by source with mutable weights, plus what
 * the rule keeps per neuron or per synapse. They are updated on the stepping thread after the spikes of a step are
 * known (plastic projections are few and small next to the static network): each step decays the rule's traces,
 * delivers the spikes of the projection's sources with the weights they find, then lets the rule react to source
 * spikes and to target spikes, in spike order. {@code ReferencePlasticity} does the same in the same order.
 */
abstract class PlasticSynapses implements LearningProjection {

    final int index;
    final int sourceOffset;
    final int sourceSize;
    final int targetOffset;
    final int targetSize;
    /** Synapses of local source s: rowStart[s] .. rowStart[s + 1] - 1. */
    final int[] rowStart;
    /** Local source of each synapse (the row it sits in). */
    final int[] source;
    /** Local target of each synapse. */
    final int[] target;
    final int[] delaySteps;
    final double[] weight;

    PlasticSynapses(PlasticTable table, SourceLayout layout) {
        this.index = table.index();
        SourceGroup from = layout.source(table.projection().source());
        SourceGroup to = layout.population(table.projection().target());
        this.sourceOffset = from.offset();
        this.sourceSize = from.size();
        this.targetOffset = to.offset();
        this.targetSize = to.size();
        SynapseTable synapses = table.synapses();
        this.rowStart = java.util.Arrays.copyOfRange(synapses.rowStart(), sourceOffset, sourceOffset + sourceSize + 1);
        int first = rowStart[0];
        for (int s = 0; s <= sourceSize; s++) {
            rowStart[s] -= first;
        }
        Plasticity rule = table.projection().plasticity();
        int n = synapses.size();
        this.source = new int[n];
        for (int s = 0; s < sourceSize; s++) {
            java.util.Arrays.fill(source, rowStart[s], rowStart[s + 1], s);
        }
        this.target = new int[n];
        this.delaySteps = synapses.delaySteps().clone();
        this.weight = new double[n];
        for (int k = 0; k < n; k++) {
            target[k] = synapses.target()[k] - targetOffset;
            weight[k] = rule.clip(synapses.weight()[k]);
        }
    }

    /** The engine-side form of {@code table}'s rule. */
    static PlasticSynapses of(PlasticTable table, SourceLayout layout, double dtMs) {
        Plasticity rule = table.projection().plasticity();
        if (rule instanceof Stdp stdp) {
            return new StdpSynapses(table, layout, stdp, dtMs);
        } else if (rule instanceof RewardStdp reward) {
            return new RewardStdpSynapses(table, layout, reward, dtMs);
        } else if (rule instanceof SynapticScaling scaling) {
            return new ScalingSynapses(table, layout, scaling, dtMs);
        }
        throw new IllegalArgumentException("projection " + table.index() + " is not plastic");
    }

    /** Decays, delivers and learns for one step; returns the synaptic events delivered. */
    final long step(SpikeBuffer spikes, DelayRing ring) {
        decay();
        long events = 0;
        for (int i = 0, n = spikes.size(); i < n; i++) {
            int s = spikes.get(i) - sourceOffset;
            if (s >= 0 && s < sourceSize) {
                for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
                    ring.add(delaySteps[k], 0, targetOffset + target[k], weight[k]);
                }
                events += rowStart[s + 1] - rowStart[s];
                onSourceSpike(s);
            }
        }
        for (int i = 0, n = spikes.size(); i < n; i++) {
            int t = spikes.get(i) - targetOffset;
            if (t >= 0 && t < targetSize) {
                onTargetSpike(t);
            }
        }
        endStep();
        return events;
    }

    /** Number of synapses. */
    final int size() {
        return weight.length;
    }

    @Override
    public final int index() {
        return index;
    }

    @Override
    public final ProjectionWeights weights() {
        return new ProjectionWeights(source.clone(), target.clone(), weight.clone());
    }

    @Override
    public boolean reward(String channel, double amount) {
        return false;
    }

    abstract void decay();

    abstract void onSourceSpike(int source);

    abstract void onTargetSpike(int target);

    void endStep() {
    }

    /** Writes the weights and the rule's state, for a checkpoint. */
    void save(DataOutput out) throws IOException {
        StateArrays.write(out, weight);
    }

    /** Reads back what {@link #save} wrote. */
    void load(DataInput in) throws IOException {
        StateArrays.read(in, weight, "plastic weights");
    }
}
