package org.astrocyte.memory.sdm;

import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Where the random address of a hard location falls relative to a stored item x and a read cue y that share
 * {@code overlap} active bits, for {@link Activation#RADIUS} activation at overlap theta. The n bits split into four
 * regions: kept (in x and y, size o), dropped (in x only), distractor (in y only) and outside. An address of a bits
 * drawn uniformly lands (c_K, c_P, c_D, c_O) bits in them with the multivariate hypergeometric probability
 * {@code C(o, c_K) C(|P|, c_P) C(|D|, c_D) C(|O|, c_O) / C(n, a)}; the location is activated by y when
 * {@code c_K + c_D >= theta} and by x when {@code c_K + c_P >= theta}.
 */
final class AccessGeometry {

    static final int KEPT = 0;
    static final int DROPPED = 1;
    static final int DISTRACTOR = 2;
    static final int OUTSIDE = 3;

    private final int[] regionSize;
    private final double byCue;
    private final double byBoth;
    private final double[] bitsGivenBoth = new double[4];
    private final double[] bitsGivenCueOnly = new double[4];

    /** Codes of w bits each, as for a read from a noisy cue. */
    AccessGeometry(int n, int w, int a, int theta, int overlap) {
        this(n, w, w, a, theta, overlap);
    }

    /** A cue of {@code cueBits} and an item of {@code itemBits} active bits. */
    AccessGeometry(int n, int cueBits, int itemBits, int a, int theta, int overlap) {
        int dropped = itemBits - overlap;
        int distractors = cueBits - overlap;
        regionSize = new int[] {overlap, dropped, distractors, n - cueBits - itemBits + overlap};
        double logAll = CombinatoricsUtils.binomialCoefficientLog(n, a);
        double cue = 0;
        double both = 0;
        for (int ck = 0; ck <= Math.min(a, overlap); ck++) {
            for (int cp = 0; cp <= Math.min(a - ck, dropped); cp++) {
                for (int cd = 0; cd <= Math.min(a - ck - cp, distractors); cd++) {
                    int co = a - ck - cp - cd;
                    if (ck + cd < theta || co > regionSize[OUTSIDE]) {
                        continue;
                    }
                    double prob = Math.exp(CombinatoricsUtils.binomialCoefficientLog(overlap, ck)
                            + CombinatoricsUtils.binomialCoefficientLog(dropped, cp)
                            + CombinatoricsUtils.binomialCoefficientLog(distractors, cd)
                            + CombinatoricsUtils.binomialCoefficientLog(regionSize[OUTSIDE], co) - logAll);
                    double[] into = ck + cp >= theta ? bitsGivenBoth : bitsGivenCueOnly;
                    into[KEPT] += prob * ck;
                    into[DROPPED] += prob * cp;
                    into[DISTRACTOR] += prob * cd;
                    into[OUTSIDE] += prob * co;
                    cue += prob;
                    if (ck + cp >= theta) {
                        both += prob;
                    }
                }
            }
        }
        for (int r = 0; r < 4; r++) {
            bitsGivenBoth[r] = both > 0 ? bitsGivenBoth[r] / both : 0;
            bitsGivenCueOnly[r] = cue - both > 0 ? bitsGivenCueOnly[r] / (cue - both) : 0;
        }
        byCue = cue;
        byBoth = both;
    }

    /** P(a location is activated by a cue of w bits): the hypergeometric tail P(H(n, w, a) >= theta). */
    static double activation(int n, int w, int a, int theta) {
        return tail(n, a, w, theta);
    }

    /** P(H >= k) for the overlap H of a fixed set of {@code marked} bits out of n with {@code drawn} random bits. */
    static double tail(int n, int marked, int drawn, int k) {
        if (k <= 0) {
            return 1.0;
        }
        if (k > Math.min(marked, drawn)) {
            return 0.0;
        }
        return new HypergeometricDistribution(null, n, marked, drawn).upperCumulativeProbability(k);
    }

    int regionSize(int region) {
        return regionSize[region];
    }

    /** P(activated by the cue y). */
    double byCue() {
        return byCue;
    }

    /** P(activated by both the item x and the cue y). */
    double byBoth() {
        return byBoth;
    }

    /** The mean number of address bits in {@code region}, over locations activated by both x and y. */
    double bitsGivenBoth(int region) {
        return bitsGivenBoth[region];
    }

    /** The mean number of address bits in {@code region}, over locations activated by y but not by x. */
    double bitsGivenCueOnly(int region) {
        return bitsGivenCueOnly[region];
    }
}
