package org.astrocyte.simulator.engine;

import java.util.ArrayList;
import java.util.List;
import org.astrocyte.simulator.spec.Plasticity;
import org.astrocyte.simulator.spec.RewardStdp;
import org.astrocyte.simulator.spec.Stdp;
import org.astrocyte.simulator.spec.SynapticScaling;

/**
 * One plastic projection of the {@link ReferenceEngine}, written to be read: a list of synapse objects, a list of
 * outgoing and incoming synapses per neuron, and one method per phase of the step, all rules in one place. It
 * follows the step order of {@link PlasticSynapses} with the same arithmetic, so both engines learn the same
 * weights.
 */
final class ReferencePlasticity implements LearningProjection {

    /** One plastic synapse; ends are local indices. */
    static final class Synapse {
        final int source;
        final int target;
        final int delaySteps;
        double weight;
        double eligibility;

        Synapse(int source, int target, int delaySteps, double weight) {
            this.source = source;
            this.target = target;
            this.delaySteps = delaySteps;
            this.weight = weight;
        }
    }

    /** Where a delivered spike goes: global target, delay in steps, weight. */
    interface Delivery {
        void send(int target, int delaySteps, double weight);
    }

    private final int index;
    private final Plasticity rule;
    private final double dtMs;
    private final int sourceOffset;
    private final int targetOffset;
    private final List<Synapse> synapses = new ArrayList<>();
    private final List<List<Synapse>> outgoing = new ArrayList<>();
    private final List<List<Synapse>> incoming = new ArrayList<>();
    private final double[] sourceTrace;
    private final double[] targetTrace;
    private double rewardLevel;
    private long stepInPeriod;

    ReferencePlasticity(PlasticTable table, SourceLayout layout, double dtMs) {
        this.index = table.index();
        this.rule = table.projection().plasticity();
        this.dtMs = dtMs;
        SourceGroup from = layout.source(table.projection().source());
        SourceGroup to = layout.population(table.projection().target());
        this.sourceOffset = from.offset();
        this.targetOffset = to.offset();
        for (int s = 0; s < from.size(); s++) {
            outgoing.add(new ArrayList<>());
        }
        for (int t = 0; t < to.size(); t++) {
            incoming.add(new ArrayList<>());
        }
        SynapseTable drawn = table.synapses();
        for (int s = 0; s < from.size(); s++) {
            for (int k = drawn.rowStart()[sourceOffset + s]; k < drawn.rowStart()[sourceOffset + s + 1]; k++) {
                Synapse synapse = new Synapse(s, drawn.target()[k] - targetOffset, drawn.delaySteps()[k],
                        rule.clip(drawn.weight()[k]));
                synapses.add(synapse);
                outgoing.get(s).add(synapse);
                incoming.get(synapse.target).add(synapse);
            }
        }
        this.sourceTrace = new double[from.size()];
        this.targetTrace = new double[to.size()];
    }

    /** Decays, delivers and learns for one step; returns the synaptic events delivered. */
    long step(SpikeBuffer spikes, Delivery delivery) {
        decay();
        long events = 0;
        for (int i = 0; i < spikes.size(); i++) {
            int s = spikes.get(i) - sourceOffset;
            if (s >= 0 && s < outgoing.size()) {
                for (Synapse synapse : outgoing.get(s)) {
                    delivery.send(targetOffset + synapse.target, synapse.delaySteps, synapse.weight);
                    events++;
                }
                onSourceSpike(s);
            }
        }
        for (int i = 0; i < spikes.size(); i++) {
            int t = spikes.get(i) - targetOffset;
            if (t >= 0 && t < incoming.size()) {
                onTargetSpike(t);
            }
        }
        if (rule instanceof SynapticScaling scaling && ++stepInPeriod == Math.round(scaling.periodMs() / dtMs)) {
            stepInPeriod = 0;
            for (Synapse synapse : synapses) {
                synapse.weight = scaling.clip(synapse.weight * scaling.factor(targetTrace[synapse.target]));
            }
        }
        return events;
    }

    private void decay() {
        if (rule instanceof SynapticScaling scaling) {
            decayAll(targetTrace, scaling.tauRateMs());
            return;
        }
        Stdp window = window();
        decayAll(sourceTrace, window.tauPlusMs());
        decayAll(targetTrace, window.tauMinusMs());
        if (rule instanceof RewardStdp reward) {
            double eligibilityDecay = Math.exp(-dtMs / reward.tauEligibilityMs());
            for (Synapse synapse : synapses) {
                synapse.eligibility *= eligibilityDecay;
            }
            rewardLevel *= Math.exp(-dtMs / reward.tauRewardMs());
            if (Math.abs(rewardLevel) < RewardStdpSynapses.NEGLIGIBLE_REWARD) {
                rewardLevel = 0.0;
            }
            if (rewardLevel != 0.0) {
                double gain = reward.learningRateHz() * dtMs / 1000.0 * rewardLevel;
                for (Synapse synapse : synapses) {
                    synapse.weight = window.clip(synapse.weight + gain * synapse.eligibility);
                }
            }
        }
    }

    private void decayAll(double[] trace, double tauMs) {
        double decay = Math.exp(-dtMs / tauMs);
        for (int i = 0; i < trace.length; i++) {
            trace[i] *= decay;
        }
    }

    private void onSourceSpike(int s) {
        if (rule instanceof SynapticScaling) {
            return;
        }
        sourceTrace[s] += 1.0;
        for (Synapse synapse : outgoing.get(s)) {
            pair(synapse, window().depression(synapse.weight, targetTrace[synapse.target]));
        }
    }

    private void onTargetSpike(int t) {
        if (rule instanceof SynapticScaling scaling) {
            targetTrace[t] += 1000.0 / scaling.tauRateMs();
            return;
        }
        targetTrace[t] += 1.0;
        for (Synapse synapse : incoming.get(t)) {
            pair(synapse, window().potentiation(synapse.weight, sourceTrace[synapse.source]));
        }
    }

    private void pair(Synapse synapse, double delta) {
        if (rule instanceof RewardStdp) {
            synapse.eligibility += delta;
        } else {
            synapse.weight = window().clip(synapse.weight + delta);
        }
    }

    private Stdp window() {
        return rule instanceof RewardStdp reward ? reward.window() : (Stdp) rule;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public boolean reward(String channel, double amount) {
        if (rule instanceof RewardStdp reward && reward.channel().equals(channel)) {
            rewardLevel += amount;
            return true;
        }
        return false;
    }

    @Override
    public ProjectionWeights weights() {
        int n = synapses.size();
        int[] source = new int[n];
        int[] target = new int[n];
        double[] weight = new double[n];
        for (int k = 0; k < n; k++) {
            source[k] = synapses.get(k).source;
            target[k] = synapses.get(k).target;
            weight[k] = synapses.get(k).weight;
        }
        return new ProjectionWeights(source, target, weight);
    }
}
