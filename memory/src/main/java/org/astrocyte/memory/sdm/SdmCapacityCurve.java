package org.astrocyte.memory.sdm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.astrocyte.memory.sdr.Sdr;

/**
 * The capacity curve of a {@link KanervaMemory}: random codes are stored in increasing counts T and, at each count,
 * a sample of the stored items is read back from noisy cues (a share of each cue's bits moved at random, as {@link
 * Sdr#withNoise}); the measured recall stands next to {@link SdmTheory}'s prediction. The capacity is the count at
 * which the fraction of exact recalls (every bit of the item and nothing else, which for w below 100 is the same as
 * an overlap of at least 0.99 w) falls below the target, 0.99 by default, interpolated between the two counts that
 * bracket the fall on a logarithmic T axis. The critical distance at each count (Kanerva 1988) is measured
 * as the cue noise at which half of the clean-ups ({@link KanervaMemory#cleanUp}) reach the item exactly, found by
 * bisection over whole bits and interpolated.
 *
 * <p>Deterministic for a seed: the memory's addresses come from its config, the items and cues from
 * {@link Settings#seed()}. The full default curve takes about 17 s on two busy cores, most of it the predicted
 * critical distances; {@link Settings#quick()} about 4 s.
 */
public final class SdmCapacityCurve {

    private SdmCapacityCurve() {
    }

    /** Runs the curve, reporting each finished count to {@code progress} (which may be null). */
    public static Result run(Settings settings, Consumer<Progress> progress) {
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
        KanervaMemory.Config config = settings.memory();
        int w = settings.activeBits();
        int noiseBits = (int) Math.round(settings.cueNoise() * w);
        SdmTheory theory = config.activation() == Activation.RADIUS ? new SdmTheory(config, w) : null;
        KanervaMemory memory = new KanervaMemory(config);
        SplittableRandom itemRng = new SplittableRandom(settings.seed());
        SplittableRandom cueRng = new SplittableRandom(settings.seed() * 31 + 7);
        List<Sdr> items = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Integer> counts = settings.itemCounts();
        for (int step = 0; step < counts.size(); step++) {
            int count = counts.get(step);
            while (items.size() < count) {
                Sdr item = randomCode(itemRng, config.codeSize(), w);
                items.add(item);
                memory.store(item);
            }
            rows.add(measure(settings, memory, items, theory, noiseBits, cueRng));
            if (progress != null) {
                progress.accept(new Progress(step + 1, counts.size(), count));
            }
        }
        int predicted = theory == null ? -1 : theory.capacity(noiseBits, settings.recallTarget());
        return new Result(settings, List.copyOf(rows), capacity(rows, settings.recallTarget(), false),
                capacity(rows, settings.recallTarget(), true), predicted,
                theory == null ? Double.NaN : theory.meanActivated());
    }

    private static Row measure(Settings settings, KanervaMemory memory, List<Sdr> items, SdmTheory theory,
            int noiseBits, SplittableRandom rng) {
        int w = settings.activeBits();
        int exact = 0;
        int cleanExact = 0;
        double quality = 0;
        double cleanQuality = 0;
        long iterations = 0;
        for (int s = 0; s < settings.samples(); s++) {
            Sdr item = items.get(rng.nextInt(items.size()));
            Sdr cue = item.withNoise(settings.cueNoise(), rng);
            Sdr read = memory.read(cue);
            quality += (double) read.overlap(item) / w;
            exact += read.equals(item) ? 1 : 0;
            SdmRecall recall = memory.cleanUp(cue, settings.cleanUpIterations());
            cleanQuality += (double) recall.code().overlap(item) / w;
            cleanExact += recall.code().equals(item) ? 1 : 0;
            iterations += recall.iterations();
        }
        int n = settings.samples();
        int count = items.size();
        double critical = settings.criticalSamples() > 0 ? criticalDistance(settings, memory, items) / w : Double.NaN;
        SdmPrediction prediction = theory == null ? null : theory.predict(count, noiseBits);
        double predictedCritical = theory != null && settings.predictCriticalDistance()
                ? theory.criticalDistance(count) / w : Double.NaN;
        return new Row(count, (double) exact / n, quality / n, (double) cleanExact / n, cleanQuality / n,
                (double) iterations / n, prediction == null ? Double.NaN : prediction.exactRecall(),
                prediction == null ? Double.NaN : prediction.meanQuality(), critical, predictedCritical);
    }

    /** The cue noise, in moved bits, at which half of the clean-ups still reach the item. */
    private static double criticalDistance(Settings settings, KanervaMemory memory, List<Sdr> items) {
        int w = settings.activeBits();
        double atZero = convergedShare(settings, memory, items, 0);
        if (atZero < 0.5) {
            return 0;
        }
        double atFull = convergedShare(settings, memory, items, w);
        if (atFull >= 0.5) {
            return w;
        }
        int low = 0;
        int high = w;
        double lowShare = atZero;
        double highShare = atFull;
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            double share = convergedShare(settings, memory, items, middle);
            if (share >= 0.5) {
                low = middle;
                lowShare = share;
            } else {
                high = middle;
                highShare = share;
            }
        }
        return low + (lowShare - 0.5) / (lowShare - highShare);
    }

    /** The share of cues with {@code moved} bits moved whose clean-up ends exactly on the item. */
    private static double convergedShare(Settings settings, KanervaMemory memory, List<Sdr> items, int moved) {
        // The same items and noise draws for every level of one count, so that the bisection compares like with like.
        SplittableRandom rng = new SplittableRandom(settings.seed() * 1_000_003L + items.size());
        double fraction = (double) moved / settings.activeBits();
        int converged = 0;
        for (int s = 0; s < settings.criticalSamples(); s++) {
            Sdr item = items.get(rng.nextInt(items.size()));
            Sdr cue = item.withNoise(fraction, rng);
            if (memory.cleanUp(cue, settings.cleanUpIterations()).code().equals(item)) {
                converged++;
            }
        }
        return (double) converged / settings.criticalSamples();
    }

    /** The count where the exact-recall fraction first falls below the target, interpolated on log T. */
    private static Capacity capacity(List<Row> rows, double target, boolean afterCleanUp) {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double recalled = afterCleanUp ? row.recalledAfterCleanUp() : row.recalled();
            if (recalled < target) {
                if (i == 0) {
                    return new Capacity(0, false);
                }
                Row before = rows.get(i - 1);
                double previous = afterCleanUp ? before.recalledAfterCleanUp() : before.recalled();
                double share = (previous - target) / (previous - recalled);
                double logT = Math.log(before.items()) + share * (Math.log(row.items()) - Math.log(before.items()));
                return new Capacity(Math.exp(logT), true);
            }
        }
        return new Capacity(rows.isEmpty() ? 0 : rows.get(rows.size() - 1).items(), false);
    }

    /** A uniformly random code of {@code w} active bits out of {@code n}. */
    static Sdr randomCode(SplittableRandom rng, int n, int w) {
        BitSet taken = new BitSet(n);
        int[] bits = new int[w];
        for (int k = 0; k < w; k++) {
            int bit;
            do {
                bit = rng.nextInt(n);
            } while (taken.get(bit));
            taken.set(bit);
            bits[k] = bit;
        }
        return Sdr.of(n, bits);
    }

    /**
     * The measured capacity.
     *
     * @param items the interpolated count; when not bracketed, 0 (recall below target from the first count) or the
     *     last count (never below target)
     * @param bracketed whether two measured counts bracket the fall below the target
     */
    public record Capacity(double items, boolean bracketed) {
    }

    /**
     * One count of the curve; fractions are of the w bits, and NaN marks what was not computed.
     *
     * @param items stored items, T
     * @param recalled share of reads from a noisy cue that returned the item exactly
     * @param meanQuality mean overlap / w of one read with the item
     * @param recalledAfterCleanUp share of clean-ups that ended exactly on the item
     * @param meanQualityAfterCleanUp mean overlap / w of the clean-up's result with the item
     * @param meanIterations mean reads per clean-up
     * @param predictedRecalled {@link SdmTheory}'s exact-recall probability for one read
     * @param predictedQuality {@link SdmTheory}'s mean quality for one read
     * @param criticalDistance measured critical distance, as a fraction of w
     * @param predictedCriticalDistance mean-field critical distance, as a fraction of w
     */
    public record Row(int items, double recalled, double meanQuality, double recalledAfterCleanUp,
            double meanQualityAfterCleanUp, double meanIterations, double predictedRecalled, double predictedQuality,
            double criticalDistance, double predictedCriticalDistance) {
    }

    /** A finished count: {@code done} of {@code steps}, at {@code items} stored. */
    public record Progress(int done, int steps, int items) {
    }

    /**
     * The curve.
     *
     * @param settings what was run
     * @param rows one per count
     * @param measured the measured capacity, for one read
     * @param measuredAfterCleanUp the measured capacity when reads are iterated to a fixed point ({@link
     *     KanervaMemory#cleanUp}); the theory does not predict it
     * @param predicted {@link SdmTheory#capacity}, or -1 when the activation has no theory
     * @param meanActivated the predicted mean number of locations a cue activates (NaN without theory)
     */
    public record Result(Settings settings, List<Row> rows, Capacity measured, Capacity measuredAfterCleanUp,
            int predicted, double meanActivated) {

        /** The curve as a plain-text table, one line per count. */
        public String table() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "%7s %9s %9s %9s %9s %7s %9s %9s %8s %8s%n", "T", "recalled", "quality", "cleaned", "cl.qual",
                    "reads", "pred.rec", "pred.qual", "crit", "pred.crit"));
            for (Row r : rows) {
                text.append(String.format(Locale.ROOT, "%7d %9.4f %9.4f %9.4f %9.4f %7.2f %9.4f %9.4f %8.3f %8.3f%n",
                        r.items(), r.recalled(), r.meanQuality(), r.recalledAfterCleanUp(),
                        r.meanQualityAfterCleanUp(), r.meanIterations(), r.predictedRecalled(), r.predictedQuality(),
                        r.criticalDistance(), r.predictedCriticalDistance()));
            }
            return text.append(String.format(Locale.ROOT,
                    "capacity at recall %.2f: measured %.0f%s, predicted %d; after clean-up %.0f%s%n",
                    settings.recallTarget(), measured.items(), measured.bracketed() ? "" : " (not bracketed)",
                    predicted, measuredAfterCleanUp.items(), measuredAfterCleanUp.bracketed() ? ""
                            : " (not bracketed)")).toString();
        }
    }

    /**
     * What to run. {@link #builder()} starts from the full curve, {@link #quick()} from a shorter one.
     *
     * @param memory the memory under test
     * @param activeBits active bits of the random codes, w; the memory must read as many
     * @param cueNoise share of a cue's bits moved at random, 0.2 by default
     * @param itemCounts the counts T at which recall is measured, increasing
     * @param samples reads per count
     * @param cleanUpIterations the most reads of one clean-up
     * @param criticalSamples clean-ups per noise level when measuring the critical distance; 0 skips it
     * @param predictCriticalDistance whether to compute the mean-field critical distance (about a second per count)
     * @param recallTarget the exact-recall share that defines the capacity
     * @param seed seed of the items and the cues
     */
    public record Settings(KanervaMemory.Config memory, int activeBits, double cueNoise, List<Integer> itemCounts,
            int samples, int cleanUpIterations, int criticalSamples, boolean predictCriticalDistance,
            double recallTarget, long seed) {

        /** Validates the fields. */
        public Settings {
            if (memory == null) {
                throw new IllegalArgumentException("memory must not be null");
            }
            if (activeBits < 1 || 2 * activeBits > memory.codeSize()) {
                throw new IllegalArgumentException("activeBits must lie in [1, codeSize / 2 = "
                        + memory.codeSize() / 2 + "], got " + activeBits);
            }
            if (memory.outputBits() != activeBits) {
                throw new IllegalArgumentException("the memory reads " + memory.outputBits() + " bits, the codes have "
                        + activeBits);
            }
            if (!(cueNoise >= 0 && cueNoise <= 1)) {
                throw new IllegalArgumentException("cueNoise must lie in [0, 1], got " + cueNoise);
            }
            if (itemCounts == null || itemCounts.isEmpty()) {
                throw new IllegalArgumentException("itemCounts must not be empty");
            }
            itemCounts = List.copyOf(itemCounts);
            for (int i = 0; i < itemCounts.size(); i++) {
                if (itemCounts.get(i) < 1 || i > 0 && itemCounts.get(i) <= itemCounts.get(i - 1)) {
                    throw new IllegalArgumentException("itemCounts must be positive and increasing, got "
                            + itemCounts);
                }
            }
            if (samples < 1 || cleanUpIterations < 1 || criticalSamples < 0) {
                throw new IllegalArgumentException("need samples >= 1, cleanUpIterations >= 1, criticalSamples >= 0,"
                        + " got " + samples + ", " + cleanUpIterations + ", " + criticalSamples);
            }
            if (!(recallTarget > 0 && recallTarget < 1)) {
                throw new IllegalArgumentException("recallTarget must lie in (0, 1), got " + recallTarget);
            }
        }

        /**
         * The full curve for the default memory ({@link KanervaMemory.Config#defaults()}) and codes of 40 bits: 13
         * counts from 100 to 6400 in steps of a factor sqrt 2, 500 reads each, critical distance from 100 clean-ups
         * per level and predicted, 20 % cue noise, target 0.99, seed 42.
         */
        public static Builder builder() {
            return new Builder();
        }

        /** A quick curve: 6 counts from 200 to 6400 in doublings, 200 reads each, 40 clean-ups, no predicted
         * critical distance. */
        public static Builder quick() {
            return new Builder().itemCounts(geometric(200, 2, 6)).samples(200).criticalSamples(40)
                    .predictCriticalDistance(false);
        }

        /** {@code steps} counts from {@code first}, each {@code factor} times the last, rounded. */
        public static List<Integer> geometric(int first, double factor, int steps) {
            List<Integer> counts = new ArrayList<>();
            for (int i = 0; i < steps; i++) {
                counts.add((int) Math.round(first * Math.pow(factor, i)));
            }
            return counts;
        }

        /** Builds {@link Settings}; setters are named after the fields. */
        public static final class Builder {
            private KanervaMemory.Config memory = KanervaMemory.Config.defaults();
            private int activeBits = 40;
            private double cueNoise = 0.2;
            private List<Integer> itemCounts = geometric(100, Math.sqrt(2), 13);
            private int samples = 500;
            private int cleanUpIterations = 10;
            private int criticalSamples = 100;
            private boolean predictCriticalDistance = true;
            private double recallTarget = 0.99;
            private long seed = 42;

            private Builder() {
            }

            /** Sets {@link Settings#memory()}. */
            public Builder memory(KanervaMemory.Config value) {
                memory = value;
                return this;
            }

            /** Sets {@link Settings#activeBits()}. */
            public Builder activeBits(int value) {
                activeBits = value;
                return this;
            }

            /** Sets {@link Settings#cueNoise()}. */
            public Builder cueNoise(double value) {
                cueNoise = value;
                return this;
            }

            /** Sets {@link Settings#itemCounts()}. */
            public Builder itemCounts(List<Integer> value) {
                itemCounts = value;
                return this;
            }

            /** Sets {@link Settings#samples()}. */
            public Builder samples(int value) {
                samples = value;
                return this;
            }

            /** Sets {@link Settings#cleanUpIterations()}. */
            public Builder cleanUpIterations(int value) {
                cleanUpIterations = value;
                return this;
            }

            /** Sets {@link Settings#criticalSamples()}. */
            public Builder criticalSamples(int value) {
                criticalSamples = value;
                return this;
            }

            /** Sets {@link Settings#predictCriticalDistance()}. */
            public Builder predictCriticalDistance(boolean value) {
                predictCriticalDistance = value;
                return this;
            }

            /** Sets {@link Settings#recallTarget()}. */
            public Builder recallTarget(double value) {
                recallTarget = value;
                return this;
            }

            /** Sets {@link Settings#seed()}. */
            public Builder seed(long value) {
                seed = value;
                return this;
            }

            /** The validated settings. */
            public Settings build() {
                return new Settings(memory, activeBits, cueNoise, itemCounts, samples, cleanUpIterations,
                        criticalSamples, predictCriticalDistance, recallTarget, seed);
            }
        }
    }
}
