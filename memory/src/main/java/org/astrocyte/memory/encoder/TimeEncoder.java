package org.astrocyte.memory.encoder;

import org.astrocyte.memory.sdr.Sdr;

/**
 * Encodes a moment of simulated time by two fields side by side: the time of day, on a ring of
 * {@code dayBits} positions so that 23:50 and 00:10 are neighbours, and the absolute time on a ruler whose code
 * moves one bit per {@code recencyResolutionMicros}, so that moments close in time share bits whatever the hour.
 * Each field has {@code activeBits} consecutive active bits (half the code's activity each).
 *
 * <p>Property: two moments share {@code max(0, a - ringDistance(Δ time of day) / dayResolution)} bits in the day
 * field and {@code max(0, a - |Δt| / recencyResolution)} in the recency field, with a = {@code activeBits}: a cue
 * "around noon" recalls noons of any day, a cue "just now" recalls what happened shortly before. Recency covers
 * {@code recencySpanMicros}; later times wrap around, as an old memory's recency code is meant to fade.
 */
public final class TimeEncoder implements Encoder<Long> {

    private static final long DAY_MICROS = 86_400_000_000L;

    private final int dayBits;
    private final int recencyBits;
    private final int activeBits;
    private final long recencyResolutionMicros;

    /**
     * @param dayBits                 positions on the day ring; a position covers 24 h / dayBits
     * @param recencyBits             positions on the recency ruler
     * @param activeBits              active bits of each field, below both position counts
     * @param recencyResolutionMicros simulated time per recency position, µs
     */
    public TimeEncoder(int dayBits, int recencyBits, int activeBits, long recencyResolutionMicros) {
        if (activeBits < 1 || activeBits >= dayBits || activeBits >= recencyBits) {
            throw new IllegalArgumentException("need 1 <= activeBits < dayBits and recencyBits, got " + activeBits
                    + ", " + dayBits + ", " + recencyBits);
        }
        if (recencyResolutionMicros < 1) {
            throw new IllegalArgumentException("recencyResolutionMicros must be positive, got "
                    + recencyResolutionMicros);
        }
        this.dayBits = dayBits;
        this.recencyBits = recencyBits;
        this.activeBits = activeBits;
        this.recencyResolutionMicros = recencyResolutionMicros;
    }

    /** 1024 + 1024 bits, 20 active in each: day positions of 84 s, recency positions of 1 s. */
    public static TimeEncoder defaults() {
        return new TimeEncoder(1024, 1024, 20, 1_000_000L);
    }

    @Override
    public Sdr encode(Long timeMicros) {
        if (timeMicros == null || timeMicros < 0) {
            throw new IllegalArgumentException("time must be a non-negative number of µs, got " + timeMicros);
        }
        int[] bits = new int[2 * activeBits];
        int dayStart = (int) ((timeMicros % DAY_MICROS) * dayBits / DAY_MICROS);
        long recencyStart = Math.floorMod(timeMicros / recencyResolutionMicros, (long) recencyBits);
        for (int k = 0; k < activeBits; k++) {
            bits[k] = (dayStart + k) % dayBits;
            bits[activeBits + k] = dayBits + (int) ((recencyStart + k) % recencyBits);
        }
        return Sdr.of(size(), bits);
    }

    /** Microseconds of simulated time per day position. */
    public double dayResolutionMicros() {
        return (double) DAY_MICROS / dayBits;
    }

    @Override
    public int size() {
        return dayBits + recencyBits;
    }
}
