package org.astrocyte.memory.sdm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.astrocyte.memory.sdr.Sdr;
import org.junit.jupiter.api.Test;

/** Writing, reading, clean-up and sequences of the sparse distributed memory, at loads far below capacity. */
class KanervaMemoryTest {

    private static final int N = 2048;
    private static final int W = 40;

    /** 3000 locations with 8-bit addresses: about 29 locations per cue, small enough to build in milliseconds. */
    private static KanervaMemory.Config small() {
        return KanervaMemory.Config.builder().locations(3000).addressBits(8).seed(3).build();
    }

    @Test
    void should_recall_stored_item_from_noisy_cue() {
        // given 30 stored items
        KanervaMemory memory = new KanervaMemory(small());
        SplittableRandom rng = new SplittableRandom(1);
        List<Sdr> items = randomCodes(rng, 30);
        items.forEach(memory::store);
        for (Sdr item : items) {
            // when read from a cue with 20 % of its bits moved
            Sdr cue = item.withNoise(0.2, rng);
            Sdr read = memory.read(cue);
            // then the read is the item, though the cue shares only 32 of its 40 bits
            assertEquals(32, cue.overlap(item));
            assertEquals(item, read);
        }
    }

    @Test
    void should_clean_up_noisy_code_by_iterated_reads() {
        // given 100 stored items and cues with 55 % of their bits moved, from which one read is rarely exact
        KanervaMemory memory = new KanervaMemory(small());
        SplittableRandom rng = new SplittableRandom(2);
        List<Sdr> items = randomCodes(rng, 100);
        items.forEach(memory::store);
        int firstReadExact = 0;
        for (int i = 0; i < 20; i++) {
            Sdr item = items.get(i);
            Sdr cue = item.withNoise(0.55, rng);
            firstReadExact += memory.read(cue).equals(item) ? 1 : 0;
            // when
            SdmRecall recall = memory.cleanUp(cue, 10);
            // then the reads reach the item and stop there
            assertTrue(recall.converged(), "cue " + i + " did not converge: " + recall);
            assertEquals(item, recall.code(), "cue " + i);
            assertTrue(recall.iterations() >= 2 && recall.iterations() <= 10, "iterations " + recall.iterations());
        }
        assertTrue(firstReadExact < 20, "iterating should matter for some cues");
    }

    @Test
    void should_report_no_convergence_when_the_iterations_run_out() {
        KanervaMemory memory = new KanervaMemory(small());
        SplittableRandom rng = new SplittableRandom(2);
        Sdr item = randomCodes(rng, 1).get(0);
        memory.store(item);
        SdmRecall recall = memory.cleanUp(item.withNoise(0.5, rng), 1);
        assertEquals(1, recall.iterations());
        assertFalse(recall.converged());
    }

    @Test
    void should_recall_sequence_from_first_element() {
        // given a sequence of 10 codes stored by hetero-association
        KanervaMemory memory = new KanervaMemory(small());
        SplittableRandom rng = new SplittableRandom(4);
        List<Sdr> sequence = randomCodes(rng, 10);
        memory.storeSequence(sequence);
        // when recalled from its first element, and from a noisy version of it
        List<Sdr> recalled = memory.recallSequence(sequence.get(0), 10);
        List<Sdr> fromNoisy = memory.recallSequence(sequence.get(0).withNoise(0.2, rng), 10);
        // then every later element comes back in order
        assertEquals(sequence, recalled);
        assertEquals(sequence.subList(1, 10), fromNoisy.subList(1, 10));
    }

    @Test
    void should_stop_a_sequence_when_a_read_finds_nothing() {
        KanervaMemory memory = new KanervaMemory(small());
        SplittableRandom rng = new SplittableRandom(5);
        List<Sdr> pair = randomCodes(rng, 2);
        memory.storeSequence(pair);
        // the second element activates locations nothing was written to: an empty read ends the recall
        List<Sdr> recalled = memory.recallSequence(pair.get(0), 5);
        assertEquals(pair, recalled);
    }

    @Test
    void should_activate_exactly_the_locations_within_radius() {
        // given
        KanervaMemory memory = new KanervaMemory(small());
        SplittableRandom rng = new SplittableRandom(6);
        for (Sdr cue : randomCodes(rng, 50)) {
            // when
            int[] active = memory.activate(cue);
            // then they are the locations a full scan finds at overlap >= threshold, ascending
            int[] overlaps = memory.overlapsByScan(cue);
            List<Integer> expected = new ArrayList<>();
            for (int l = 0; l < overlaps.length; l++) {
                if (overlaps[l] >= memory.config().threshold()) {
                    expected.add(l);
                }
            }
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), active);
        }
    }

    @Test
    void should_activate_exactly_k_nearest_locations_ties_by_lower_location() {
        // given addresses of 64 bits, so that overlaps spread, and k = 40; and k = 2500, beyond the touched locations
        for (int k : new int[] {40, 2500}) {
            KanervaMemory.Config config = small().toBuilder().addressBits(64).activation(Activation.NEAREST_K)
                    .nearest(k).build();
            KanervaMemory memory = new KanervaMemory(config);
            SplittableRandom rng = new SplittableRandom(7);
            for (Sdr cue : randomCodes(rng, 30)) {
                // when
                int[] active = memory.activate(cue);
                // then exactly k, the same as sorting a full scan by overlap (descending) then location
                assertEquals(k, active.length);
                assertArrayEquals(nearestByScan(memory.overlapsByScan(cue), k), active);
            }
        }
    }

    @Test
    void should_be_deterministic_for_a_seed() {
        // given two memories of one config and a third of another seed, fed the same items
        KanervaMemory first = new KanervaMemory(small());
        KanervaMemory second = new KanervaMemory(small());
        KanervaMemory reseeded = new KanervaMemory(small().toBuilder().seed(4).build());
        List<Sdr> items = randomCodes(new SplittableRandom(8), 200);
        for (Sdr item : items) {
            first.store(item);
            second.store(item);
        }
        // then addresses and reads agree, and another seed draws other addresses
        for (int l = 0; l < 100; l++) {
            assertEquals(first.address(l), second.address(l));
        }
        assertNotEquals(first.address(0), reseeded.address(0));
        SplittableRandom rng = new SplittableRandom(9);
        for (int i = 0; i < 50; i++) {
            Sdr cue = items.get(i).withNoise(0.4, rng);
            assertEquals(first.read(cue), second.read(cue));
        }
    }

    @Test
    void should_leave_own_address_bits_unwritten_when_masking() {
        // given one item written with and without masking
        Sdr item = randomCodes(new SplittableRandom(10), 1).get(0);
        KanervaMemory masked = new KanervaMemory(small());
        KanervaMemory unmasked = new KanervaMemory(small().toBuilder().maskAddressBits(false).build());
        masked.store(item);
        unmasked.store(item);
        // then at every activated location the item's bits are counted, except (under masking) the address's own
        int[] locations = masked.activate(item);
        assertTrue(locations.length > 0);
        for (int l : locations) {
            Sdr address = masked.address(l);
            for (int bit : item.active()) {
                assertEquals(1, unmasked.counter(l, bit));
                assertEquals(address.isActive(bit) ? 0 : 1, masked.counter(l, bit), "location " + l + " bit " + bit);
            }
        }
    }

    @Test
    void should_saturate_counters_instead_of_overflowing() {
        // given a tiny memory in which every cue activates the only location
        KanervaMemory memory = new KanervaMemory(KanervaMemory.Config.builder().codeSize(64).locations(1)
                .addressBits(1).threshold(1).nearest(1).activation(Activation.NEAREST_K).outputBits(2).build());
        Sdr address = Sdr.of(64, 1, 2);
        Sdr data = Sdr.of(64, 5, 6);
        // when written more often than a short can count
        for (int i = 0; i < Short.MAX_VALUE + 100; i++) {
            memory.write(address, data);
        }
        // then the counter stays at the largest short and the read still returns the data
        assertEquals(Short.MAX_VALUE, memory.counter(0, 5));
        assertEquals(data, memory.read(address));
        assertEquals(Short.MAX_VALUE + 100L, memory.writes());
    }

    @Test
    void should_read_nothing_where_nothing_was_written() {
        KanervaMemory memory = new KanervaMemory(small());
        Sdr cue = randomCodes(new SplittableRandom(11), 1).get(0);
        assertEquals(0, memory.read(cue).activeCount());
        SdmRecall recall = memory.cleanUp(cue, 5);
        assertEquals(0, recall.code().activeCount());
        assertFalse(recall.converged());
    }

    @Test
    void should_break_ties_of_the_readout_by_the_lower_bit_and_never_output_zero_sums() {
        assertArrayEquals(new int[] {0, 2}, TopBits.winners(new int[] {5, 3, 5, 0, 3}, 2));
        assertArrayEquals(new int[] {0, 1, 2}, TopBits.winners(new int[] {5, 3, 5, 0, 3}, 3));
        assertArrayEquals(new int[] {1, 2}, TopBits.winners(new int[] {0, 1, 1, 1}, 2));
        assertArrayEquals(new int[] {3}, TopBits.winners(new int[] {0, 0, 0, 2}, 3));
    }

    /** Uniformly random codes of W active bits out of N. */
    static List<Sdr> randomCodes(SplittableRandom rng, int count) {
        List<Sdr> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BitSet bits = new BitSet(N);
            while (bits.cardinality() < W) {
                bits.set(rng.nextInt(N));
            }
            codes.add(Sdr.of(N, bits.stream().toArray()));
        }
        return codes;
    }

    private static int[] nearestByScan(int[] overlaps, int k) {
        List<Integer> order = new ArrayList<>();
        for (int l = 0; l < overlaps.length; l++) {
            order.add(l);
        }
        order.sort((a, b) -> overlaps[a] != overlaps[b] ? Integer.compare(overlaps[b], overlaps[a])
                : Integer.compare(a, b));
        return order.subList(0, k).stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
