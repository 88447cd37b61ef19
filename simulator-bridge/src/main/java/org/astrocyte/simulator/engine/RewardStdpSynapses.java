package org.astrocyte.simulator.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.astrocyte.simulator.spec.RewardStdp;

/**
 * Reward-modulated STDP ({@link RewardStdp}): pairings add to per-synapse eligibility traces, and every step with
 * a reward level D moves each weight by {@code learningRate * dt * D * e}. The weight update comes after the decay
 * of the step and before its spikes. A reward level below {@link #NEGLIGIBLE_REWARD} in magnitude is set to 0, so
 * that the per-synapse update stops some time after the last reward.
 */
final class RewardStdpSynapses extends StdpSynapses {

    static final double NEGLIGIBLE_REWARD = 1e-12;

    private final RewardStdp reward;
    private final double eligibilityDecay;
    private final double rewardDecay;
    private final double rateTimesDt;
    private final double[] eligibility;
    private double level;

    RewardStdpSynapses(PlasticTable table, SourceLayout layout, RewardStdp reward, double dtMs) {
        super(table, layout, reward.window(), dtMs);
        this.reward = reward;
        this.eligibilityDecay = Math.exp(-dtMs / reward.tauEligibilityMs());
        this.rewardDecay = Math.exp(-dtMs / reward.tauRewardMs());
        this.rateTimesDt = reward.learningRateHz() * dtMs / 1000.0;
        this.eligibility = new double[size()];
    }

    @Override
    public boolean reward(String channel, double amount) {
        if (!channel.equals(reward.channel())) {
            return false;
        }
        level += amount;
        return true;
    }

    @Override
    void decay() {
        super.decay();
        for (int k = 0; k < eligibility.length; k++) {
            eligibility[k] *= eligibilityDecay;
        }
        level *= rewardDecay;
        if (Math.abs(level) < NEGLIGIBLE_REWARD) {
            level = 0.0;
        }
        if (level != 0.0) {
            double gain = rateTimesDt * level;
            for (int k = 0; k < weight.length; k++) {
                weight[k] = rule.clip(weight[k] + gain * eligibility[k]);
            }
        }
    }

    @Override
    void pair(int k, double delta) {
        eligibility[k] += delta;
    }

    @Override
    void save(DataOutput out) throws IOException {
        super.save(out);
        StateArrays.write(out, eligibility);
        out.writeDouble(level);
    }

    @Override
    void load(DataInput in) throws IOException {
        super.load(in);
        StateArrays.read(in, eligibility, "eligibility traces");
        level = in.readDouble();
    }
}
