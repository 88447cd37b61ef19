package org.astrocyte.simulator.spec;

/**
 * Reward-modulated STDP, a three-factor rule (Izhikevich 2007, "Solving the distal reward problem"). The pairing of
 * {@link Stdp} does not change the weight but a per-synapse eligibility trace e, which decays with
 * tau_eligibility. Rewards delivered on a named channel add to a reward level D that decays with tau_reward, and
 * every step each weight moves by {@code learningRate * dt * D * e}, clipped to the window's bounds. A reward thus
 * strengthens the pairings of the last few eligibility time constants, and a negative reward weakens them.
 *
 * @param window the pairing rule and the weight bounds
 * @param tauEligibilityMs decay of the eligibility traces (ms), positive
 * @param tauRewardMs decay of the reward level (ms), positive
 * @param learningRateHz the rate at which eligibility turns into weight under a unit reward level (1/s), positive
 * @param channel the name of the reward input that drives this projection
 */
public record RewardStdp(Stdp window, double tauEligibilityMs, double tauRewardMs, double learningRateHz,
        String channel) implements Plasticity {

    @Override
    public String kind() {
        return "reward_stdp";
    }

    @Override
    public double clip(double w) {
        return window.clip(w);
    }

    @Override
    public void requireValid(String owner) {
        if (window == null) {
            throw new InvalidNetworkException(owner + ": the STDP window is missing");
        }
        window.requireValid(owner);
        new ParameterChecks(owner).positive("tau_eligibility", tauEligibilityMs, "ms")
                .positive("tau_reward", tauRewardMs, "ms").positive("learning_rate", learningRateHz, "Hz");
        Names.requireName(owner + ": reward channel", channel);
    }
}
