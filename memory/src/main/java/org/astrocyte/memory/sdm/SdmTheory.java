package org.astrocyte.memory.sdm;

import java.util.HashMap;
import java.util.Map;

/**
 * The predicted recall of a {@link KanervaMemory} with {@link Activation#RADIUS} activation storing random codes by
 * auto-association: a signal-to-noise analysis in the manner of Kanerva ("Sparse Distributed Memory", MIT Press
 * 1988), redone for sparse addresses and the k-winners readout. It keeps the sums discrete (mixed Poisson noise,
 * integer ties) where Kanerva's analysis of dense codes uses a Gaussian: exact recall hinges on the largest of about
 * n noise sums, a far tail in which Poisson-like noise with a mean of a few counts is much heavier than a Gaussian
 * of the same variance.
 *
 * <p>Codes have w active bits out of n; the M locations have random addresses of a bits and are activated by an
 * overlap of at least theta. The model, for a read from a cue that kept o = w - noiseBits of a stored item's bits:
 * <ol>
 * <li>A location is activated with p = P(H(n, w, a) >= theta), H hypergeometric; m, the number activated, is
 * binomial(M, p).</li>
 * <li>A location activated by the cue was written by the item with q(o) / p, q(o) from the multivariate
 * hypergeometric split of the address over the item's and the cue's bits; S, the shared locations, is
 * binomial(m, q / p). Every bit of the item gets S from its own write (less, under masking, the g shared locations
 * whose address holds the bit).</li>
 * <li>Another item holding a bit (probability w / n) adds one per activated location it wrote to: with P1 = P(H(n -
 * 1, a - 1, w - 1) >= theta - 1) at the h activated locations whose address holds the bit (none under masking), and
 * with r(o') at the others, o' being its own overlap with the cue. Given h, the noise is a sum of mixed Poissons
 * over the overlap groups o', with binomial(T - 1, w / n P(o')) holders in each.</li>
 * <li>h, the activated addresses holding a bit, is Poisson with a mean that depends on whether the bit is kept,
 * dropped, a distractor of the cue or outside both, again from the multivariate hypergeometric split.</li>
 * <li>The read is exact when every item bit comes before every other bit in the readout's order: {@code sum_v
 * P(max other = v) P(all item bits > v)}, plus the ties at v, where a item bits and b others that share the value
 * come out right with probability {@code 1 / C(a + b, a)}, the readout ordering ties by bit number and the item's
 * bits lying at random numbers. The mean quality takes the level at which the expected count of bits reaches w
 * (mean-field k-winners).</li>
 * </ol>
 * Bits are treated as independent given m, S and their h. For the default memory and 20 % cue noise the predicted
 * exact recall stays within 0.04 of the measured one over the whole curve, and T* = 1 500 against a measured
 * 1 530 to 1 570 (two seeds, 4 000 reads per count); the mean-field critical distance overestimates the measured
 * one at light loads (0.81 w of the cue measured at 100 items against 0.93 w predicted) and meets it within 0.03 w
 * from about 800 items on.
 *
 * <p>The capacity T* is the largest T whose predicted exact recall is at least the target. The critical distance
 * (Kanerva 1988) is the cue noise beyond which iterated reads drift away instead of converging; here it is
 * the mean-field estimate: the map k -> g(k) = w (1 - quality(k)) from wrong bits in the cue to expected wrong bits
 * read, and the distance is its first crossing g(k) = k above the item's own neighbourhood. The map is an
 * expectation, so the measured distance (the noise at which half of the clean-ups reach the item) is reported next
 * to it in {@link SdmCapacityCurve}.
 *
 * <p>Instances cache their predictions and are not thread-safe.
 */
public final class SdmTheory {

    private static final int LARGEST_CAPACITY = 1 << 24;

    private final KanervaMemory.Config config;
    private final int w;
    private final ReadNoise noise;
    private final Map<Integer, ReadPredictor> predictors = new HashMap<>();
    private final Map<Long, SdmPrediction> predictions = new HashMap<>();

    /**
     * The theory of a memory of this configuration holding random codes of {@code activeBits} active bits.
     *
     * @throws IllegalArgumentException unless the activation is {@link Activation#RADIUS}, the codes fit (at most half
     *     of the bits active) and a cue can activate a location
     */
    public SdmTheory(KanervaMemory.Config config, int activeBits) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        if (config.activation() != Activation.RADIUS) {
            throw new IllegalArgumentException("the theory covers RADIUS activation only, got " + config.activation());
        }
        if (activeBits < 1 || 2 * activeBits > config.codeSize()) {
            throw new IllegalArgumentException("activeBits must lie in [1, codeSize / 2 = " + config.codeSize() / 2
                    + "], got " + activeBits);
        }
        if (config.threshold() > activeBits) {
            throw new IllegalArgumentException("threshold " + config.threshold() + " exceeds the " + activeBits
                    + " active bits of a cue: no location would ever be activated");
        }
        this.config = config;
        this.w = activeBits;
        this.noise = new ReadNoise(config, activeBits);
    }

    /** p: the probability that a cue activates a given location. */
    public double activationProbability() {
        return AccessGeometry.activation(config.codeSize(), w, config.addressBits(), config.threshold());
    }

    /** M p: the mean number of locations a cue activates. */
    public double meanActivated() {
        return config.locations() * activationProbability();
    }

    /** q / p: the probability that a location activated by a cue with {@code noiseBits} moved bits was the item's. */
    public double sharedFraction(int noiseBits) {
        return predictor(noiseBits).signalShare();
    }

    /** The predicted outcome of one read from a cue with {@code noiseBits} moved bits after {@code items} stores. */
    public SdmPrediction predict(int items, int noiseBits) {
        if (items < 1) {
            throw new IllegalArgumentException("items must be at least 1, got " + items);
        }
        long key = (long) items * (w + 1) + noiseBits;
        SdmPrediction cached = predictions.get(key);
        if (cached == null) {
            double[] outcome = predictor(noiseBits).predict(items);
            cached = new SdmPrediction(items, noiseBits, clamp(outcome[0]), clamp(outcome[1]));
            predictions.put(key, cached);
        }
        return cached;
    }

    /**
     * T*: the largest number of stored items at which a read from a cue with {@code noiseBits} moved bits is still
     * predicted to be exact with probability at least {@code recallTarget}, to within 0.5 %; 0 if not even one item
     * is recalled that well.
     */
    public int capacity(int noiseBits, double recallTarget) {
        if (!(recallTarget > 0 && recallTarget < 1)) {
            throw new IllegalArgumentException("recallTarget must lie in (0, 1), got " + recallTarget);
        }
        if (predict(1, noiseBits).exactRecall() < recallTarget) {
            return 0;
        }
        int low = 1;
        int high = 64;
        while (predict(high, noiseBits).exactRecall() >= recallTarget) {
            low = high;
            high *= 2;
            if (high > LARGEST_CAPACITY) {
                return low;
            }
        }
        while (high - low > Math.max(1, low / 200)) {
            int middle = low + (high - low) / 2;
            if (predict(middle, noiseBits).exactRecall() >= recallTarget) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The mean-field critical distance after {@code items} stores, in moved bits of the cue: the first k above the
     * item's neighbourhood where the expected wrong bits of a read reach the wrong bits of the cue, interpolated
     * between whole bits. 0 when even a cue one bit off is expected to read half a bit or more wrong, so that the
     * item is no longer an attractor; capped where chance overlap (w * w / n bits) makes the map meaningless.
     */
    public double criticalDistance(int items) {
        if (wrongAfterRead(items, 1) >= 0.5) {
            return 0;
        }
        int limit = w - (int) Math.ceil(2.0 * w * w / config.codeSize()) - 1;
        if (limit <= 1 || wrongAfterRead(items, limit) < limit) {
            return Math.max(1, limit);
        }
        // g(k) < k at 1 and not at the limit: bisect for the last k where the read still improves on the cue.
        int low = 1;
        int high = limit;
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (wrongAfterRead(items, middle) < middle) {
                low = middle;
            } else {
                high = middle;
            }
        }
        double below = wrongAfterRead(items, low) - low;
        double above = wrongAfterRead(items, high) - high;
        return low + below / (below - above);
    }

    /** The activated bits of the cues this theory is for, w. */
    public int activeBits() {
        return w;
    }

    /** The configuration this theory is for. */
    public KanervaMemory.Config config() {
        return config;
    }

    /** g(k): expected wrong bits of a read from a cue with k wrong bits. */
    private double wrongAfterRead(int items, int noiseBits) {
        return w * (1 - predict(items, noiseBits).meanQuality());
    }

    private ReadPredictor predictor(int noiseBits) {
        if (noiseBits < 0 || noiseBits > w) {
            throw new IllegalArgumentException("noiseBits must lie in [0, " + w + "], got " + noiseBits);
        }
        return predictors.computeIfAbsent(noiseBits, k -> new ReadPredictor(config, w, w - k, noise));
    }

    private static double clamp(double probability) {
        return Math.max(0, Math.min(1, probability));
    }
}
