package org.astrocyte.memory.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.memory.sdr.Sdr;
import org.junit.jupiter.api.Test;

/** The documented property of the scalar, category, time and composite encoders. */
class FieldEncodersTest {

    @Test
    void scalar_codes_should_overlap_linearly_with_distance() {
        ScalarEncoder energy = new ScalarEncoder(0, 100, 0.5, 21);
        Sdr fifty = energy.encode(50.0);
        assertEquals(21, fifty.activeCount());
        for (double d : new double[] {0, 0.5, 2, 5, 10, 10.5, 30}) {
            int expected = (int) Math.max(0, 21 - Math.round(d / 0.5));
            assertEquals(expected, fifty.overlap(energy.encode(50.0 + d)), "distance " + d);
        }
        assertEquals(energy.encode(100.0), energy.encode(250.0), "values above the range are clipped");
        assertThrows(IllegalArgumentException.class, () -> energy.encode(Double.NaN));
    }

    @Test
    void category_codes_should_be_stable_and_unrelated_between_categories() {
        CategoryEncoder tags = new CategoryEncoder(2048, 40, 3);
        assertEquals(tags.encode("food"), tags.encode("  FOOD "));
        assertEquals(40, tags.encode("food").activeCount());
        String[] names = {"food", "hazard", "wall", "agent", "light", "charger", "water", "goal"};
        int largest = 0;
        for (int i = 0; i < names.length; i++) {
            for (int j = i + 1; j < names.length; j++) {
                largest = Math.max(largest, tags.encode(names[i]).overlap(tags.encode(names[j])));
            }
        }
        assertTrue(largest <= 5, "chance overlap between categories: " + largest);
    }

    @Test
    void time_codes_should_share_bits_by_time_of_day_and_by_recency() {
        TimeEncoder time = TimeEncoder.defaults();
        long day = 86_400_000_000L;
        long noon = 12 * 3_600_000_000L;
        Sdr today = time.encode(3 * day + noon);
        int dayOverlapOtherDay = dayField(today).overlap(dayField(time.encode(7 * day + noon)));
        assertEquals(20, dayOverlapOtherDay, "the same hour of another day shares the whole day field");
        Sdr nearMidnight = time.encode(day - 60_000_000L);
        Sdr afterMidnight = time.encode(day + 60_000_000L);
        assertTrue(dayField(nearMidnight).overlap(dayField(afterMidnight)) >= 18,
                "the day field wraps around midnight");
        Sdr fiveSecondsLater = time.encode(3 * day + noon + 5_000_000L);
        assertEquals(15, recencyField(today).overlap(recencyField(fiveSecondsLater)));
    }

    @Test
    void composite_codes_should_concatenate_fields_and_leave_absent_ones_empty() {
        record Note(String tag, Double energy) {
        }
        CompositeEncoder<Note> encoder = CompositeEncoder.<Note>builder()
                .field("tag", Note::tag, new CategoryEncoder(512, 10, 1))
                .field("energy", Note::energy, new ScalarEncoder(0, 10, 1, 5))
                .build();
        Sdr full = encoder.encode(new Note("food", 3.0));
        Sdr onlyTag = encoder.encode(new Note("food", null));
        assertEquals(512 + 15, encoder.size());
        assertEquals(15, full.activeCount());
        assertEquals(10, onlyTag.activeCount());
        assertEquals(10, full.overlap(onlyTag));
        assertEquals(new ScalarEncoder(0, 10, 1, 5).encode(3.0), encoder.segment(full, "energy"));
        assertNotEquals(full, encoder.encode(new Note("food", 8.0)));
    }

    private static Sdr dayField(Sdr code) {
        return Sdr.of(1024, java.util.Arrays.stream(code.active()).filter(b -> b < 1024).toArray());
    }

    private static Sdr recencyField(Sdr code) {
        return Sdr.of(2048, java.util.Arrays.stream(code.active()).filter(b -> b >= 1024).toArray());
    }

    @Test
    void composite_codes_should_union_fields_of_one_size_and_say_so_in_their_layout() {
        record Note(String tag, String place) {
        }
        CompositeEncoder<Note> encoder = CompositeEncoder.<Note>builder()
                .field("what", Note::tag, new CategoryEncoder(512, 10, 1))
                .field("where", Note::place, new CategoryEncoder(512, 10, 2))
                .buildUnion();
        Sdr full = encoder.encode(new Note("food", "oak"));
        Sdr what = new CategoryEncoder(512, 10, 1).encode("food");
        Sdr where = new CategoryEncoder(512, 10, 2).encode("oak");
        assertEquals(512, encoder.size());
        assertEquals(what.union(where), full);
        assertEquals(what, encoder.encode(new Note("food", null)));
        assertEquals("what+where", encoder.layout().segments().get(0).name());
        assertEquals("the fields of a union must have codes of one size, got [what 512, where 15]",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> CompositeEncoder.<Note>builder().field("what", Note::tag, new CategoryEncoder(512, 10, 1))
                                .field("where", n -> 1.0, new ScalarEncoder(0, 10, 1, 5)).buildUnion()).getMessage());
    }
}
