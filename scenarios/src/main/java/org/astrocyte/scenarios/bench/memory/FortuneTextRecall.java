package org.astrocyte.scenarios.bench.memory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.astrocyte.memory.encoder.SentenceEncoder;
import org.astrocyte.scenarios.bench.BenchmarkOptions;
import org.astrocyte.scenarios.bench.BenchmarkProgress;
import org.astrocyte.scenarios.bench.Figure;
import org.astrocyte.scenarios.bench.memory.TextRecallMeasurement.Report;
import org.astrocyte.scenarios.bench.memory.TextRecallMeasurement.WidthResult;

/**
 * The text-recall measurement end to end, for the memory benchmark: reads the {@link FortuneCorpus}, embeds it with
 * the in-process all-MiniLM-L6-v2 model on {@link BenchmarkOptions#threads()} threads (through the
 * {@link EmbeddingCache}, so only the first run pays the 80 s or so), then runs {@link TextRecallMeasurement#full()}
 * on every sentence, or {@link TextRecallMeasurement#quick()} on {@value #QUICK_SENTENCES} of them chosen by a
 * seeded sample.
 */
public final class FortuneTextRecall {

    /** Sentences used in quick mode. */
    public static final int QUICK_SENTENCES = 4000;

    private static final long SAMPLE_SEED = 1;
    private static final String STORE = "InMemoryEmbeddingStore";

    private final Path corpusDirectory;
    private final Path cacheDirectory;

    /** The Debian fortune directory and the default cache directory. */
    public FortuneTextRecall() {
        this(FortuneCorpus.DEBIAN_DIRECTORY, EmbeddingCache.defaultDirectory());
    }

    /**
     * @param corpusDirectory where the fortune databases are
     * @param cacheDirectory  where embeddings are cached
     */
    public FortuneTextRecall(Path corpusDirectory, Path cacheDirectory) {
        if (corpusDirectory == null || cacheDirectory == null) {
            throw new IllegalArgumentException("directories must not be null");
        }
        this.corpusDirectory = corpusDirectory;
        this.cacheDirectory = cacheDirectory;
    }

    /**
     * What a run measured.
     *
     * @param corpusSentences  sentences in the corpus
     * @param files            the fortune files read
     * @param sentencesUsed    sentences embedded and measured (all, or a sample in quick mode)
     * @param embeddingsCached whether the embeddings came from the cache
     * @param embedSeconds     wall time to get the embeddings, model load included (s)
     * @param measureSeconds   wall time of the measurement proper (s)
     * @param report           the figures per width and of the baselines
     */
    public record Result(int corpusSentences, List<String> files, int sentencesUsed, boolean embeddingsCached,
            double embedSeconds, double measureSeconds, Report report) {

        public Result {
            files = List.copyOf(files);
        }

        /** The figures at {@link TextRecallMeasurement#DEFAULT_WIDTH}. */
        public WidthResult atDefault() {
            return report.at(TextRecallMeasurement.DEFAULT_WIDTH);
        }

        /**
         * The figures as a benchmark prints them: {@code text_recall_at_10_codes} and
         * {@code text_recall_at_10_reranked} at the default width, {@code text_query_ms} of its re-ranked path
         * against LangChain4j's {@code InMemoryEmbeddingStore}, then the same three per width (suffixed
         * {@code _BITS_ACTIVE}) and the corpus size.
         */
        public List<Figure> figures() {
            List<Figure> figures = new ArrayList<>();
            WidthResult chosen = atDefault();
            figures.add(Figure.against("text_recall_at_10_codes", chosen.recallCodes(), "", STORE,
                    report.inMemoryStoreRecall()));
            figures.add(Figure.against("text_recall_at_10_reranked", chosen.recallReranked(), "", STORE,
                    report.inMemoryStoreRecall()));
            figures.add(Figure.against("text_query_ms", chosen.rerankedQueryMs(), "ms", STORE,
                    report.inMemoryStoreMs()));
            for (WidthResult r : report.widths()) {
                String suffix = "_" + r.width().bits() + "_" + r.width().active();
                figures.add(Figure.of("text_recall_at_10_codes" + suffix, r.recallCodes(), ""));
                figures.add(Figure.of("text_recall_at_10_reranked" + suffix, r.recallReranked(), ""));
                figures.add(Figure.against("text_query_ms" + suffix, r.rerankedQueryMs(), "ms", STORE,
                        report.inMemoryStoreMs()));
            }
            figures.add(Figure.of("text_sentences", sentencesUsed, ""));
            return figures;
        }
    }

    /** Reads, embeds (or reads back) and measures, telling {@code progress} each phase. */
    public Result run(BenchmarkOptions options, BenchmarkProgress progress) throws IOException {
        FortuneCorpus corpus = FortuneCorpus.read(corpusDirectory);
        List<String> sentences = options.quick() ? sample(corpus.sentences(), QUICK_SENTENCES)
                : corpus.sentences();
        long start = System.nanoTime();
        EmbeddingCache.Embeddings embeddings;
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), task -> {
            Thread thread = new Thread(task, "embedding");
            thread.setDaemon(true);
            return thread;
        });
        try {
            progress.started("embedding " + sentences.size() + " sentences", sentences.size());
            embeddings = new EmbeddingCache(cacheDirectory).embeddings(SentenceEncoder.miniLmModelId(),
                    SentenceEncoder.miniLmModel(pool), sentences, progress::advanced);
            progress.advanced(sentences.size());
            progress.finished();
        } finally {
            pool.shutdownNow();
        }
        double embedSeconds = (System.nanoTime() - start) / 1e9;
        TextRecallMeasurement measurement = options.quick() ? TextRecallMeasurement.quick()
                : TextRecallMeasurement.full();
        start = System.nanoTime();
        Report report = measurement.measure(embeddings.vectors(), progress);
        double measureSeconds = (System.nanoTime() - start) / 1e9;
        return new Result(corpus.sentences().size(), corpus.files(), sentences.size(), embeddings.cached(),
                embedSeconds, measureSeconds, report);
    }

    /** {@code count} of the sentences chosen by a seeded shuffle, kept in corpus order. */
    static List<String> sample(List<String> sentences, int count) {
        if (count >= sentences.size()) {
            return sentences;
        }
        int[] order = new int[sentences.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(SAMPLE_SEED);
        for (int i = 0; i < count; i++) {
            int pick = i + rng.nextInt(order.length - i);
            int swap = order[i];
            order[i] = order[pick];
            order[pick] = swap;
        }
        int[] chosen = Arrays.copyOf(order, count);
        Arrays.sort(chosen);
        List<String> sample = new ArrayList<>(count);
        for (int i : chosen) {
            sample.add(sentences.get(i));
        }
        return sample;
    }
}
