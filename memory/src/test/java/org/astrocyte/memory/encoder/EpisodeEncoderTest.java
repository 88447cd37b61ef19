package org.astrocyte.memory.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.astrocyte.memory.sdr.Sdr;
import org.junit.jupiter.api.Test;

class EpisodeEncoderTest {

    private final TextEncoder text = TextEncoder.defaults();
    private final PositionEncoder places = PositionEncoder.defaults();
    private final EpisodeEncoder encoder = EpisodeEncoder.defaults();
    private final Position rock = new Position(2, 3);

    @Test
    void should_concatenate_the_text_code_and_the_position_code() {
        // when
        Sdr code = encoder.encode("food seen", rock);
        // then
        assertEquals(4096, code.size());
        assertEquals(4096, encoder.size());
        assertEquals(text.encode("food seen").concat(places.encode(rock)), code);
    }

    @Test
    void should_fill_only_the_text_field_of_a_text_cue() {
        // when
        Sdr cue = encoder.textCue("food");
        // then
        assertTrue(Arrays.stream(cue.active()).allMatch(bit -> bit < text.size()));
        assertEquals(8, cue.overlap(encoder.encode("food seen", rock)));
        assertEquals(0, cue.overlap(encoder.encode("water seen", rock)));
    }

    @Test
    void should_fill_only_the_position_field_of_a_place_cue() {
        // when
        Sdr cue = encoder.placeCue(rock);
        // then
        assertTrue(Arrays.stream(cue.active()).allMatch(bit -> bit >= text.size()));
        assertEquals(40, cue.overlap(encoder.encode("food seen", rock)));
        assertEquals(40, cue.overlap(encoder.encode("wall is cold", rock)));
        assertTrue(cue.overlap(encoder.encode("food seen", new Position(40, 40))) < 10);
    }

    @Test
    void should_reject_missing_arguments_naming_them() {
        assertEquals("note must not be null",
                assertThrows(IllegalArgumentException.class, () -> encoder.encode(null, rock)).getMessage());
        assertEquals("where must not be null",
                assertThrows(IllegalArgumentException.class, () -> encoder.encode("food", null)).getMessage());
        assertEquals("query must not be null",
                assertThrows(IllegalArgumentException.class, () -> encoder.textCue(null)).getMessage());
        assertEquals("where must not be null",
                assertThrows(IllegalArgumentException.class, () -> encoder.placeCue(null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EpisodeEncoder(null, places));
    }
}
