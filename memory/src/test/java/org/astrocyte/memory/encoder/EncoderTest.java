package org.astrocyte.memory.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.memory.sdr.Sdr;
import org.junit.jupiter.api.Test;

class EncoderTest {

    private final PositionEncoder places = PositionEncoder.defaults();
    private final TextEncoder words = TextEncoder.defaults();

    private int placeOverlap(double distance) {
        return places.encode(new Position(5, 5)).overlap(places.encode(new Position(5 + distance, 5)));
    }

    @Test
    void should_give_nearby_places_overlapping_codes_that_fade_with_distance() {
        // given the default tile width of 2 m
        int same = placeOverlap(0);
        int near = placeOverlap(0.2);
        int half = placeOverlap(1.0);
        int far = placeOverlap(20);
        // then
        System.out.printf("position overlap of 40 bits at 0, 0.2, 1, 20 m: %d, %d, %d, %d%n", same, near, half, far);
        assertEquals(40, same);
        assertTrue(near >= 30, "0.2 m apart: " + near);
        assertTrue(half >= 12 && half <= 28, "1 m apart: " + half);
        assertTrue(far <= 5, "20 m apart: " + far);
        assertTrue(same > near && near > half && half > far);
    }

    @Test
    void should_encode_a_place_the_same_way_for_the_same_seed() {
        Sdr first = new PositionEncoder(2048, 40, 2, 9).encode(new Position(3.3, 4.4));
        Sdr second = new PositionEncoder(2048, 40, 2, 9).encode(new Position(3.3, 4.4));
        assertEquals(first, second);
        assertEquals(40, first.activeCount());
    }

    @Test
    void should_share_bits_exactly_for_shared_words_ignoring_case_and_stop_words() {
        Sdr note = words.encode("Food seen at the rock");
        Sdr query = words.encode("FOOD");
        assertEquals(words.encode("food").activeCount(), note.overlap(query));
        assertEquals(words.encode("food seen rock"), note);
        assertEquals(0, words.encode("the at is").activeCount());
    }

    @Test
    void should_recall_by_either_field_of_an_episode_code() {
        EpisodeEncoder episodes = EpisodeEncoder.defaults();
        Sdr code = episodes.encode("food seen", new Position(2, 3));
        assertTrue(code.overlap(episodes.textCue("food")) >= 8);
        assertEquals(40, code.overlap(episodes.placeCue(new Position(2, 3))));
        assertEquals(0, code.overlap(episodes.textCue("water")) + episodes.placeCue(new Position(2, 3))
                .overlap(episodes.textCue("food")));
    }
}
