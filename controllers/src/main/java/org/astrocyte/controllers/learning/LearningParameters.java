package org.astrocyte.controllers.learning;

/**
 * The tunable constants of {@link LearningAvoidance}: the reward-modulated STDP rule on the sensor-to-motor
 * synapses, the rewards it learns from, and the exploration noise. {@link #defaults()} holds the values the
 * behavioural tests were tuned with; build a variant with {@link #toBuilder()}.
 *
 * @param learning            whether rewards reach the synapses; with {@code false} the circuit keeps its initial
 *                            weights (the control condition) while rewards are still counted
 * @param learningRateHz      how fast eligibility turns into weight under a unit reward level, 1/s
 * @param tauEligibilityMs    decay of the eligibility traces, ms: how long a reward may come after the spikes it
 *                            credits
 * @param tauRewardMs         decay of the reward (dopamine) level after a reward, ms
 * @param tauStdpMs           width of the STDP window on either side, ms
 * @param aPlusPa             eligibility added by a pre-before-post pairing at zero lag, pA
 * @param aMinusPa            eligibility removed by a post-before-pre pairing at zero lag, pA; equal to
 *                            {@code aPlusPa} by default (a balanced window, see {@link LearningAvoidance})
 * @param maxWeightPa         upper bound of a plastic weight, pA (the lower bound is 0)
 * @param initialWeightPa     plastic weights start uniform on [0, initialWeightPa), pA: the naive circuit
 * @param worldRewardGain     the world's reward ({@code SensorFrame.reward()}, −1 per collision in the test world)
 *                            is delivered multiplied by this, dimensionless
 * @param escapeReward        shaping reward delivered when an avoidance manoeuvre (an overriding episode) ends
 *                            without a collision, dimensionless; 0 turns it off
 * @param explorationHz       mean rate of the Poisson background into each motor neuron, spikes/s
 * @param explorationWeightPa weight of a background spike onto a motor neuron, pA
 * @param explorationTauMs    correlation time of the slow modulation of the background rates, ms
 * @param explorationDepth    standard deviation of that modulation, as a fraction of {@code explorationHz}
 */
public record LearningParameters(boolean learning, double learningRateHz, double tauEligibilityMs,
        double tauRewardMs, double tauStdpMs, double aPlusPa, double aMinusPa, double maxWeightPa,
        double initialWeightPa, double worldRewardGain, double escapeReward, double explorationHz,
        double explorationWeightPa, double explorationTauMs, double explorationDepth) {

    public LearningParameters {
        if (!(learningRateHz > 0 && tauEligibilityMs > 0 && tauRewardMs > 0 && tauStdpMs > 0
                && explorationTauMs > 0)) {
            throw new IllegalArgumentException("the learning rate and the time constants must be positive");
        }
        if (!(aPlusPa >= 0 && aMinusPa >= 0 && worldRewardGain >= 0 && escapeReward >= 0 && explorationHz >= 0
                && explorationWeightPa >= 0 && explorationDepth >= 0)) {
            throw new IllegalArgumentException("amplitudes, gains, rates and weights must not be negative");
        }
        if (!(maxWeightPa > 0 && initialWeightPa >= 0 && initialWeightPa <= maxWeightPa)) {
            throw new IllegalArgumentException("weights need 0 <= initial <= max and max > 0, got initial "
                    + initialWeightPa + " pA, max " + maxWeightPa + " pA");
        }
    }

    /** The values the behavioural tests were tuned with (see {@link LearningAvoidance}). */
    public static LearningParameters defaults() {
        return new Builder().build();
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link LearningParameters}; starts from the defaults; setters are named after the fields. */
    public static final class Builder {
        private boolean learning = true;
        private double learningRateHz = 600;
        private double tauEligibilityMs = 1000;
        private double tauRewardMs = 100;
        private double tauStdpMs = 20;
        private double aPlusPa = 1;
        private double aMinusPa = 1;
        private double maxWeightPa = 4000;
        private double initialWeightPa = 400;
        private double worldRewardGain = 1;
        private double escapeReward = 0.5;
        private double explorationHz = 150;
        private double explorationWeightPa = 600;
        private double explorationTauMs = 1000;
        private double explorationDepth = 1.5;

        /** A builder holding the defaults. */
        public Builder() {
        }

        private Builder(LearningParameters p) {
            learning = p.learning;
            learningRateHz = p.learningRateHz;
            tauEligibilityMs = p.tauEligibilityMs;
            tauRewardMs = p.tauRewardMs;
            tauStdpMs = p.tauStdpMs;
            aPlusPa = p.aPlusPa;
            aMinusPa = p.aMinusPa;
            maxWeightPa = p.maxWeightPa;
            initialWeightPa = p.initialWeightPa;
            worldRewardGain = p.worldRewardGain;
            escapeReward = p.escapeReward;
            explorationHz = p.explorationHz;
            explorationWeightPa = p.explorationWeightPa;
            explorationTauMs = p.explorationTauMs;
            explorationDepth = p.explorationDepth;
        }

        public Builder learning(boolean value) {
            learning = value;
            return this;
        }

        public Builder learningRateHz(double value) {
            learningRateHz = value;
            return this;
        }

        public Builder tauEligibilityMs(double value) {
            tauEligibilityMs = value;
            return this;
        }

        public Builder tauRewardMs(double value) {
            tauRewardMs = value;
            return this;
        }

        public Builder tauStdpMs(double value) {
            tauStdpMs = value;
            return this;
        }

        public Builder aPlusPa(double value) {
            aPlusPa = value;
            return this;
        }

        public Builder aMinusPa(double value) {
            aMinusPa = value;
            return this;
        }

        public Builder maxWeightPa(double value) {
            maxWeightPa = value;
            return this;
        }

        public Builder initialWeightPa(double value) {
            initialWeightPa = value;
            return this;
        }

        public Builder worldRewardGain(double value) {
            worldRewardGain = value;
            return this;
        }

        public Builder escapeReward(double value) {
            escapeReward = value;
            return this;
        }

        public Builder explorationHz(double value) {
            explorationHz = value;
            return this;
        }

        public Builder explorationWeightPa(double value) {
            explorationWeightPa = value;
            return this;
        }

        public Builder explorationTauMs(double value) {
            explorationTauMs = value;
            return this;
        }

        public Builder explorationDepth(double value) {
            explorationDepth = value;
            return this;
        }

        /** The parameters; throws {@link IllegalArgumentException} for out-of-range values. */
        public LearningParameters build() {
            return new LearningParameters(learning, learningRateHz, tauEligibilityMs, tauRewardMs, tauStdpMs,
                    aPlusPa, aMinusPa, maxWeightPa, initialWeightPa, worldRewardGain, escapeReward, explorationHz,
                    explorationWeightPa, explorationTauMs, explorationDepth);
        }
    }
}
