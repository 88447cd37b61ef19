package org.astrocyte.scenarios.bench.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

    private static final String MODEL = "fake-model 1";

    @TempDir
    Path directory;

    private final CountingModel model = new CountingModel();
    private final List<String> sentences = sentences(150);

    @Test
    void should_compute_once_then_read_the_same_vectors_back() throws IOException {
        // given
        EmbeddingCache cache = new EmbeddingCache(directory, 64);
        List<Long> progress = new ArrayList<>();
        // when
        EmbeddingCache.Embeddings first = cache.embeddings(MODEL, model, sentences, progress::add);
        EmbeddingCache.Embeddings second = cache.embeddings(MODEL, model, sentences, done -> progress.add(-1L));
        // then
        assertFalse(first.cached());
        assertTrue(second.cached());
        assertEquals(List.of(64L, 128L, 150L), progress);
        assertEquals(150, model.embedded);
        assertEquals(3, model.calls);
        for (int i = 0; i < sentences.size(); i++) {
            assertArrayEquals(CountingModel.vectorOf(sentences.get(i)), second.vectors().get(i));
        }
        assertEquals(first.file(), second.file());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(first.file()), files.toList(), "no .partial file is left behind");
        }
    }

    @Test
    void should_recompute_a_corrupt_or_truncated_file() throws IOException {
        // given
        EmbeddingCache cache = new EmbeddingCache(directory);
        Path file = cache.embeddings(MODEL, model, sentences, done -> { }).file();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        // when
        EmbeddingCache.Embeddings afterCorruption = cache.embeddings(MODEL, model, sentences, done -> { });
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 100));
        EmbeddingCache.Embeddings afterTruncation = cache.embeddings(MODEL, model, sentences, done -> { });
        EmbeddingCache.Embeddings afterRepair = cache.embeddings(MODEL, model, sentences, done -> { });
        // then
        assertFalse(afterCorruption.cached());
        assertFalse(afterTruncation.cached());
        assertTrue(afterRepair.cached());
        assertEquals(3 * sentences.size(), model.embedded);
        assertArrayEquals(CountingModel.vectorOf(sentences.get(75)), afterRepair.vectors().get(75));
    }

    @Test
    void should_not_trust_a_file_made_for_other_sentences_or_another_model() throws IOException {
        // given
        EmbeddingCache cache = new EmbeddingCache(directory);
        List<String> others = sentences(149);
        Path file = cache.embeddings(MODEL, model, others, done -> { }).file();
        Path wanted = cache.fileFor(MODEL, sentences);
        assertNotEquals(file, wanted);
        assertNotEquals(wanted, cache.fileFor("fake-model 2", sentences));
        Files.copy(file, wanted, StandardCopyOption.REPLACE_EXISTING);
        // when
        EmbeddingCache.Embeddings read = cache.embeddings(MODEL, model, sentences, done -> { });
        // then
        assertFalse(read.cached());
        assertEquals(150, read.vectors().size());
    }

    @Test
    void should_reject_missing_arguments() {
        EmbeddingCache cache = new EmbeddingCache(directory);
        assertThrows(IllegalArgumentException.class, () -> new EmbeddingCache(null));
        assertThrows(IllegalArgumentException.class, () -> new EmbeddingCache(directory, 0));
        assertThrows(IllegalArgumentException.class, () -> cache.embeddings(" ", model, sentences, d -> { }));
        assertThrows(IllegalArgumentException.class, () -> cache.embeddings(MODEL, model, List.of("ok", ""), d -> { }));
    }

    private static List<String> sentences(int count) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add("sentence number " + i);
        }
        return list;
    }

    /** A deterministic stand-in for an embedding model: a seeded vector per text; counts what it is asked. */
    private static final class CountingModel implements EmbeddingModel {
        int calls;
        int embedded;

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            calls++;
            embedded += segments.size();
            List<Embedding> result = new ArrayList<>();
            for (TextSegment segment : segments) {
                result.add(Embedding.from(vectorOf(segment.text())));
            }
            return Response.from(result);
        }

        static float[] vectorOf(String text) {
            SplittableRandom rng = new SplittableRandom(text.hashCode());
            float[] v = new float[8];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) rng.nextGaussian();
            }
            return v;
        }
    }
}
