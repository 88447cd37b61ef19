package org.astrocyte.controllers.learning;

import java.util.SplittableRandom;

/**
 * The slow modulation of the exploration background: an Ornstein–Uhlenbeck process ξ (mean 0, standard deviation
 * {@code depth}, correlation time {@code tauMs}) that sets the Poisson rates of the two motor neurons' background in
 * antiphase, {@code rate·(1 + ξ)} into the left-wheel neuron and {@code rate·(1 − ξ)} into the right-wheel one, ξ
 * clipped to [−1, 1]. White Poisson noise alone would flip the preferred turn every few milliseconds; with the slow
 * modulation the naive circuit favours one turn for about a second, long enough for the outcome (escape or
 * collision) to follow from it, and over many manoeuvres tries both. The exact update of the process (Gillespie
 * 1996, Phys. Rev. E 54:2084) is used for each step.
 */
final class ExplorationNoise {

    private final double rateHz;
    private final double decay;
    private final double kick;
    private final SplittableRandom random;
    private double xi;

    /**
     * @param rateHz mean rate of each background source, spikes/s
     * @param depth  standard deviation of ξ, dimensionless
     * @param tauMs  correlation time of ξ, ms
     * @param stepMs time between updates, ms
     * @param seed   seeds the process
     */
    ExplorationNoise(double rateHz, double depth, double tauMs, double stepMs, long seed) {
        this.rateHz = rateHz;
        this.decay = Math.exp(-stepMs / tauMs);
        this.kick = depth * Math.sqrt(1 - decay * decay);
        this.random = new SplittableRandom(seed);
        this.xi = depth * random.nextGaussian();
    }

    /** Advances ξ by one step. */
    void advance() {
        xi = xi * decay + kick * random.nextGaussian();
    }

    /** The current background rate into the left-wheel (0) or right-wheel (1) motor neuron, spikes/s. */
    double rateHz(int motor) {
        double bias = Math.max(-1, Math.min(1, xi));
        return rateHz * (motor == 0 ? 1 + bias : 1 - bias);
    }
}
