package org.astrocyte.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.astrocyte.simulator.spec.Connectivity;
import org.junit.jupiter.api.Test;

class ConnectivityExpanderTest {

    private record Pair(int source, int target) {
    }

    private static List<Pair> expand(Connectivity connectivity, int sources, int targets, boolean recurrent,
            long seed) {
        List<Pair> pairs = new ArrayList<>();
        ConnectivityExpander.expand(connectivity, sources, targets, recurrent, new SplittableRandom(seed),
                (s, t) -> pairs.add(new Pair(s, t)));
        return pairs;
    }

    @Test
    void should_leave_out_autapses_of_recurrent_all_to_all_unless_asked() {
        // when
        List<Pair> without = expand(Connectivity.allToAll(), 4, 4, true, 1L);
        List<Pair> with = expand(new Connectivity.AllToAll(true), 4, 4, true, 1L);
        List<Pair> between = expand(Connectivity.allToAll(), 4, 4, false, 1L);
        // then
        assertEquals(12, without.size());
        assertTrue(without.stream().noneMatch(p -> p.source() == p.target()));
        assertEquals(16, with.size());
        assertEquals(16, between.size());
    }

    @Test
    void should_draw_each_pair_with_the_given_probability() {
        // given: 300 x 300 pairs without the diagonal, p = 0.1
        double p = 0.1;
        int n = 300;
        double pairs = (double) n * (n - 1);
        // when
        List<Pair> drawn = expand(Connectivity.fixedProbability(p), n, n, true, 5L);
        // then: the count is binomial, within 4 standard deviations of its mean
        assertEquals(p * pairs, drawn.size(), 4 * Math.sqrt(pairs * p * (1 - p)));
        assertTrue(drawn.stream().noneMatch(q -> q.source() == q.target()));
        for (int i = 1; i < drawn.size(); i++) {
            Pair a = drawn.get(i - 1);
            Pair b = drawn.get(i);
            assertTrue(a.source() < b.source() || (a.source() == b.source() && a.target() < b.target()),
                    "pairs come in row-major order without repeats");
        }
        long firstRow = drawn.stream().filter(q -> q.source() == 0).count();
        long lastRow = drawn.stream().filter(q -> q.source() == n - 1).count();
        assertTrue(firstRow > 0 && lastRow > 0, "rows at both ends are reached");
    }

    @Test
    void should_connect_everything_at_probability_one_and_nothing_at_zero() {
        // when
        List<Pair> all = expand(new Connectivity.FixedProbability(1.0, false), 5, 7, false, 2L);
        List<Pair> none = expand(new Connectivity.FixedProbability(0.0, false), 5, 7, false, 2L);
        // then
        assertEquals(35, all.size());
        assertEquals(0, none.size());
    }

    @Test
    void should_keep_explicit_pairs_in_list_order() {
        // given
        Connectivity explicit = Connectivity.explicit(List.of(new Connectivity.Connection(2, 0),
                new Connectivity.Connection(0, 1), new Connectivity.Connection(2, 0)));
        // when
        List<Pair> pairs = expand(explicit, 3, 2, false, 1L);
        // then
        assertEquals(List.of(new Pair(2, 0), new Pair(0, 1), new Pair(2, 0)), pairs);
    }
}
