package org.astrocyte.scenarios.report.run;

import java.util.ArrayList;
import java.util.List;

/**
 * How the report keeps a long run's data small enough for a browser: every k-th item of a list, k the smallest
 * whole number that brings it within a budget, so that what is kept still spans the whole run.
 */
final class Thinning {

    private Thinning() {
    }

    /** The step k that brings {@code count} items within {@code budget}: 1 (keep all) if they already fit. */
    static int stride(int count, int budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("a budget of at least 1 item, got " + budget);
        }
        return Math.max(1, (count + budget - 1) / budget);
    }

    /** Every {@link #stride}-th item of {@code items}, from the first. */
    static <T> List<T> keep(List<T> items, int budget) {
        int stride = stride(items.size(), budget);
        if (stride == 1) {
            return items;
        }
        List<T> kept = new ArrayList<>(items.size() / stride + 1);
        for (int i = 0; i < items.size(); i += stride) {
            kept.add(items.get(i));
        }
        return kept;
    }
}
