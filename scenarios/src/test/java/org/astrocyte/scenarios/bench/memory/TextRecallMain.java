package org.astrocyte.scenarios.bench.memory;

import org.astrocyte.scenarios.bench.BenchmarkOptions;
import org.astrocyte.scenarios.bench.BenchmarkProgress;
import org.astrocyte.scenarios.bench.memory.TextRecallMeasurement.WidthResult;

/**
 * Runs the text-recall measurement once and prints its table: not a test (it embeds 25 000 sentences on a cold
 * cache). Run with the test classpath: {@code java ... TextRecallMain [quick] [threads]}.
 */
public final class TextRecallMain {

    private TextRecallMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && args[0].equals("quick");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : BenchmarkOptions.defaultThreads();
        long start = System.nanoTime();
        FortuneTextRecall.Result result = new FortuneTextRecall().run(new BenchmarkOptions(quick, threads),
                new BenchmarkProgress() {
                    @Override
                    public void started(String phase, long totalSteps) {
                        System.out.printf("  %s (%d steps)%n", phase, totalSteps);
                    }
                });
        TextRecallMeasurement.Report report = result.report();
        System.out.printf("corpus %d sentences from %d files %s; used %d%n", result.corpusSentences(),
                result.files().size(), result.files(), result.sentencesUsed());
        System.out.printf("embeddings %s in %.1f s; measurement %.1f s; total %.1f s%n",
                result.embeddingsCached() ? "read from the cache" : "computed", result.embedSeconds(),
                result.measureSeconds(), (System.nanoTime() - start) / 1e9);
        System.out.printf("stored %d, queries %d; exact scan %.2f ms/query; InMemoryEmbeddingStore %.2f ms/query,"
                + " recall %.3f%n", report.stored(), report.queries(), report.exactScanMs(), report.inMemoryStoreMs(),
                report.inMemoryStoreRecall());
        System.out.println("width       recall@10 codes  reranked  C    code ms  reranked ms  project+add ms");
        for (WidthResult r : report.widths()) {
            System.out.printf("%-11s %15.3f %9.3f %4d %8.3f %12.3f %15.3f%n", r.width().label(), r.recallCodes(),
                    r.recallReranked(), r.candidates(), r.codeQueryMs(), r.rerankedQueryMs(), r.projectMs());
        }
        result.figures().forEach(System.out::println);
    }
}
