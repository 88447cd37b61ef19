package org.astrocyte.scenarios.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.astrocyte.memory.sdm.SdmCapacityCurve;
import org.astrocyte.scenarios.bench.memory.FortuneTextRecall;
import org.astrocyte.scenarios.bench.memory.ScaleMeasurement;
import org.astrocyte.scenarios.plot.CapacityCurvePlot;

/**
 * B4: the long-term memory. Text: recall@10 of the sentence codes of a real corpus (the Debian fortune files, see
 * {@link FortuneTextRecall}) against the exact cosine top-10 of their dense embeddings, with codes alone and
 * re-ranked, for several code widths, beside LangChain4j's {@code InMemoryEmbeddingStore}. Scale: the Hazelcast
 * episodic memory at 100 000 and 1 000 000 episodes of skewed codes (insertion rate, recall latency from cues with 30%
 * of their bits replaced, recall@1, heap per episode) against a brute-force scan of the same codes and LangChain4j's
 * {@code InMemoryEmbeddingStore} holding as many dense vectors. Kanerva's sparse distributed memory: its capacity
 * against the theory, its curve plotted to {@code out/bench/memory/sdm-capacity.png}. {@code --quick} measures 100 000
 * episodes only, a smaller corpus and a shorter curve.
 */
public final class MemoryBenchmark implements Benchmark {

    private static final String BRUTE_FORCE = "brute-force scan";
    private static final String LANGCHAIN = "LangChain4j InMemoryEmbeddingStore";

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public String description() {
        return "episodic memory at 100k and 1M episodes against a brute-force scan and LangChain4j's in-memory "
                + "store; text recall@10 against exact cosine; Kanerva SDM capacity against theory";
    }

    @Override
    public List<Figure> run(BenchmarkOptions options, BenchmarkProgress progress) throws IOException {
        List<Figure> figures = new ArrayList<>(new FortuneTextRecall().run(options, progress).figures());
        figures.addAll(scale(options, progress));
        figures.addAll(sdm(options, progress));
        return figures;
    }

    /** Where the benchmark writes its plots and tables. */
    static final Path OUTPUT = Path.of("out", "bench", "memory");

    private static List<Figure> sdm(BenchmarkOptions options, BenchmarkProgress progress) throws IOException {
        SdmCapacityCurve.Settings settings = (options.quick() ? SdmCapacityCurve.Settings.quick()
                : SdmCapacityCurve.Settings.builder()).build();
        progress.started("Kanerva SDM capacity curve", settings.itemCounts().size());
        SdmCapacityCurve.Result curve = SdmCapacityCurve.run(settings, step -> progress.advanced(step.done()));
        progress.finished();
        Files.createDirectories(OUTPUT);
        Files.writeString(OUTPUT.resolve("sdm-capacity.txt"), curve.table());
        CapacityCurvePlot.write(curve, OUTPUT.resolve("sdm-capacity.png"));
        SdmCapacityCurve.Row atCapacity = curve.rows().stream().min(Comparator.comparingDouble(
                r -> Math.abs(Math.log(r.items() / Math.max(1, curve.measured().items()))))).orElseThrow();
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.against("sdm_capacity_items", curve.measured().items(), "items", "theory", curve.predicted()),
                Figure.of("sdm_capacity_items_after_clean_up", curve.measuredAfterCleanUp().items(), "items")));
        if (!Double.isNaN(atCapacity.criticalDistance()) && !Double.isNaN(atCapacity.predictedCriticalDistance())) {
            figures.add(Figure.against("sdm_critical_distance_at_capacity", atCapacity.criticalDistance(),
                    "fraction of w", "theory", atCapacity.predictedCriticalDistance()));
        }
        return figures;
    }

    private static List<Figure> scale(BenchmarkOptions options, BenchmarkProgress progress) {
        PhaseBars bars = new PhaseBars(progress);
        ScaleMeasurement measurement = new ScaleMeasurement(options.quick() ? 1000 : 2000, options.quick() ? 20 : 50,
                42);
        ScaleMeasurement.Result small = measurement.measure(100_000, bars);
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.against("query_p50_ms_100k", small.p50Ms(), "ms", BRUTE_FORCE, small.bruteForceMeanMs()),
                Figure.against("query_p99_ms_100k", small.p99Ms(), "ms", BRUTE_FORCE, small.bruteForceMeanMs()),
                Figure.against("recall_at_1_100k", small.recallAt1(), "", BRUTE_FORCE, small.bruteForceRecallAt1()),
                Figure.against("langchain4j_query_ms_100k", small.langchainMeanMs(), "ms", BRUTE_FORCE,
                        small.bruteForceMeanMs()),
                Figure.of("insert_per_s_100k", small.insertPerSecond(), "1/s")));
        ScaleMeasurement.Result largest = small;
        if (!options.quick()) {
            ScaleMeasurement.Result large = new ScaleMeasurement(500, 5, 43).measure(1_000_000, bars);
            figures.addAll(List.of(
                    Figure.against("query_p50_ms_1m", large.p50Ms(), "ms", BRUTE_FORCE, large.bruteForceMeanMs()),
                    Figure.against("query_p99_ms_1m", large.p99Ms(), "ms", BRUTE_FORCE, large.bruteForceMeanMs()),
                    Figure.against("recall_at_1_1m", large.recallAt1(), "", BRUTE_FORCE,
                            large.bruteForceRecallAt1()),
                    Figure.against("speedup_vs_langchain4j_1m", large.speedupVsLangchain(), "x",
                            "goal", 50),
                    Figure.against("langchain4j_query_ms_1m", large.langchainMeanMs(), "ms", BRUTE_FORCE,
                            large.bruteForceMeanMs()),
                    Figure.of("insert_per_s_1m", large.insertPerSecond(), "1/s")));
            largest = large;
        }
        bars.close();
        figures.add(Figure.of("bytes_per_episode", largest.bytesPerEpisode(), "B"));
        return figures;
    }

    /** Shows each phase of a measurement as its own bar. */
    private static final class PhaseBars implements ScaleMeasurement.PhaseProgress {
        private final BenchmarkProgress progress;
        private boolean open;

        PhaseBars(BenchmarkProgress progress) {
            this.progress = progress;
        }

        @Override
        public java.util.function.LongConsumer phase(String name, long steps) {
            close();
            progress.started(name, steps);
            open = true;
            return progress::advanced;
        }

        void close() {
            if (open) {
                progress.finished();
                open = false;
            }
        }
    }
}
