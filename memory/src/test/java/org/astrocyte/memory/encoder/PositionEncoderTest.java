package org.astrocyte.memory.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.astrocyte.memory.sdr.Sdr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.function.Executable;

class PositionEncoderTest {

    private static final int SAMPLES = 1_000;
    private static final double[] TILE_WIDTHS_APART = {0, 0.1, 0.5, 1, 2, 10};

    private final PositionEncoder encoder = PositionEncoder.defaults();
    private final int bits = encoder.activeBits();
    private final double tile = encoder.tileWidthMetres();
    /** Expected bits shared by hash chance between different tiles: one tiling in ~51 collides. */
    private final double chance = (double) bits * bits / encoder.size();

    /** Overlaps of pairs of random positions {@code tilesApart} tile widths apart in random directions. */
    private int[] overlapsAt(double tilesApart, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] overlaps = new int[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            Position from = new Position(rng.nextDouble(-50, 50), rng.nextDouble(-50, 50));
            double angle = rng.nextDouble(2 * Math.PI);
            double distance = tilesApart * tile;
            Position to = new Position(from.x() + distance * Math.cos(angle), from.y() + distance * Math.sin(angle));
            overlaps[s] = encoder.encode(from).overlap(encoder.encode(to));
        }
        return overlaps;
    }

    /**
     * Tile coding's expectation for a random direction at f tile widths (f at most 1): a tiling shares the tile
     * with probability (1 - f|cos|)(1 - f|sin|), whose mean over directions is 1 - 4f/pi + f^2/pi; the other
     * tilings collide by chance.
     */
    private double expectedOverlap(double f) {
        double shared = f <= 1 ? 1 - 4 * f / Math.PI + f * f / Math.PI : 0;
        return bits * shared + chance * (1 - shared);
    }

    private static double mean(int[] values) {
        double sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    @Test
    void should_overlap_fully_for_identical_positions() {
        // when
        int[] overlaps = overlapsAt(0, 21);
        // then
        for (int overlap : overlaps) {
            assertEquals(bits, overlap);
        }
    }

    @Test
    void should_overlap_less_as_distance_grows_as_tile_coding_predicts(TestReporter report) {
        // given
        double[] means = new double[TILE_WIDTHS_APART.length];
        int[] least = new int[TILE_WIDTHS_APART.length];
        StringBuilder table = new StringBuilder("tile widths apart: mean [min..max] overlap of " + bits + " bits;");
        // when
        for (int i = 0; i < TILE_WIDTHS_APART.length; i++) {
            int[] overlaps = overlapsAt(TILE_WIDTHS_APART[i], 100 + i);
            means[i] = mean(overlaps);
            least[i] = Arrays.stream(overlaps).min().orElseThrow();
            table.append(String.format(Locale.ROOT, " %s: %.2f [%d..%d] (expected %.2f);", TILE_WIDTHS_APART[i],
                    means[i], least[i],
                    Arrays.stream(overlaps).max().orElseThrow(), expectedOverlap(TILE_WIDTHS_APART[i])));
        }
        report.publishEntry("position overlap", table.toString());
        // then: each mean lies within a bit of the expectation (standard errors are below 0.2 bits)
        for (int i = 0; i < TILE_WIDTHS_APART.length; i++) {
            assertEquals(expectedOverlap(TILE_WIDTHS_APART[i]), means[i], 1.0, table.toString());
        }
        // and a tenth of a tile keeps most bits on average and half of them in every pair (tilings are offset, so
        // no tile boundary separates all of them at once), while the overlap falls with every step
        assertTrue(means[1] >= 0.8 * bits, table.toString());
        assertTrue(least[1] >= bits / 2, table.toString());
        for (int i = 1; i < 4; i++) {
            assertTrue(means[i] < means[i - 1], table.toString());
        }
    }

    @Test
    void should_overlap_only_by_chance_several_tile_widths_apart() {
        for (double tilesApart : new double[] {2, 10}) {
            // when
            int[] overlaps = overlapsAt(tilesApart, 200);
            // then: chance collisions are roughly Poisson with mean 0.78, standard error 0.03 over the samples
            double mean = mean(overlaps);
            assertEquals(chance, mean, 4 * Math.sqrt(chance / SAMPLES), tilesApart + " tile widths apart");
            assertTrue(Arrays.stream(overlaps).max().orElseThrow() < bits / 4,
                    tilesApart + " tile widths apart");
        }
    }

    @Test
    void should_set_one_bit_in_the_segment_of_every_tiling() {
        // when
        int[] active = encoder.encode(new Position(-3.7, 12.25)).active();
        // then
        assertEquals(bits, active.length);
        for (int t = 0; t < bits; t++) {
            long start = (long) t * encoder.size() / bits;
            long end = (long) (t + 1) * encoder.size() / bits;
            assertTrue(active[t] >= start && active[t] < end, "tiling " + t + " set bit " + active[t]);
        }
    }

    @Test
    void should_encode_a_position_the_same_way_for_the_same_seed_only() {
        // given
        Position place = new Position(3.3, 4.4);
        // when
        Sdr first = new PositionEncoder(2048, 40, 2, 9).encode(place);
        Sdr second = new PositionEncoder(2048, 40, 2, 9).encode(place);
        Sdr otherSeed = new PositionEncoder(2048, 40, 2, 10).encode(place);
        // then
        assertEquals(first, second);
        assertTrue(first.overlap(otherSeed) < 40 / 4, "another seed overlaps by " + first.overlap(otherSeed));
    }

    @Test
    void should_reject_bad_settings_and_positions_naming_the_argument() {
        assertMessageNames("x", () -> new Position(Double.NaN, 1));
        assertMessageNames("y", () -> new Position(1, Double.POSITIVE_INFINITY));
        assertMessageNames("position", () -> encoder.encode(null));
        assertMessageNames("size", () -> new PositionEncoder(0, 1, 2, 1));
        assertMessageNames("activeBits", () -> new PositionEncoder(16, 17, 2, 1));
        assertMessageNames("tileWidthMetres", () -> new PositionEncoder(2048, 40, Double.NaN, 1));
        assertMessageNames("tileWidthMetres", () -> new PositionEncoder(2048, 40, 0, 1));
    }

    private static void assertMessageNames(String argument, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(argument + " "), e.getMessage());
    }
}
