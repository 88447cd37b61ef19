package org.astrocyte.scenarios.bench.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.astrocyte.memory.encoder.FlyHashProjection;
import org.astrocyte.memory.index.InvertedSdrIndex;
import org.astrocyte.memory.sdr.Sdr;
import org.astrocyte.scenarios.bench.BenchmarkProgress;

/**
 * How well sentence codes find a sentence's nearest neighbours: of the dense embeddings given, {@code queries} are
 * held out (a seeded shuffle) and the rest stored, as codes ({@link FlyHashProjection}) in an
 * {@link InvertedSdrIndex} and as the dense vectors. For each held-out query the exact cosine top-{@value #K} of the
 * stored vectors (a brute-force scan) is the truth; the store's top-{@value #K} by code overlap is compared with it
 * (recall@10 of the codes alone), and so is the top-{@value #K} after re-ranking the {@code candidates} best codes by
 * the cosine of their stored dense vectors (recall@10 re-ranked). Query times are the mean wall time per query on
 * one thread, after a warm-up: the code path includes projecting the query's embedding, not computing it (which
 * costs the same 2 to 8 ms whatever the store). LangChain4j's {@code InMemoryEmbeddingStore}, exact by
 * construction, answers the same queries as the baseline.
 *
 * <p>Measured on a shared 2-core machine (OpenJDK 17) with the 24 788 fortune sentences of {@link FortuneCorpus}
 * embedded by all-MiniLM-L6-v2: 24 288 stored, 500 queries, each code unit sampling 10% of the 384 components.
 * <table>
 * <caption>recall@10 and mean time per query (ms, one thread; query embedding not included)</caption>
 * <tr><th>bits/active</th><th>codes</th><th>re-ranked C=50</th><th>C=100</th><th>C=200</th>
 * <th>code ms</th><th>re-ranked ms (C=100)</th></tr>
 * <tr><td>2048/40</td><td>0.23</td><td></td><td>0.496</td><td></td><td>0.25</td><td>0.35</td></tr>
 * <tr><td>4096/80</td><td>0.36</td><td></td><td>0.726</td><td></td><td>0.43</td><td>0.57</td></tr>
 * <tr><td>8192/164</td><td>0.50</td><td>0.812</td><td>0.894</td><td>0.946</td><td>0.61</td><td>0.76</td></tr>
 * <tr><td>16384/328</td><td>0.62</td><td>0.929</td><td>0.970</td><td>0.988</td><td>1.03</td><td>1.19</td></tr>
 * <tr><td>32768/656</td><td>0.71</td><td>0.976</td><td></td><td>0.999</td><td>1.6</td><td>1.7 (C=50)</td></tr>
 * </table>
 * LangChain4j's {@code InMemoryEmbeddingStore} took 20 to 23 ms per query (recall 1), the plain exact scan here 4 to
 * 11 ms. The whole measurement takes about 40 s with the embeddings cached (80 s more to embed the corpus on 2
 * threads the first time); quick mode (4000 sentences, 100 queries) gives nearly the same recalls in 6 s.
 *
 * @param widths     the code widths to measure
 * @param queries    sentences held out as queries
 * @param candidates codes re-ranked by cosine, at least {@value #K}
 * @param sampling   fraction of the embedding's components each code unit sums ({@link FlyHashProjection})
 * @param seed       seeds the choice of queries and the projections
 */
public record TextRecallMeasurement(List<Width> widths, int queries, int candidates, double sampling, long seed) {

    /** Neighbours compared per query. */
    public static final int K = 10;

    /**
     * The width chosen for sentence codes: the narrowest measured whose re-ranked recall@10 reaches the goal of 0.95
     * with {@value #DEFAULT_CANDIDATES} candidates (0.970; 8192/164 reaches only 0.894), at about 1.2 ms per query,
     * 17 times faster than the exact in-memory store. Its codes alone find 62% of the true top 10.
     */
    public static final Width DEFAULT_WIDTH = new Width(16384, 328);

    /**
     * Candidates re-ranked by default: at {@link #DEFAULT_WIDTH}, 50 reach 0.929, 100 reach 0.970 and 200 reach
     * 0.988 for 0.1 ms more; 100 meets the goal with a margin while fetching few stored vectors.
     */
    public static final int DEFAULT_CANDIDATES = 100;

    private static final int WARMUP_QUERIES = 50;

    public TextRecallMeasurement {
        widths = List.copyOf(widths);
        if (widths.isEmpty()) {
            throw new IllegalArgumentException("measure at least one width");
        }
        if (queries < 1) {
            throw new IllegalArgumentException("queries must be at least 1, got " + queries);
        }
        if (candidates < K) {
            throw new IllegalArgumentException("candidates must be at least " + K + ", got " + candidates);
        }
        if (!(sampling > 0 && sampling <= 1)) {
            throw new IllegalArgumentException("sampling must lie in (0, 1], got " + sampling);
        }
    }

    /** 500 queries over 2048/40, 4096/80, 8192/164 and 16384/328 bits, {@value #DEFAULT_CANDIDATES} candidates. */
    public static TextRecallMeasurement full() {
        return new TextRecallMeasurement(standardWidths(), 500, DEFAULT_CANDIDATES,
                FlyHashProjection.DEFAULT_SAMPLING, 1);
    }

    /** 100 queries over the same widths (meant for a corpus of a few thousand sentences). */
    public static TextRecallMeasurement quick() {
        return new TextRecallMeasurement(standardWidths(), 100, DEFAULT_CANDIDATES,
                FlyHashProjection.DEFAULT_SAMPLING, 1);
    }

    /** 2048/40, 4096/80, 8192/164 and 16384/328: about 2% active each. */
    public static List<Width> standardWidths() {
        return List.of(new Width(2048, 40), new Width(4096, 80), new Width(8192, 164), new Width(16384, 328));
    }

    /** The same measurement with other widths. */
    public TextRecallMeasurement withWidths(List<Width> others) {
        return new TextRecallMeasurement(others, queries, candidates, sampling, seed);
    }

    /** The same measurement re-ranking another number of candidates. */
    public TextRecallMeasurement withCandidates(int count) {
        return new TextRecallMeasurement(widths, queries, count, sampling, seed);
    }

    /**
     * A code width.
     *
     * @param bits   bits of the code
     * @param active active bits
     */
    public record Width(int bits, int active) {

        public Width {
            if (bits < 1 || active < 1 || active > bits) {
                throw new IllegalArgumentException("need 1 <= active <= bits, got " + active + " of " + bits);
            }
        }

        /** E.g. {@code 16384/328}. */
        public String label() {
            return bits + "/" + active;
        }
    }

    /**
     * The figures of one width.
     *
     * @param width          the code width
     * @param recallCodes    mean recall@10 of the top-10 by code overlap
     * @param recallReranked mean recall@10 after re-ranking {@code candidates} codes by cosine
     * @param candidates     codes re-ranked
     * @param codeQueryMs    mean time of a top-10 query by code, projection included (ms)
     * @param rerankedQueryMs mean time of a re-ranked query, projection included (ms)
     * @param projectMs      mean time to project one embedding to a code (ms)
     */
    public record WidthResult(Width width, double recallCodes, double recallReranked, int candidates,
            double codeQueryMs, double rerankedQueryMs, double projectMs) {
    }

    /**
     * The figures of every width and of the baselines.
     *
     * @param stored          sentences stored
     * @param queries         sentences held out and queried
     * @param widths          per width, in the order measured
     * @param exactScanMs     mean time of the exact top-10 by scanning every stored vector here (ms)
     * @param inMemoryStoreMs mean time of the same query on LangChain4j's {@code InMemoryEmbeddingStore} (ms)
     * @param inMemoryStoreRecall recall@10 of that store (1 but for ties of equal scores)
     */
    public record Report(int stored, int queries, List<WidthResult> widths, double exactScanMs,
            double inMemoryStoreMs, double inMemoryStoreRecall) {

        public Report {
            widths = List.copyOf(widths);
        }

        /** The figures of {@code width}. */
        public WidthResult at(Width width) {
            for (WidthResult r : widths) {
                if (r.width().equals(width)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("width " + width.label() + " was not measured");
        }
    }

    /**
     * Measures every width on {@code vectors} (any length, normalised here), telling {@code progress} one phase per
     * width and one for each baseline.
     *
     * @throws IllegalArgumentException if there are not more vectors than {@code queries + K}
     */
    public Report measure(List<float[]> vectors, BenchmarkProgress progress) {
        if (vectors.size() < queries + K) {
            throw new IllegalArgumentException("need more than " + (queries + K) + " vectors, got " + vectors.size());
        }
        List<float[]> queryVectors = new ArrayList<>(queries);
        List<float[]> stored = new ArrayList<>(vectors.size() - queries);
        split(vectors, queryVectors, stored);

        progress.started("exact cosine top-" + K, queries);
        int[][] truth = new int[queries][];
        long start = System.nanoTime();
        for (int q = 0; q < queries; q++) {
            truth[q] = DenseNeighbours.top(queryVectors.get(q), stored, K);
            progress.advanced(q + 1);
        }
        double exactScanMs = (System.nanoTime() - start) / 1e6 / queries;
        progress.finished();

        List<WidthResult> results = new ArrayList<>();
        for (Width width : widths) {
            results.add(measure(width, queryVectors, stored, truth, progress));
        }

        progress.started("InMemoryEmbeddingStore", queries);
        InMemoryStoreBaseline baseline = new InMemoryStoreBaseline(stored);
        for (int q = 0; q < Math.min(WARMUP_QUERIES, queries); q++) {
            baseline.top(queryVectors.get(q), K);
        }
        double storeRecall = 0;
        start = System.nanoTime();
        for (int q = 0; q < queries; q++) {
            storeRecall += DenseNeighbours.recall(truth[q], baseline.top(queryVectors.get(q), K));
            progress.advanced(q + 1);
        }
        double storeMs = (System.nanoTime() - start) / 1e6 / queries;
        progress.finished();
        return new Report(stored.size(), queries, results, exactScanMs, storeMs, storeRecall / queries);
    }

    private WidthResult measure(Width width, List<float[]> queryVectors, List<float[]> stored, int[][] truth,
            BenchmarkProgress progress) {
        progress.started("codes " + width.label(), stored.size() + 2L * queries);
        int dimension = stored.get(0).length;
        int samples = Math.min(dimension, Math.max(1, (int) Math.round(sampling * dimension)));
        FlyHashProjection projection = new FlyHashProjection(dimension, width.bits(), width.active(), samples, seed);
        InvertedSdrIndex index = new InvertedSdrIndex(width.bits());
        long start = System.nanoTime();
        for (int item = 0; item < stored.size(); item++) {
            index.add(projection.project(stored.get(item)));
            if ((item + 1) % 1000 == 0) {
                progress.advanced(item + 1);
            }
        }
        double projectMs = (System.nanoTime() - start) / 1e6 / stored.size();
        progress.advanced(stored.size());
        for (int q = 0; q < Math.min(WARMUP_QUERIES, queries); q++) {
            rerankedTop(projection, index, queryVectors.get(q), stored);
            codeTop(projection, index, queryVectors.get(q));
        }
        double recallCodes = 0;
        start = System.nanoTime();
        for (int q = 0; q < queries; q++) {
            recallCodes += DenseNeighbours.recall(truth[q], codeTop(projection, index, queryVectors.get(q)));
            progress.advanced(stored.size() + q + 1L);
        }
        double codeMs = (System.nanoTime() - start) / 1e6 / queries;
        double recallReranked = 0;
        start = System.nanoTime();
        for (int q = 0; q < queries; q++) {
            recallReranked += DenseNeighbours.recall(truth[q],
                    rerankedTop(projection, index, queryVectors.get(q), stored));
            progress.advanced(stored.size() + queries + q + 1L);
        }
        double rerankedMs = (System.nanoTime() - start) / 1e6 / queries;
        progress.finished();
        return new WidthResult(width, recallCodes / queries, recallReranked / queries, candidates, codeMs,
                rerankedMs, projectMs);
    }

    private static int[] codeTop(FlyHashProjection projection, InvertedSdrIndex index, float[] query) {
        List<InvertedSdrIndex.Match> matches = index.query(projection.project(query), K, 1, item -> true);
        int[] items = new int[matches.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = matches.get(i).item();
        }
        return items;
    }

    private int[] rerankedTop(FlyHashProjection projection, InvertedSdrIndex index, float[] query,
            List<float[]> stored) {
        Sdr cue = projection.project(query);
        List<InvertedSdrIndex.Match> matches = index.query(cue, candidates, 1, item -> true);
        int[] items = new int[matches.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = matches.get(i).item();
        }
        return DenseNeighbours.rerank(query, stored, items, K);
    }

    /** A seeded shuffle picks the queries; the rest are stored in their original order. All are normalised. */
    private void split(List<float[]> vectors, List<float[]> queryVectors, List<float[]> stored) {
        int n = vectors.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < queries; i++) {
            int pick = i + rng.nextInt(n - i);
            int swap = order[i];
            order[i] = order[pick];
            order[pick] = swap;
        }
        boolean[] held = new boolean[n];
        for (int i = 0; i < queries; i++) {
            held[order[i]] = true;
            queryVectors.add(DenseNeighbours.unit(vectors.get(order[i])));
        }
        for (int i = 0; i < n; i++) {
            if (!held[i]) {
                stored.add(DenseNeighbours.unit(vectors.get(i)));
            }
        }
    }
}
