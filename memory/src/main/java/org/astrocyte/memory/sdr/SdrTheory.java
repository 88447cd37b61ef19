package org.astrocyte.memory.sdr;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * The match probabilities of sparse codes (Ahmad and Hawkins 2015, "Properties of sparse distributed
 * representations", eq. 3 to 5): the overlap of a fixed code of {@code w} active bits out of {@code n} with a
 * uniformly random code of {@code w} active bits is hypergeometric, so the chance that an unrelated code matches
 * at threshold theta is the upper tail {@code sum_{b >= theta} C(w, b) C(n - w, w - b) / C(n, w)}. A recall
 * threshold is chosen from it: low enough to tolerate noise, high enough that chance matches stay rare.
 */
public final class SdrTheory {

    private SdrTheory() {
    }

    /**
     * The probability that a random code of {@code cueActive} active bits overlaps a fixed code of {@code w}
     * active bits out of {@code n} in at least {@code theta} bits.
     */
    public static double falseMatchProbability(int n, int w, int cueActive, int theta) {
        if (n < 1 || w < 0 || w > n || cueActive < 0 || cueActive > n) {
            throw new IllegalArgumentException("need 0 <= w, cueActive <= n and n >= 1, got n " + n + ", w " + w
                    + ", cueActive " + cueActive);
        }
        if (theta <= 0) {
            return 1.0;
        }
        HypergeometricDistribution overlap = new HypergeometricDistribution(null, n, w, cueActive);
        return overlap.upperCumulativeProbability(theta);
    }

    /** {@link #falseMatchProbability(int, int, int, int)} for two codes of the same activity. */
    public static double falseMatchProbability(int n, int w, int theta) {
        return falseMatchProbability(n, w, w, theta);
    }
}
