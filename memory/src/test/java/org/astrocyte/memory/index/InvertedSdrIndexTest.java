package org.astrocyte.memory.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.astrocyte.memory.sdr.Sdr;
import org.junit.jupiter.api.Test;

/** The index returns exactly the top-k of a full scan, with filters, replacements and removals. */
class InvertedSdrIndexTest {

    private static final int N = 2048;
    private static final int W = 40;

    @Test
    void should_return_the_same_top_k_as_a_full_scan_on_skewed_codes() {
        // given 5000 codes whose bits follow a skewed (Zipf-like) usage, and noisy cues of stored codes
        SplittableRandom rng = new SplittableRandom(12);
        InvertedSdrIndex index = new InvertedSdrIndex(N);
        List<Sdr> codes = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            Sdr code = skewedCode(rng);
            codes.add(code);
            assertEquals(i, index.add(code));
        }
        IntPredicate evenOnly = item -> item % 2 == 0;
        for (int q = 0; q < 200; q++) {
            Sdr cue = codes.get(rng.nextInt(codes.size())).withNoise(0.3, rng);
            IntPredicate accept = q % 3 == 0 ? evenOnly : item -> true;
            // when
            List<InvertedSdrIndex.Match> found = index.query(cue, 10, 2, accept);
            // then
            assertEquals(scan(codes, cue, 10, 2, accept), found, "query " + q);
        }
    }

    @Test
    void should_forget_removed_items_and_find_replaced_ones_by_their_new_code() {
        InvertedSdrIndex index = new InvertedSdrIndex(64);
        int a = index.add(Sdr.of(64, 1, 2, 3, 4));
        int b = index.add(Sdr.of(64, 1, 2, 3, 5));
        index.replace(a, null);
        index.replace(b, Sdr.of(64, 10, 11, 12));
        assertEquals(1, index.count());
        assertTrue(index.query(Sdr.of(64, 1, 2, 3), 5, 1, i -> true).isEmpty());
        assertEquals(List.of(new InvertedSdrIndex.Match(b, 2)), index.query(Sdr.of(64, 10, 12), 5, 1, i -> true));
    }

    private static List<InvertedSdrIndex.Match> scan(List<Sdr> codes, Sdr cue, int k, int minOverlap,
            IntPredicate accept) {
        List<InvertedSdrIndex.Match> all = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            int overlap = codes.get(i).overlap(cue);
            if (overlap >= minOverlap && accept.test(i)) {
                all.add(new InvertedSdrIndex.Match(i, overlap));
            }
        }
        all.sort(Comparator.comparingInt(InvertedSdrIndex.Match::overlap).reversed()
                .thenComparingInt(InvertedSdrIndex.Match::item));
        return all.subList(0, Math.min(k, all.size()));
    }

    /** A code whose bits are drawn with probability falling as 1 / (rank + 20): some bits are far more used. */
    static Sdr skewedCode(SplittableRandom rng) {
        java.util.Set<Integer> bits = new java.util.TreeSet<>();
        while (bits.size() < W) {
            double u = rng.nextDouble();
            int rank = (int) (20 * Math.pow((N + 20) / 20.0, u)) - 20;
            bits.add(Math.min(N - 1, rank));
        }
        return Sdr.of(N, bits.stream().mapToInt(Integer::intValue).toArray());
    }
}
