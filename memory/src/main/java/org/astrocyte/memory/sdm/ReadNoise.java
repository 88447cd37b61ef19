package org.astrocyte.memory.sdm;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * The noise at one bit of a read: what the other stored items add there (the model of {@link SdmTheory}). An item
 * holding the bit (probability w / n each) adds one per activated location it wrote to. It wrote to an activated
 * location whose address holds the bit with probability P1 (or never, when locations mask their address bits), and
 * to any other with a probability r(o) that grows with the item's overlap o with the cue, because activated
 * locations have cue bits in their addresses. Items are grouped by o; within a group the number holding the bit is
 * binomial and each adds Poisson(h P1 + (m - h) r(o)) for a bit held by h of the m activated addresses; the groups
 * are summed by convolution.
 */
final class ReadNoise {

    /** Bits in the cue: an item holding one overlaps the cue in at least that bit. */
    static final int IN_CUE = 0;
    /** Bits outside the cue. */
    static final int OFF_CUE = 1;

    /** Overlap groups per family; the last lumps the rest of the tail at its mean rate. */
    static final int GROUPS = 5;
    static final double NEGLIGIBLE = 1e-9;
    /** Poisson terms below this are not added (and would soon turn subnormal, which is slow). */
    private static final double TINY = 1e-17;

    private final double bitShare;
    private final double hot;
    private final boolean masked;
    private final double[][] groupShare = new double[2][GROUPS];
    private final double[][] groupRate = new double[2][GROUPS];

    ReadNoise(KanervaMemory.Config config, int w) {
        int n = config.codeSize();
        int a = config.addressBits();
        int theta = config.threshold();
        this.bitShare = (double) w / n;
        this.masked = config.maskAddressBits();
        this.hot = AccessGeometry.tail(n - 1, a - 1, w - 1, theta - 1);
        // The other w - 1 bits of the item against the cue (less the bit itself when it is a cue bit), among n - 1.
        for (int family = 0; family < 2; family++) {
            int cueBits = family == IN_CUE ? w - 1 : w;
            HypergeometricDistribution overlap = new HypergeometricDistribution(null, n - 1, cueBits, w - 1);
            double restShare = 1;
            for (int g = 0; g < GROUPS; g++) {
                double share = g < GROUPS - 1 ? overlap.probability(g) : restShare;
                double rate;
                if (g < GROUPS - 1) {
                    rate = coldRate(n - 1, cueBits, w - 1, a, theta, g);
                } else {
                    double weighted = 0;
                    for (int o = g; o <= Math.min(cueBits, w - 1); o++) {
                        weighted += overlap.probability(o) * coldRate(n - 1, cueBits, w - 1, a, theta, o);
                    }
                    rate = share > 0 ? weighted / share : 0;
                }
                groupShare[family][g] = share;
                groupRate[family][g] = rate;
                restShare -= share;
            }
        }
    }

    /** r(o): P(an item of overlap o with the cue wrote to a location the cue activates, not holding the bit). */
    private static double coldRate(int n, int cueBits, int itemBits, int a, int theta, int overlap) {
        AccessGeometry geometry = new AccessGeometry(n, cueBits, itemBits, a, theta, overlap);
        return geometry.byCue() > 0 ? geometry.byBoth() / geometry.byCue() : 0;
    }

    /** P1. */
    double hot() {
        return hot;
    }

    /** The mean of r(o) over the items holding a bit of {@code family}. */
    double meanColdRate(int family) {
        double mean = 0;
        for (int g = 0; g < GROUPS; g++) {
            mean += groupShare[family][g] * groupRate[family][g];
        }
        return mean;
    }

    /** P(o' = group) for an item holding a bit of {@code family}; the last group holds the rest of the tail. */
    double groupShare(int family, int group) {
        return groupShare[family][group];
    }

    /** w / n: the probability that an item holds a given bit. */
    double bitShare() {
        return bitShare;
    }

    /** The per-item rate of a group for a bit held by h of m activated addresses. */
    double rate(int family, int group, int m, int h) {
        return (masked ? 0 : h * hot) + (m - h) * groupRate[family][group];
    }

    /** For {@code items} stored: P(K = k) of the number of the other items of each group holding a bit. */
    double[][][] holders(int items) {
        double[][][] pmf = new double[2][GROUPS][];
        for (int family = 0; family < 2; family++) {
            for (int g = 0; g < GROUPS; g++) {
                BinomialDistribution count = new BinomialDistribution(null, Math.max(0, items - 1),
                        Math.min(1, bitShare * groupShare[family][g]));
                double mean = (items - 1) * bitShare * groupShare[family][g];
                double[] p = new double[items];
                int k = 0;
                for (; k < items; k++) {
                    p[k] = count.probability(k);
                    if (p[k] < NEGLIGIBLE && k > mean) {
                        break;
                    }
                }
                pmf[family][g] = java.util.Arrays.copyOf(p, Math.min(items, k + 1));
            }
        }
        return pmf;
    }

    /** The largest noise value worth tabulating for m activated locations and hot counts up to {@code maxHot}. */
    int values(double[][][] holders, int m, int maxHot) {
        double worst = 0;
        for (int family = 0; family < 2; family++) {
            for (int h : new int[] {0, maxHot}) {
                double mean = 0;
                double variance = 0;
                for (int g = 0; g < GROUPS; g++) {
                    double items = 0;
                    double[] p = holders[family][g];
                    for (int k = 0; k < p.length; k++) {
                        items += k * p[k];
                    }
                    double rate = rate(family, g, m, h);
                    mean += items * rate;
                    variance += items * rate * (1 + 2 * rate);
                }
                worst = Math.max(worst, mean + 10 * Math.sqrt(variance));
            }
        }
        return (int) Math.ceil(worst + 12);
    }

    /** P(N > u) for u in [0, values) at a bit of {@code family} held by h of the m activated addresses. */
    double[] survival(double[][][] holders, int family, int m, int h, int values) {
        double[] total = null;
        for (int g = 0; g < GROUPS; g++) {
            double[] part = mixedPoisson(holders[family][g], rate(family, g, m, h), values);
            total = total == null ? part : convolve(total, part);
        }
        double[] survival = new double[values];
        double tail = 0;
        for (int u = values - 1; u >= 0; u--) {
            survival[u] = tail;
            tail += total[u];
        }
        return survival;
    }

    /** The distribution of the sum, truncated to the length of {@code a}; only the supports are walked. */
    private static double[] convolve(double[] a, double[] b) {
        double[] c = new double[a.length];
        int aFrom = firstAbove(a);
        int aTo = lastAbove(a);
        int bFrom = firstAbove(b);
        int bTo = lastAbove(b);
        for (int j = bFrom; j <= bTo; j++) {
            double bj = b[j];
            int end = Math.min(aTo, c.length - 1 - j);
            for (int i = aFrom; i <= end; i++) {
                c[i + j] += a[i] * bj;
            }
        }
        return c;
    }

    private static int firstAbove(double[] p) {
        int i = 0;
        while (i < p.length - 1 && p[i] < TINY) {
            i++;
        }
        return i;
    }

    private static int lastAbove(double[] p) {
        int i = p.length - 1;
        while (i > 0 && p[i] < TINY) {
            i--;
        }
        return i;
    }

    /** The pmf of N on [0, values) when K ~ {@code holders} and N | K ~ Poisson(K rate). */
    private static double[] mixedPoisson(double[] holders, double rate, int values) {
        double[] pmf = new double[values];
        for (int k = 0; k < holders.length; k++) {
            if (holders[k] >= NEGLIGIBLE) {
                addPoisson(pmf, holders[k], k * rate);
            }
        }
        return pmf;
    }

    private static void addPoisson(double[] pmf, double weight, double mean) {
        if (mean <= 0) {
            pmf[0] += weight;
            return;
        }
        int mode = Math.min(pmf.length - 1, (int) Math.floor(mean));
        double atMode = Math.exp(mode * Math.log(mean) - mean - Gamma.logGamma(mode + 1.0));
        double p = atMode;
        for (int u = mode; u < pmf.length && p > TINY; u++) {
            pmf[u] += weight * p;
            p *= mean / (u + 1);
        }
        p = atMode;
        for (int u = mode - 1; u >= 0 && p > TINY; u--) {
            p *= (u + 1) / mean;
            pmf[u] += weight * p;
        }
    }
}
