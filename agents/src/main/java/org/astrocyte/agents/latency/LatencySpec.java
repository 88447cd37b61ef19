package org.astrocyte.agents.latency;

import java.util.Locale;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * A planner's latency in simulated time, as a scenario writes it: {@code zero} (lockstep, the default),
 * {@code measured} (the call's wall time), {@code fixed} ({@code seconds}), {@code uniform} ({@code min} to
 * {@code max} seconds) or {@code lognormal} ({@code median} seconds, {@code spread} the standard deviation of the
 * logarithm). Random latencies are drawn from a stream seeded by the run, so a seed gives the same run.
 *
 * @param kind    zero, measured, fixed, uniform or lognormal
 * @param seconds the fixed latency, s
 * @param min     the least uniform latency, s
 * @param max     the greatest uniform latency, s
 * @param median  the median log-normal latency, s
 * @param spread  the standard deviation of the log-normal latency's logarithm
 */
public record LatencySpec(String kind, Double seconds, Double min, Double max, Double median, Double spread) {

    /** Longest latency a scenario may ask for, s. */
    public static final double MAX_SECONDS = 600;

    /** @throws IllegalArgumentException naming the field that is missing or out of range for the kind */
    public LatencySpec {
        kind = kind == null ? "zero" : kind.toLowerCase(Locale.ROOT);
        switch (kind) {
            case "zero", "measured" -> {
            }
            case "fixed" -> seconds(seconds, "seconds");
            case "uniform" -> {
                seconds(min, "min");
                seconds(max, "max");
                if (min > max) {
                    throw new IllegalArgumentException("latency min (" + min + " s) is above max (" + max + " s)");
                }
            }
            case "lognormal" -> {
                seconds(median, "median");
                if (median <= 0) {
                    throw new IllegalArgumentException("latency median must be above 0 s, got " + median);
                }
                if (spread == null || !(spread >= 0 && spread <= 3)) {
                    throw new IllegalArgumentException("latency spread (the standard deviation of the log) must be "
                            + "between 0 and 3, got " + spread);
                }
            }
            default -> throw new IllegalArgumentException("latency kind must be zero, measured, fixed, uniform or "
                    + "lognormal, got '" + kind + "'");
        }
    }

    /** Lockstep: the decision applies at once. */
    public static LatencySpec zero() {
        return new LatencySpec("zero", null, null, null, null, null);
    }

    /** Always {@code seconds}. */
    public static LatencySpec fixed(double seconds) {
        return new LatencySpec("fixed", seconds, null, null, null, null);
    }

    /** The latency this spec describes, random ones drawn from a stream seeded with {@code seed}. */
    public PlannerLatency create(long seed) {
        return switch (kind) {
            case "measured" -> wallNanos -> Math.max(0, wallNanos / 1000);
            case "fixed" -> constant(seconds);
            case "uniform" -> {
                if (min.equals(max)) {
                    yield constant(min);
                }
                UniformRealDistribution draw = new UniformRealDistribution(new Well19937c(seed), min, max);
                yield wallNanos -> micros(draw.sample());
            }
            case "lognormal" -> {
                if (spread == 0) {
                    yield constant(median);
                }
                LogNormalDistribution draw = new LogNormalDistribution(new Well19937c(seed), Math.log(median), spread,
                        LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
                yield wallNanos -> micros(Math.min(MAX_SECONDS, draw.sample()));
            }
            default -> PlannerLatency.ZERO;
        };
    }

    private static PlannerLatency constant(double seconds) {
        long micros = micros(seconds);
        return wallNanos -> micros;
    }

    private static long micros(double seconds) {
        return Math.round(seconds * 1e6);
    }

    private static void seconds(Double value, String field) {
        if (value == null || !(value >= 0 && value <= MAX_SECONDS)) {
            throw new IllegalArgumentException("latency " + field + " must be from 0 to " + (int) MAX_SECONDS
                    + " s, got " + value);
        }
    }
}
