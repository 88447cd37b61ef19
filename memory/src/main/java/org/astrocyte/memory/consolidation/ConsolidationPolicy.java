package org.astrocyte.memory.consolidation;

/**
 * How a memory consolidates and forgets, all in simulated time.
 *
 * @param replayWindowMicros   episodes written within this long before now are replayed, µs
 * @param clusterOverlap       fraction of an episode's active bits it must share with a forming prototype to join
 *                             it, in (0, 1]
 * @param minSupport           fewest episodes a prototype must gather to become knowledge, at least 2
 * @param halfLifeMicros       an episode's importance halves over this simulated time, µs; 0 for no decay
 * @param forgetBelow          an episode whose decayed importance falls below this is forgotten, in [0, 1)
 * @param capacity             most episodes kept; beyond it the least important (then the oldest) are evicted
 */
public record ConsolidationPolicy(long replayWindowMicros, double clusterOverlap, int minSupport,
        long halfLifeMicros, double forgetBelow, int capacity) {

    /** Tag of every prototype a consolidation writes. */
    public static final String KNOWLEDGE_TAG = "knowledge";

    /** @throws IllegalArgumentException naming the first field out of range */
    public ConsolidationPolicy {
        if (replayWindowMicros <= 0) {
            throw new IllegalArgumentException("replayWindowMicros must be positive, got " + replayWindowMicros);
        }
        if (!(clusterOverlap > 0 && clusterOverlap <= 1)) {
            throw new IllegalArgumentException("clusterOverlap must be in (0, 1], got " + clusterOverlap);
        }
        if (minSupport < 2) {
            throw new IllegalArgumentException("minSupport must be at least 2, got " + minSupport);
        }
        if (halfLifeMicros < 0) {
            throw new IllegalArgumentException("halfLifeMicros must not be negative, got " + halfLifeMicros);
        }
        if (!(forgetBelow >= 0 && forgetBelow < 1)) {
            throw new IllegalArgumentException("forgetBelow must be in [0, 1), got " + forgetBelow);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
    }

    /**
     * Replays the last 10 simulated minutes, forms prototypes from 3 episodes sharing half their bits, halves
     * importance every simulated hour, forgets below 0.05, keeps at most 100 000 episodes.
     */
    public static ConsolidationPolicy defaults() {
        return new ConsolidationPolicy(600_000_000L, 0.5, 3, 3_600_000_000L, 0.05, 100_000);
    }

    /** The importance of an episode of importance {@code importance} written {@code ageMicros} ago. */
    public double decayed(double importance, long ageMicros) {
        return halfLifeMicros == 0 || ageMicros <= 0 ? importance
                : importance * Math.pow(0.5, (double) ageMicros / halfLifeMicros);
    }
}
