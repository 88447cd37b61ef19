package org.astrocyte.memory.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.memory.sdr.Sdr;
import org.junit.jupiter.api.Test;

class TextEncoderTest {

    private final TextEncoder encoder = TextEncoder.defaults();

    @Test
    void should_share_exactly_the_bits_of_shared_words() {
        // given
        Sdr note = encoder.encode("food seen near rock");
        // when
        int withFood = note.overlap(encoder.encode("food"));
        int withFoodAndRock = note.overlap(encoder.encode("rock food"));
        // then
        assertEquals(8, withFood);
        assertEquals(16, withFoodAndRock);
        assertEquals(encoder.encode("food").union(encoder.encode("seen")).union(encoder.encode("near"))
                .union(encoder.encode("rock")), note);
    }

    @Test
    void should_ignore_stop_words() {
        assertEquals(encoder.encode("food rock"), encoder.encode("The food is at the rock"));
        assertEquals(0, encoder.encode("the a at is of").activeCount());
    }

    @Test
    void should_ignore_case_punctuation_and_word_order() {
        assertEquals(encoder.encode("food seen"), encoder.encode("SEEN: Food!"));
        assertEquals(encoder.encode("café"), encoder.encode("CAFÉ"));
    }

    @Test
    void should_split_words_on_anything_but_letters_and_digits() {
        // when
        Sdr joined = encoder.encode("rock42");
        Sdr apart = encoder.encode("rock-42");
        // then
        assertEquals(8, joined.activeCount());
        assertEquals(16, apart.activeCount());
        assertEquals(8, apart.overlap(encoder.encode("42")));
    }

    @Test
    void should_set_bits_per_word_distinct_bits_for_every_word() {
        for (int w = 0; w < 2_000; w++) {
            assertEquals(8, encoder.encode("word" + w).activeCount(), "word" + w);
        }
    }

    @Test
    void should_overlap_different_words_by_chance_only() {
        // given: 8 bits each of 2048, so two words collide on 8 * 8 / 2048 = 0.03 bits on average
        int pairs = 2_000;
        int total = 0;
        int largest = 0;
        // when
        for (int w = 0; w < pairs; w++) {
            int overlap = encoder.encode("alpha" + w).overlap(encoder.encode("beta" + w));
            total += overlap;
            largest = Math.max(largest, overlap);
        }
        // then
        assertTrue(total < pairs * 0.1, "mean overlap " + (double) total / pairs);
        assertTrue(largest <= 2, "largest overlap " + largest);
    }

    @Test
    void should_encode_the_same_way_for_the_same_seed_only() {
        Sdr first = new TextEncoder(2048, 8, 5).encode("cold wall");
        assertEquals(first, new TextEncoder(2048, 8, 5).encode("cold wall"));
        assertTrue(first.overlap(new TextEncoder(2048, 8, 6).encode("cold wall")) <= 2);
    }

    @Test
    void should_reject_null_text_and_bad_settings_naming_the_argument() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> encoder.encode(null)).getMessage()
                .startsWith("text "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TextEncoder(0, 1, 1)).getMessage()
                .startsWith("size "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TextEncoder(16, 0, 1)).getMessage()
                .startsWith("bitsPerWord "));
    }
}
