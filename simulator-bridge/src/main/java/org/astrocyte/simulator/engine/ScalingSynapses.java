package org.astrocyte.simulator.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.astrocyte.simulator.spec.SynapticScaling;

/**
 * Homeostatic synaptic scaling ({@link SynapticScaling}): a rate estimate per target neuron, and at the end of
 * every period each weight multiplied by the factor of its target's estimate.
 */
final class ScalingSynapses extends PlasticSynapses {

    private final SynapticScaling rule;
    private final double rateDecay;
    private final double rateJumpHz;
    private final long periodSteps;
    private final double[] rateHz;
    private long stepInPeriod;

    ScalingSynapses(PlasticTable table, SourceLayout layout, SynapticScaling rule, double dtMs) {
        super(table, layout);
        this.rule = rule;
        this.rateDecay = Math.exp(-dtMs / rule.tauRateMs());
        this.rateJumpHz = 1000.0 / rule.tauRateMs();
        this.periodSteps = Math.round(rule.periodMs() / dtMs);
        this.rateHz = new double[targetSize];
    }

    @Override
    void decay() {
        for (int t = 0; t < targetSize; t++) {
            rateHz[t] *= rateDecay;
        }
    }

    @Override
    void onSourceSpike(int source) {
        // scaling does not look at source spikes
    }

    @Override
    void onTargetSpike(int t) {
        rateHz[t] += rateJumpHz;
    }

    @Override
    void endStep() {
        if (++stepInPeriod < periodSteps) {
            return;
        }
        stepInPeriod = 0;
        for (int k = 0; k < weight.length; k++) {
            weight[k] = rule.clip(weight[k] * rule.factor(rateHz[target[k]]));
        }
    }

    @Override
    void save(DataOutput out) throws IOException {
        super.save(out);
        StateArrays.write(out, rateHz);
        out.writeLong(stepInPeriod);
    }

    @Override
    void load(DataInput in) throws IOException {
        super.load(in);
        StateArrays.read(in, rateHz, "rate estimates");
        stepInPeriod = in.readLong();
    }
}
