package org.astrocyte.agents.resilience;

import java.util.SplittableRandom;

/**
 * How a failed planner call is retried: on a rate limit (429), a server error (5xx) or a timeout, up to
 * {@code maxRetries} times, after the server's Retry-After when it sent one, else after an exponential backoff
 * {@code baseSeconds * 2^attempt} capped at {@code maxSeconds}, with a seeded jitter of ± {@code jitter}.
 *
 * @param maxRetries  retries after the first attempt, 0 to 10
 * @param baseSeconds the first backoff, s
 * @param maxSeconds  the longest backoff (and the longest Retry-After honoured), s
 * @param jitter      the relative spread of a backoff, 0 to 1
 */
public record RetryPolicy(int maxRetries, double baseSeconds, double maxSeconds, double jitter) {

    /** @throws IllegalArgumentException naming the field out of range */
    public RetryPolicy {
        if (maxRetries < 0 || maxRetries > 10) {
            throw new IllegalArgumentException("maxRetries must be from 0 to 10, got " + maxRetries);
        }
        if (!(baseSeconds > 0) || !(maxSeconds >= baseSeconds) || maxSeconds > 600) {
            throw new IllegalArgumentException("backoff must satisfy 0 < baseSeconds <= maxSeconds <= 600, got "
                    + baseSeconds + " and " + maxSeconds);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be from 0 to 1, got " + jitter);
        }
    }

    /** Three retries from 1 s, at most 30 s, ± 20%. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, 1.0, 30.0, 0.2);
    }

    /**
     * The wait before retry number {@code attempt} (0 for the first retry), µs: {@code retryAfterSeconds} when the
     * server gave one (capped), else the jittered exponential backoff.
     */
    public long backoffMicros(int attempt, Double retryAfterSeconds, SplittableRandom random) {
        if (retryAfterSeconds != null && retryAfterSeconds >= 0) {
            return Math.round(Math.min(retryAfterSeconds, maxSeconds) * 1e6);
        }
        double backoff = Math.min(maxSeconds, baseSeconds * Math.pow(2, attempt));
        double spread = jitter == 0 ? 1 : 1 + jitter * (2 * random.nextDouble() - 1);
        return Math.round(backoff * spread * 1e6);
    }
}
