package org.astrocyte.memory.sdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Noise injection and the JSON and binary forms of a code. */
class SdrFormsTest {

    private final SplittableRandom rng = new SplittableRandom(8);

    @Test
    void should_move_the_asked_fraction_of_bits_and_keep_the_activity() {
        Sdr code = Sdr.of(2048, rng.ints(0, 2048).distinct().limit(40).toArray());
        for (double fraction : new double[] {0, 0.1, 0.3, 0.5, 1}) {
            Sdr noisy = code.withNoise(fraction, rng);
            assertEquals(40, noisy.activeCount());
            assertEquals(40 - Math.round(fraction * 40), code.overlap(noisy), "fraction " + fraction);
        }
        assertThrows(IllegalArgumentException.class, () -> code.withNoise(1.5, rng));
        assertThrows(IllegalArgumentException.class, () -> Sdr.of(4, 0, 1, 2).withNoise(1, rng));
    }

    @Test
    void should_round_trip_through_json() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Sdr code = Sdr.of(2048, 3, 17, 2047);
        String text = json.writeValueAsString(code);
        assertEquals("{\"size\":2048,\"active\":[3,17,2047]}", text);
        assertEquals(code, json.readValue(text, Sdr.class));
    }

    @Test
    void should_round_trip_through_compact_bytes() {
        for (int trial = 0; trial < 200; trial++) {
            int size = 1 + rng.nextInt(20_000);
            Sdr code = Sdr.of(size, rng.ints(0, size).limit(rng.nextInt(Math.min(size, 300) + 1)).toArray());
            assertEquals(code, SdrBinary.read(SdrBinary.write(code)));
        }
        Sdr typical = Sdr.of(2048, rng.ints(0, 2048).distinct().limit(40).toArray());
        assertTrue(SdrBinary.write(typical).length <= 50, "bytes: " + SdrBinary.write(typical).length);
    }

    @Test
    void should_refuse_bytes_that_are_not_a_code() {
        byte[] good = SdrBinary.write(Sdr.of(100, 5, 50));
        assertEquals("SDR bytes end inside a number", assertThrows(IllegalArgumentException.class,
                () -> SdrBinary.read(java.util.Arrays.copyOf(good, 3))).getMessage().substring(0, 29));
        byte[] wrongFormat = good.clone();
        wrongFormat[0] = 9;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SdrBinary.read(wrongFormat)).getMessage()
                .contains("format byte 9"));
        byte[] longer = java.util.Arrays.copyOf(good, good.length + 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SdrBinary.read(longer)).getMessage()
                .contains("1 bytes left"));
        byte[] pastEnd = SdrBinary.write(Sdr.of(100, 5, 99));
        pastEnd[1] = 50;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SdrBinary.read(pastEnd)).getMessage()
                .contains("of a 50-bit code"));
    }
}
