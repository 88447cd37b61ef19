package org.astrocyte.scenarios.bench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.astrocyte.scenarios.bench.BenchmarkProgress;
import org.astrocyte.scenarios.bench.memory.TextRecallMeasurement.Report;
import org.astrocyte.scenarios.bench.memory.TextRecallMeasurement.Width;
import org.astrocyte.scenarios.bench.memory.TextRecallMeasurement.WidthResult;
import org.junit.jupiter.api.Test;

class TextRecallMeasurementTest {

    private static final Width WIDTH = new Width(4096, 80);

    @Test
    void should_recall_nearly_all_neighbours_when_many_candidates_are_reranked() {
        // given: 2000 vectors in clusters, so that neighbours are near and the codes see them
        List<float[]> vectors = clustered(2000, 64, 200, 0.6, new SplittableRandom(1));
        TextRecallMeasurement measurement = new TextRecallMeasurement(List.of(WIDTH), 100, 1000, 0.2, 3);
        // when
        Report report = measurement.measure(vectors, BenchmarkProgress.NONE);
        // then
        WidthResult result = report.at(WIDTH);
        assertEquals(1900, report.stored());
        assertEquals(100, report.queries());
        assertTrue(result.recallReranked() > 0.98, "reranked " + result.recallReranked());
        assertTrue(result.recallCodes() < result.recallReranked(), "codes " + result.recallCodes());
        assertTrue(result.recallCodes() > 0.2, "codes " + result.recallCodes());
        assertEquals(1.0, report.inMemoryStoreRecall(), 1e-9);
        assertEquals(1000, result.candidates());
    }

    @Test
    void should_recall_more_after_reranking_and_more_with_wider_codes() {
        // given
        List<float[]> vectors = clustered(2000, 64, 200, 0.6, new SplittableRandom(2));
        Width narrow = new Width(1024, 20);
        TextRecallMeasurement measurement = new TextRecallMeasurement(List.of(narrow, WIDTH), 100, 50, 0.2, 3);
        // when
        Report report = measurement.measure(vectors, BenchmarkProgress.NONE);
        // then
        for (WidthResult r : report.widths()) {
            assertTrue(r.recallReranked() > r.recallCodes(), r.toString());
        }
        assertTrue(report.at(WIDTH).recallCodes() > report.at(narrow).recallCodes(), report.toString());
        assertTrue(report.at(WIDTH).recallReranked() > report.at(narrow).recallReranked(), report.toString());
    }

    @Test
    void should_tell_progress_of_every_phase() {
        // given
        List<float[]> vectors = clustered(300, 16, 30, 0.5, new SplittableRandom(3));
        List<String> phases = new ArrayList<>();
        BenchmarkProgress progress = new BenchmarkProgress() {
            @Override
            public void started(String phase, long totalSteps) {
                phases.add(phase);
            }
        };
        // when
        new TextRecallMeasurement(List.of(new Width(256, 8)), 20, 10, 0.5, 1).measure(vectors, progress);
        // then
        assertEquals(List.of("exact cosine top-10", "codes 256/8", "InMemoryEmbeddingStore"), phases);
    }

    @Test
    void should_reject_settings_out_of_range() {
        List<Width> widths = List.of(WIDTH);
        assertThrows(IllegalArgumentException.class, () -> new TextRecallMeasurement(List.of(), 10, 10, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new TextRecallMeasurement(widths, 0, 10, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new TextRecallMeasurement(widths, 10, 9, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new TextRecallMeasurement(widths, 10, 10, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Width(10, 11));
        assertThrows(IllegalArgumentException.class, () -> TextRecallMeasurement.quick()
                .measure(clustered(100, 8, 10, 0.5, new SplittableRandom(4)), BenchmarkProgress.NONE));
    }

    /** {@code count} vectors around {@code clusters} random centres: a centre plus Gaussian noise of {@code spread}. */
    private static List<float[]> clustered(int count, int dimension, int clusters, double spread,
            SplittableRandom rng) {
        float[][] centres = new float[clusters][dimension];
        for (float[] centre : centres) {
            for (int i = 0; i < dimension; i++) {
                centre[i] = (float) rng.nextGaussian();
            }
        }
        List<float[]> vectors = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            float[] centre = centres[rng.nextInt(clusters)];
            float[] x = new float[dimension];
            for (int i = 0; i < dimension; i++) {
                x[i] = (float) (centre[i] + spread * rng.nextGaussian());
            }
            vectors.add(x);
        }
        return vectors;
    }
}
