package org.astrocyte.scenarios.bench.memory;

import java.util.Arrays;
import java.util.List;

/**
 * Exact nearest neighbours of unit vectors by cosine similarity (the dot product), by scanning: the ground truth of
 * the text-recall measurement and the re-ranking of candidates.
 */
final class DenseNeighbours {

    private DenseNeighbours() {
    }

    /** {@code v} scaled to length 1 (a copy). */
    static float[] unit(float[] v) {
        double squares = 0;
        for (float x : v) {
            squares += (double) x * x;
        }
        if (!(squares > 0) || !Double.isFinite(squares)) {
            throw new IllegalArgumentException("cannot normalise a zero or non-finite vector");
        }
        float inverse = (float) (1 / Math.sqrt(squares));
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] * inverse;
        }
        return u;
    }

    static float dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The {@code k} items of {@code stored} most similar to {@code query}, best first, ties to the lower item. */
    static int[] top(float[] query, List<float[]> stored, int k) {
        TopScores top = new TopScores(k);
        for (int item = 0; item < stored.size(); item++) {
            top.offer(item, dot(query, stored.get(item)));
        }
        return top.items();
    }

    /** The {@code k} of {@code candidates} most similar to {@code query}, best first, ties to the lower item. */
    static int[] rerank(float[] query, List<float[]> stored, int[] candidates, int k) {
        TopScores top = new TopScores(k);
        for (int item : candidates) {
            top.offer(item, dot(query, stored.get(item)));
        }
        return top.items();
    }

    /** Fraction of {@code truth} found in {@code found}. */
    static double recall(int[] truth, int[] found) {
        int hits = 0;
        for (int t : truth) {
            for (int f : found) {
                if (f == t) {
                    hits++;
                    break;
                }
            }
        }
        return truth.length == 0 ? 1 : hits / (double) truth.length;
    }

    /** The best k (score, then lower item) kept sorted by insertion: cheap for the small k of a recall test. */
    static final class TopScores {
        private final int[] items;
        private final float[] scores;
        private int n;

        TopScores(int k) {
            items = new int[k];
            scores = new float[k];
        }

        void offer(int item, float score) {
            int k = items.length;
            if (n == k && !better(item, score, items[k - 1], scores[k - 1])) {
                return;
            }
            int at = n < k ? n++ : k - 1;
            while (at > 0 && better(item, score, items[at - 1], scores[at - 1])) {
                items[at] = items[at - 1];
                scores[at] = scores[at - 1];
                at--;
            }
            items[at] = item;
            scores[at] = score;
        }

        int[] items() {
            return Arrays.copyOf(items, n);
        }

        private static boolean better(int item, float score, int otherItem, float otherScore) {
            return score != otherScore ? score > otherScore : item < otherItem;
        }
    }
}
