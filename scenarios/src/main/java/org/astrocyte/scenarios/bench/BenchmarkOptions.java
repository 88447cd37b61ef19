package org.astrocyte.scenarios.bench;

/**
 * How a benchmark is to run.
 *
 * @param quick   run the smaller version, which finishes in under a minute
 * @param threads threads the benchmark may use for its own work, at least 1; the baselines it compares with may
 *                use fewer (a single-threaded reference loop uses one)
 */
public record BenchmarkOptions(boolean quick, int threads) {

    public BenchmarkOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("a benchmark needs at least one thread, got " + threads);
        }
    }

    /** The full version on every available processor. */
    public static BenchmarkOptions defaults() {
        return new BenchmarkOptions(false, defaultThreads());
    }

    /** The processors available to the JVM. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
