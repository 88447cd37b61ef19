package org.astrocyte.scenarios.bench.memory;

import com.hazelcast.core.HazelcastInstance;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.memory.hazelcast.HazelcastEpisodicMemory;
import org.astrocyte.memory.sdr.Sdr;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.RecallQuery;
import org.astrocyte.memory.store.Recollection;
import org.astrocyte.scenarios.bench.Percentiles;

/**
 * The scale half of B4: stores {@code items} episodes with skewed codes ({@link SkewedSdrSource}, 2048 bits, 40
 * active) in the Hazelcast episodic memory of an embedded member, one at a time as an agent would, then recalls
 * stored episodes from cues with 30% of their bits replaced: insertion rate, recall latency percentiles, recall@1
 * and heap per episode. In the same run, with the same codes and cues, a brute-force scan of the codes, and
 * LangChain4j's {@link InMemoryEmbeddingStore} (a brute-force cosine store) holding as many 384-d dense vectors,
 * queried with random unit vectors.
 */
public final class ScaleMeasurement {

    /** Bits of every code. */
    public static final int CODE_BITS = 2048;
    /** Active bits of every code. */
    public static final int CODE_ACTIVE = 40;
    /** Fraction of a cue's bits replaced by random ones. */
    public static final double CUE_NOISE = 0.3;
    /** Dimension of the dense vectors the LangChain4j store holds, that of all-MiniLM-L6-v2. */
    public static final int DENSE_DIMENSION = 384;

    private static final int WARM_UP = 500;

    private final int queries;
    private final int baselineQueries;
    private final long seed;

    /**
     * @param queries         recalls timed on the store, after {@value #WARM_UP} untimed ones that warm it up
     * @param baselineQueries queries timed on each brute-force baseline, which are 10 to 1000 times slower
     * @param seed            seeds the codes, the cues and the dense vectors
     */
    public ScaleMeasurement(int queries, int baselineQueries, long seed) {
        this.queries = queries;
        this.baselineQueries = baselineQueries;
        this.seed = seed;
    }

    /** What one size measured; times in ms. */
    public record Result(int items, double insertPerSecond, double meanMs, double p50Ms, double p99Ms,
            double recallAt1, double bytesPerEpisode, double bruteForceMeanMs, double bruteForceRecallAt1,
            double langchainMeanMs) {

        /** How many times faster the store's mean recall is than LangChain4j's mean search. */
        public double speedupVsLangchain() {
            return langchainMeanMs / meanMs;
        }
    }

    /** Measures {@code items} episodes; {@code progress} is told of each phase's steps as {@code phase, done}. */
    public Result measure(int items, PhaseProgress progress) {
        SkewedSdrSource source = new SkewedSdrSource(CODE_BITS, CODE_ACTIVE, seed);
        List<Sdr> codes = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            codes.add(source.next());
        }
        SplittableRandom rng = new SplittableRandom(seed + 1);
        int total = WARM_UP + queries;
        int[] targets = new int[total];
        List<Sdr> cues = new ArrayList<>(total);
        for (int q = 0; q < total; q++) {
            targets[q] = rng.nextInt(items);
            cues.add(codes.get(targets[q]).withNoise(CUE_NOISE, rng));
        }
        StoreFigures store = measureStore(codes, targets, cues, progress);
        double[] brute = measureBruteForce(codes, targets, cues, progress);
        double langchain = measureLangchain(items, progress);
        return new Result(items, store.insertPerSecond, store.meanMs, store.p50Ms, store.p99Ms, store.recallAt1,
                store.bytesPerEpisode, brute[0], brute[1], langchain);
    }

    /** Receives the start of each phase and its progress. */
    public interface PhaseProgress {

        /** Phase {@code name} starts with {@code steps} steps; the returned consumer is told the steps done. */
        LongConsumer phase(String name, long steps);
    }

    private record StoreFigures(double insertPerSecond, double meanMs, double p50Ms, double p99Ms, double recallAt1,
            double bytesPerEpisode) {
    }

    private StoreFigures measureStore(List<Sdr> codes, int[] targets, List<Sdr> cues, PhaseProgress progress) {
        HazelcastInstance member = EmbeddedHazelcast.start(new HazelcastSettings("bench-" + UUID.randomUUID(),
                "127.0.0.1", 5701, List.of(), 271));
        try {
            HazelcastEpisodicMemory memory = new HazelcastEpisodicMemory(member, "bench.memory");
            long heapBefore = usedHeapAfterGc();
            LongConsumer stored = progress.phase("store " + label(codes.size()), codes.size());
            long start = System.nanoTime();
            for (int i = 0; i < codes.size(); i++) {
                memory.store(Episode.of("e" + i, "agent-" + (i % 10), i, codes.get(i)));
                if ((i & 1023) == 0) {
                    stored.accept(i);
                }
            }
            double insertSeconds = (System.nanoTime() - start) / 1e9;
            stored.accept(codes.size());
            memory.recall(RecallQuery.builder(cues.get(0)).build());
            double bytes = (usedHeapAfterGc() - heapBefore) / (double) codes.size();

            LongConsumer asked = progress.phase("recall " + label(codes.size()), cues.size());
            long[] nanos = new long[queries];
            int hits = 0;
            for (int q = 0; q < cues.size(); q++) {
                long t0 = System.nanoTime();
                List<Recollection> best = memory.recall(RecallQuery.builder(cues.get(q)).k(10).build());
                long elapsed = System.nanoTime() - t0;
                if (q >= WARM_UP) {
                    nanos[q - WARM_UP] = elapsed;
                    hits += !best.isEmpty() && best.get(0).episode().id().equals("e" + targets[q]) ? 1 : 0;
                }
                asked.accept(q + 1);
            }
            double meanMs = Arrays.stream(nanos).average().orElse(0) / 1e6;
            Arrays.sort(nanos);
            return new StoreFigures(codes.size() / insertSeconds, meanMs, percentile(nanos, 0.50),
                    percentile(nanos, 0.99),
                    hits / (double) queries, bytes);
        } finally {
            member.shutdown();
        }
    }

    private double[] measureBruteForce(List<Sdr> codes, int[] targets, List<Sdr> cues, PhaseProgress progress) {
        int count = Math.min(baselineQueries, queries);
        LongConsumer done = progress.phase("brute-force scan " + label(codes.size()), count);
        long nanos = 0;
        int hits = 0;
        for (int q = 0; q < count; q++) {
            Sdr cue = cues.get(WARM_UP + q);
            long t0 = System.nanoTime();
            int best = bestByScan(codes, cue, 10);
            nanos += System.nanoTime() - t0;
            hits += best == targets[WARM_UP + q] ? 1 : 0;
            done.accept(q + 1);
        }
        return new double[] {nanos / 1e6 / count, hits / (double) count};
    }

    /** The best of the top {@code k} by a plain scan: every code's overlap, a heap of k. */
    private static int bestByScan(List<Sdr> codes, Sdr cue, int k) {
        PriorityQueue<long[]> top = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                : Long.compare(b[1], a[1]));
        for (int i = 0; i < codes.size(); i++) {
            int overlap = codes.get(i).overlap(cue);
            if (top.size() < k) {
                top.add(new long[] {overlap, i});
            } else if (overlap > top.peek()[0]) {
                top.poll();
                top.add(new long[] {overlap, i});
            }
        }
        long[] best = null;
        for (long[] entry : top) {
            if (best == null || entry[0] > best[0] || entry[0] == best[0] && entry[1] < best[1]) {
                best = entry;
            }
        }
        return best == null ? -1 : (int) best[1];
    }

    private double measureLangchain(int items, PhaseProgress progress) {
        SplittableRandom rng = new SplittableRandom(seed + 2);
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        LongConsumer filled = progress.phase("LangChain4j store " + label(items), items);
        List<Embedding> batch = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            batch.add(Embedding.from(randomUnitVector(rng)));
            if (batch.size() == 10_000 || i == items - 1) {
                store.addAll(batch);
                batch.clear();
                filled.accept(i + 1);
            }
        }
        int count = Math.min(baselineQueries, queries);
        LongConsumer asked = progress.phase("LangChain4j search " + label(items), count);
        long nanos = 0;
        for (int q = 0; q < count; q++) {
            Embedding query = Embedding.from(randomUnitVector(rng));
            long t0 = System.nanoTime();
            store.search(EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(10).build());
            nanos += System.nanoTime() - t0;
            asked.accept(q + 1);
        }
        return nanos / 1e6 / count;
    }

    private static float[] randomUnitVector(SplittableRandom rng) {
        float[] v = new float[DENSE_DIMENSION];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            double g = gaussian(rng);
            v[i] = (float) g;
            norm += g * g;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private static double percentile(long[] sortedNanos, double p) {
        return Percentiles.nearestRank(sortedNanos, p) / 1e6;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static String label(int items) {
        return items >= 1_000_000 && items % 1_000_000 == 0 ? items / 1_000_000 + "M"
                : items >= 1000 && items % 1000 == 0 ? items / 1000 + "k" : Integer.toString(items);
    }
}
