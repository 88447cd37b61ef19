package org.astrocyte.simulator.engine;

import java.util.SplittableRandom;
import org.astrocyte.simulator.spec.Connectivity;

/**
 * Enumerates the (source, target) pairs of a connectivity rule in a fixed order (by source, then target, or list
 * order for explicit pairs). Fixed-probability pairs are drawn from the given random stream by geometric skipping
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
        } else if (connectivity instanceof Connectivity.Explicit explicit) {
            for (Connectivity.Connection c : explicit.connections()) {
                sink.accept(c.source(), c.target());
            }
        } else {
            throw new IllegalStateException("no expansion for " + connectivity);
        }
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
