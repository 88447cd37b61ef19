package org.astrocyte.memory.sdm;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The signal-to-noise model of one read of a {@link KanervaMemory} with {@link Activation#RADIUS} activation, from a
 * cue that shares {@code overlap} of its w bits with a stored item, after T random items were stored
 * (auto-association). The derivation is in {@link SdmTheory}; this class does the sums.
 *
 * <p>Conditioned on m, the number of locations the cue activates (binomial(M, p)), and S, how many of them the item
 * also activated (binomial(m, q / p)), every bit of the item has the value S plus noise ({@link ReadNoise}), and
 * every other bit noise alone. The noise of a bit depends on h, how many activated addresses hold the bit, which is
 * Poisson with a mean that depends on the bit's region (kept, dropped, distractor, outside: {@link AccessGeometry}).
 * When locations mask their address bits, the item's bit gets S - g instead, g of the S shared locations holding
 * it in their address. The read is exact when every item bit comes before every other bit in the k-winners order.
 */
final class ReadPredictor {

    /** Probability mass below which a term of the sums over m, S and h is dropped. */
    private static final double NEGLIGIBLE = ReadNoise.NEGLIGIBLE;
    /** Ties at the boundary are worked out only where both sides have at least this probability. */
    private static final double TIE_NEGLIGIBLE = 1e-12;
    /** The most tied bits per side that the tie sum counts. */
    private static final int TIED = 12;
    private static final int[] TARGETS = {AccessGeometry.KEPT, AccessGeometry.DROPPED};
    private static final int[] OTHERS = {AccessGeometry.DISTRACTOR, AccessGeometry.OUTSIDE};

    private final int locations;
    private final int w;
    private final boolean masked;
    private final double activation;
    private final double signalShare;
    private final AccessGeometry geometry;
    private final ReadNoise noise;

    ReadPredictor(KanervaMemory.Config config, int w, int overlap, ReadNoise noise) {
        int n = config.codeSize();
        int a = config.addressBits();
        int theta = config.threshold();
        this.locations = config.locations();
        this.w = w;
        this.masked = config.maskAddressBits();
        this.geometry = new AccessGeometry(n, w, a, theta, overlap);
        this.activation = geometry.byCue();
        this.signalShare = activation > 0 ? geometry.byBoth() / activation : 0;
        this.noise = noise;
    }

    /** p: the probability that the cue activates a location. */
    double activation() {
        return activation;
    }

    /** q / p: the probability that a location the cue activates was also activated by the item. */
    double signalShare() {
        return signalShare;
    }

    ReadNoise noise() {
        return noise;
    }

    boolean masked() {
        return masked;
    }

    int classCount(int region) {
        return geometry.regionSize(region);
    }

    /**
     * The mean of h for a bit in {@code region}, given m activated locations of which S are the item's; for the
     * item's bits under masking only the S shared locations count (g), since h only changes the noise rate by
     * {@code h P0}, which is small beside {@code m P0}.
     */
    double hotMean(int region, int m, int s) {
        int size = geometry.regionSize(region);
        if (size == 0) {
            return 0;
        }
        double shared = s * geometry.bitsGivenBoth(region);
        if (masked && isTarget(region)) {
            return shared / size;
        }
        return (shared + (m - s) * geometry.bitsGivenCueOnly(region)) / size;
    }

    /** {exact recall, mean quality}: P(the read returns the item) and E(overlap / w) after {@code items} stores. */
    double[] predict(int items) {
        double exact = 0;
        double quality = 0;
        BinomialDistribution activated = new BinomialDistribution(null, locations, activation);
        double[][][] holders = noise.holders(items);
        for (int m = 1; m <= locations; m++) {
            double pm = activated.probability(m);
            if (pm < NEGLIGIBLE) {
                if (m > locations * activation) {
                    break;
                }
                continue;
            }
            NoiseTable table = new NoiseTable(holders, m);
            BinomialDistribution shared = new BinomialDistribution(null, m, signalShare);
            for (int s = 0; s <= m; s++) {
                double ps = shared.probability(s);
                if (ps < NEGLIGIBLE) {
                    continue;
                }
                double[] outcome = outcome(table, m, s);
                exact += pm * ps * outcome[0];
                quality += pm * ps * outcome[1];
            }
        }
        return new double[] {exact, quality};
    }

    /** {P(exact), E(quality)} given m and S. */
    private double[] outcome(NoiseTable table, int m, int s) {
        int top = table.values() + s + 1;
        double[][] above = new double[4][];
        for (int region = 0; region < 4; region++) {
            above[region] = table.valueSurvival(region, hotMean(region, m, s), isTarget(region) ? s : 0, top);
        }
        // Sum over the best non-target value v: all item bits above it, or tied with it and first in bit order.
        double exact = 0;
        double previousMax = 0;
        double atLeast = 1;
        for (int v = 0; v <= top && previousMax < 1; v++) {
            double maxBelow = 1;
            for (int region : OTHERS) {
                maxBelow *= power(1 - above[region][v], classCount(region));
            }
            double allAbove = 1;
            for (int region : TARGETS) {
                allAbove *= power(above[region][v], classCount(region));
            }
            double maxAt = maxBelow - previousMax;
            exact += maxAt * allAbove;
            // Bits of sum 0 never win, so a tie at 0 is a miss.
            if (v > 0 && maxAt > TIE_NEGLIGIBLE && atLeast - allAbove > TIE_NEGLIGIBLE) {
                exact += ties(above, v);
            }
            previousMax = maxBelow;
            atLeast = allAbove;
        }
        return new double[] {exact, quality(above, top)};
    }

    /**
     * P(the lowest item bits and the highest other bits share the value v, and the readout takes the item's): with
     * a item bits and b others at v, and the item's bits at random bit numbers, all a come first in bit order with
     * probability {@code 1 / C(a + b, a)}. Up to {@link #TIED} of each are counted; more are rarer still and then
     * almost never all come first.
     */
    private double ties(double[][] above, int v) {
        double[] items = new double[] {1};
        for (int region : TARGETS) {
            double at = above[region][v - 1] - above[region][v];
            items = product(items, binomialTerms(classCount(region), at, above[region][v]));
        }
        double[] others = new double[] {1};
        for (int region : OTHERS) {
            double at = above[region][v - 1] - above[region][v];
            others = product(others, binomialTerms(classCount(region), at, 1 - above[region][v - 1]));
        }
        double sum = 0;
        for (int a = 1; a < items.length; a++) {
            double ways = 1;
            for (int b = 1; b < others.length; b++) {
                ways *= (double) (a + b) / b;
                sum += items[a] * others[b] / ways;
            }
        }
        return sum;
    }

    /** {@code C(count, k) at^k rest^(count - k)} for k up to {@link #TIED}: k of the bits at v, the rest beyond. */
    private static double[] binomialTerms(int count, double at, double rest) {
        double[] terms = new double[Math.min(count, TIED) + 1];
        if (rest <= 0) {
            // Only "all at v" has weight, and it is counted only if it fits below the cut.
            if (count < terms.length) {
                terms[count] = power(at, count);
            }
            return terms;
        }
        terms[0] = power(rest, count);
        double ratio = at / rest;
        for (int k = 1; k < terms.length; k++) {
            terms[k] = terms[k - 1] * (count - k + 1) / k * ratio;
        }
        return terms;
    }

    /** The coefficients of the product of two polynomials, truncated at degree {@link #TIED}. */
    private static double[] product(double[] a, double[] b) {
        double[] c = new double[Math.min(TIED, a.length + b.length - 2) + 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length && i + j < c.length; j++) {
                c[i + j] += a[i] * b[j];
            }
        }
        return c;
    }

    /**
     * Mean-field k-winners: the level v* at which the expected count of bits with at least that value reaches w;
     * all bits above it win and an equal share of those at it, as ties fall to bit order, which is random here.
     */
    private double quality(double[][] above, int top) {
        double countAbove = 0;
        for (int v = top; v >= 1; v--) {
            double countAtLeast = 0;
            for (int region = 0; region < 4; region++) {
                countAtLeast += classCount(region) * above[region][v - 1];
            }
            if (countAtLeast >= w || v == 1) {
                double taken = countAtLeast > countAbove
                        ? Math.min(1, (w - countAbove) / (countAtLeast - countAbove)) : 1;
                double captured = 0;
                for (int region : TARGETS) {
                    double strictly = above[region][v];
                    double equal = above[region][v - 1] - strictly;
                    captured += classCount(region) * (strictly + taken * equal);
                }
                return captured / w;
            }
            countAbove = countAtLeast;
        }
        return 0;
    }

    private static int family(int region) {
        return region == AccessGeometry.KEPT || region == AccessGeometry.DISTRACTOR ? ReadNoise.IN_CUE
                : ReadNoise.OFF_CUE;
    }

    private static boolean isTarget(int region) {
        return region == AccessGeometry.KEPT || region == AccessGeometry.DROPPED;
    }

    /** The largest h whose Poisson probability at {@code mean} is not negligible. */
    private static int poissonReach(double mean) {
        double p = Math.exp(-mean);
        int h = 0;
        while (p >= NEGLIGIBLE || h < mean) {
            h++;
            p *= mean / h;
        }
        return h;
    }

    private static double power(double x, int count) {
        if (count == 0) {
            return 1;
        }
        if (x <= 0) {
            return 0;
        }
        return Math.exp(count * Math.log(x));
    }

    /** The noise distributions of one m, for each family and hot count h, and their mixtures over h. */
    private final class NoiseTable {
        private final double[][][] survival;
        private final int values;
        private final double[][][] holders;
        private final int m;

        NoiseTable(double[][][] holders, int m) {
            double largestHot = 0;
            for (int region = 0; region < 4; region++) {
                largestHot = Math.max(largestHot, Math.max(hotMean(region, m, 0), hotMean(region, m, m)));
            }
            int maxHot = Math.min(m, poissonReach(largestHot));
            values = noise.values(holders, m, maxHot);
            survival = new double[2][maxHot + 1][];
            this.holders = holders;
            this.m = m;
        }

        /** The noise survival at h, tabulated on first use: most families need only small h. */
        private double[] survival(int family, int h) {
            double[] table = survival[family][h];
            if (table == null) {
                table = survival[family][h] = noise.survival(holders, family, m, h, values);
            }
            return table;
        }

        int values() {
            return values;
        }

        /**
         * P(value > v) for v in [0, top] at a bit of {@code region}, value = signal + noise, when h is Poisson with
         * mean {@code hotMean}; under masking an item's bit loses one unit of signal per shared location holding
         * it ({@code signal - h}).
         */
        double[] valueSurvival(int region, double hotMean, int signal, int top) {
            int family = family(region);
            int hots = survival[family].length;
            double[] mixed = new double[top + 1];
            double weight = Math.exp(-hotMean);
            double total = 0;
            for (int h = 0; h < hots; h++) {
                if (h > 0) {
                    weight *= hotMean / h;
                }
                if (weight < NEGLIGIBLE) {
                    if (h > hotMean) {
                        break;
                    }
                    continue;
                }
                total += weight;
                int shift = masked && signal > 0 ? Math.max(0, signal - h) : signal;
                double[] s = survival(family, h);
                for (int v = 0; v <= top; v++) {
                    int u = v - shift;
                    mixed[v] += weight * (u < 0 ? 1 : u < values ? s[u] : 0);
                }
            }
            for (int v = 0; v <= top; v++) {
                mixed[v] /= total;
            }
            return mixed;
        }
    }
}
