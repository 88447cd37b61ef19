package org.astrocyte.simulator.engine;

import java.util.SplittableRandom;
import org.astrocyte.simulator.spec.Connectivity;

/**
 * Enumerates the (source, target) pairs of a connectivity rule in a fixed order (by source, then target; by target,
 * then source, for fixed in-degree; list order for explicit pairs). Fixed in- and out-degree draw k distinct
 * partners per neuron by a Floyd's algorithm and emit them sorted. Fixed-probability pairs are drawn from the given random stream by geometric skipping
 * over the row-major pair index: the gap to the next synapse is floor(ln(1-u)/ln(1-p)), which is the same
 * distribution as one Bernoulli draw per pair but costs one draw per synapse.
 */
final class ConnectivityExpander {

    /** Receives one pair, as local indices. */
    interface PairSink {
        void accept(int source, int target);
    }

    private ConnectivityExpander() {
    }

    /**
     * Calls {@code sink} once per synapse.
     *
     * @param recurrent whether source and target are the same population (only then can autapses arise)
     */
    static void expand(Connectivity connectivity, int sources, int targets, boolean recurrent,
            SplittableRandom random, PairSink sink) {
        if (connectivity instanceof Connectivity.AllToAll all) {
            boolean skipSelf = recurrent && !all.autapses();
            for (int s = 0; s < sources; s++) {
                for (int t = 0; t < targets; t++) {
                    if (!(skipSelf && s == t)) {
                        sink.accept(s, t);
                    }
                }
            }
        } else if (connectivity instanceof Connectivity.OneToOne) {
            for (int i = 0; i < sources; i++) {
                sink.accept(i, i);
            }
        } else if (connectivity instanceof Connectivity.FixedProbability fixed) {
            drawFixedProbability(fixed, sources, targets, recurrent, random, sink);
        } else if (connectivity instanceof Connectivity.FixedInDegree in) {
            boolean[] marks = new boolean[sources];
            for (int t = 0; t < targets; t++) {
                int[] chosen = drawDistinct(marks, in.k(), recurrent && !in.autapses() ? t : -1, random);
                for (int s : chosen) {
                    sink.accept(s, t);
                }
            }
        } else if (connectivity instanceof Connectivity.FixedOutDegree out) {
            boolean[] marks = new boolean[targets];
            for (int s = 0; s < sources; s++) {
                for (int t : drawDistinct(marks, out.k(), recurrent && !out.autapses() ? s : -1, random)) {
                    sink.accept(s, t);
                }
            }
        } else if (connectivity instanceof Connectivity.Dense dense) {
            for (int s = 0; s < sources; s++) {
                for (int t = 0; t < targets; t++) {
                    if (dense.weight(s, t) != 0.0) {
                        sink.accept(s, t);
                    }
                }
            }
        } else if (connectivity instanceof Connectivity.Explicit explicit) {
            for (Connectivity.Connection c : explicit.connections()) {
                sink.accept(c.source(), c.target());
            }
        } else {
            throw new IllegalStateException("no expansion for " + connectivity);
        }
    }

    /**
     * {@code k} distinct values from 0..marks.length-1 other than {@code excluded} (-1 for none), sorted, by Floyd's
     * algorithm: O(k) draws whatever the pool size. {@code marks} is scratch space, all false between calls.
     */
    private static int[] drawDistinct(boolean[] marks, int k, int excluded, SplittableRandom random) {
        int n = marks.length - (excluded >= 0 ? 1 : 0);
        int[] chosen = new int[k];
        int count = 0;
        for (int j = n - k; j < n; j++) {
            int pick = random.nextInt(j + 1);
            int value = skip(pick, excluded);
            if (marks[value]) {
                value = skip(j, excluded);
            }
            marks[value] = true;
            chosen[count++] = value;
        }
        for (int value : chosen) {
            marks[value] = false;
        }
        java.util.Arrays.sort(chosen);
        return chosen;
    }

    /** Maps 0..n-2 onto 0..n-1 without {@code excluded}. */
    private static int skip(int value, int excluded) {
        return excluded >= 0 && value >= excluded ? value + 1 : value;
    }

    private static void drawFixedProbability(Connectivity.FixedProbability fixed, int sources, int targets,
            boolean recurrent, SplittableRandom random, PairSink sink) {
        double p = fixed.probability();
        if (p == 0.0) {
            return;
        }
        if (p == 1.0) {
            expand(new Connectivity.AllToAll(fixed.autapses()), sources, targets, recurrent, random, sink);
            return;
        }
        boolean skipSelf = recurrent && !fixed.autapses();
        long pairs = (long) sources * targets;
        double logMiss = Math.log1p(-p);
        long k = -1;
        while (true) {
            double gap = Math.floor(Math.log1p(-random.nextDouble()) / logMiss);
            if (gap >= pairs - 1 - k) {
                return;
            }
            k += (long) gap + 1;
            int s = (int) (k / targets);
            int t = (int) (k % targets);
            if (!(skipSelf && s == t)) {
                sink.accept(s, t);
            }
        }
    }
}
