package org.astrocyte.memory.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.astrocyte.memory.encoder.SentenceEncoder.EncodedText;
import org.astrocyte.memory.sdr.Sdr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the real in-process ONNX model once (about 1 s) and shares it across the tests. */
class SentenceEncoderTest {

    private static SentenceEncoder encoder;

    @BeforeAll
    static void loadModel() {
        encoder = SentenceEncoder.miniLm(16384, 328, 1);
    }

    @Test
    void should_overlap_a_paraphrase_more_than_an_unrelated_sentence() {
        // given
        Sdr original = encoder.encode("The robot found food next to the large rock.");
        Sdr paraphrase = encoder.encode("Next to the big stone, the machine discovered something to eat.");
        Sdr unrelated = encoder.encode("Interest rates rose again in the third quarter.");
        // when
        int similar = original.overlap(paraphrase);
        int different = original.overlap(unrelated);
        // then
        assertTrue(similar > 2 * different, "paraphrase " + similar + ", unrelated " + different);
    }

    @Test
    void should_embed_to_a_unit_vector_of_384_components() {
        // when
        float[] v = encoder.embed("A cat sat on the mat.");
        // then
        assertEquals(SentenceEncoder.MINI_LM_DIMENSION, v.length);
        double squares = 0;
        for (float x : v) {
            squares += x * x;
        }
        assertEquals(1, squares, 1e-5);
        assertEquals(16384, encoder.size());
        assertEquals(328, encoder.encode("A cat sat on the mat.").activeCount());
    }

    @Test
    void should_encode_a_batch_as_it_encodes_one_sentence() {
        // given
        List<String> texts = List.of("The lamp is on.", "Rain is expected tomorrow.", "The lamp is off.");
        // when
        List<EncodedText> batch = encoder.encodeAll(texts);
        // then
        assertEquals(3, batch.size());
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(texts.get(i), batch.get(i).text());
            float[] single = encoder.embed(texts.get(i));
            assertArrayEquals(single, batch.get(i).vector(), 1e-5f, Arrays.toString(single));
            assertTrue(batch.get(i).code().overlap(encoder.encode(texts.get(i))) >= 320);
        }
        assertEquals(List.of(), encoder.encodeAll(List.of()));
    }

    @Test
    void should_reject_missing_or_blank_text() {
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(null));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode("  "));
        assertThrows(IllegalArgumentException.class, () -> encoder.embed(""));
        assertThrows(IllegalArgumentException.class, () -> encoder.encodeAll(null));
        assertThrows(IllegalArgumentException.class, () -> encoder.encodeAll(List.of("fine", " ")));
        assertThrows(IllegalArgumentException.class, () -> new SentenceEncoder(null, FlyHashProjection.of(4, 8, 2, 1)));
        assertThrows(IllegalArgumentException.class, () -> SentenceEncoder.miniLm(100, 101, 1));
    }

    @Test
    void should_name_the_model_with_its_artifact_version() {
        assertTrue(SentenceEncoder.miniLmModelId().matches("all-minilm-l6-v2-q \\d.*"),
                SentenceEncoder.miniLmModelId());
    }
}
