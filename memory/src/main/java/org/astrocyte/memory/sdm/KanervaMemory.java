package org.astrocyte.memory.sdm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.astrocyte.memory.sdr.Sdr;

/**
 * Kanerva's sparse distributed memory adapted to sparse binary codes (Kanerva, "Sparse Distributed Memory", MIT
 * Press 1988; the sparse, selected-coordinate design of Jaeckel 1989, "An alternative design for a sparse
 * distributed memory"; Furber et al. 2004, "Sparse distributed memory using N-of-M codes", Neural
 * Networks 17). A fixed set of hard locations each has a random sparse address and a counter per bit of the code.
 * A write adds 1 to the counters of the data's active bits at every location the address activates ({@link
 * Activation}); a read sums the counters of the activated locations bit by bit and keeps the {@code outputBits}
 * bits of largest sum (k-winners-take-all, ties by the lower bit).
 *
 * <p>Writes only increment. Kanerva's dense memory also decrements the counters of the data's zero bits, which
 * centres the sums; with sparse data almost every bit is zero in every item, so decrements would swamp the few
 * increments, and the k-winners readout (the N-of-M readout of Furber et al. 2004) already does the thresholding
 * the centring was for. Counters are {@code short}s that saturate at {@value Short#MAX_VALUE}; a location's
 * counters are allocated on its first write, {@code 2 * codeSize} bytes each (41 MB for the defaults once every
 * location is written).
 *
 * <p>By default a location leaves the counters of its own address bits unwritten ({@link
 * Config#maskAddressBits()}). In auto-association every item that activates a location holds at least
 * {@code threshold} of its address bits, so those counters count the location's writes instead of telling items
 * apart, and a read lifts the address bits of every activated location, most of them outside the item. Masking them
 * is the analogue of the zero self-connections of a Hopfield network; it costs an item only the few shared
 * locations whose address holds its bit. For the defaults it raises the predicted one-read capacity from about
 * 1 060 to 1 510 items ({@link SdmTheory}); with 4-bit addresses it lowers it (810 to 410), as each shared location
 * then withholds a larger share of the signal.
 *
 * <p>Auto-association ({@link #store}, {@link #cleanUp}) and hetero-association ({@link #storeSequence}, {@link
 * #recallSequence}) share the counters; keep them in separate memories. Not thread-safe: callers serialise
 * access.
 */
public final class KanervaMemory {

    private static final int[] NO_BITS = new int[0];

    private final Config config;
    private final AddressIndex index;
    private final short[][] counters;
    private final int[] sums;
    private long writes;

    /** An empty memory with the hard locations drawn from {@code config}'s seed. */
    public KanervaMemory(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        this.config = config;
        this.index = new AddressIndex(config.codeSize(), config.locations(), config.addressBits(), config.seed());
        this.counters = new short[config.locations()][];
        this.sums = new int[config.codeSize()];
    }

    /** The configuration this memory was built from. */
    public Config config() {
        return config;
    }

    /** The fixed address of a hard location. */
    public Sdr address(int location) {
        requireLocation(location);
        return Sdr.of(config.codeSize(), index.address(location));
    }

    /** The locations a cue activates under the configured {@link Activation}, ascending. */
    public int[] activate(Sdr cue) {
        requireCode(cue, "cue");
        return activated(cue);
    }

    private int[] activated(Sdr cue) {
        int[] bits = cue.active();
        if (config.activation() == Activation.RADIUS) {
            return index.withinRadius(bits, config.threshold());
        }
        return index.nearest(bits, config.nearest());
    }

    /** The overlap of every location's address with the cue by a full scan: the reference for {@link #activate}. */
    int[] overlapsByScan(Sdr cue) {
        requireCode(cue, "cue");
        return index.overlapsByScan(cue.active());
    }

    /** Adds 1 to the counters of {@code data}'s active bits at every location {@code address} activates. */
    public void write(Sdr address, Sdr data) {
        requireCode(address, "address");
        requireCode(data, "data");
        int[] locations = activated(address);
        int[] bits = data.active();
        for (int l : locations) {
            short[] c = counters[l];
            if (c == null) {
                c = counters[l] = new short[config.codeSize()];
            }
            int[] own = config.maskAddressBits() ? index.addressView(l) : NO_BITS;
            int next = 0;
            for (int bit : bits) {
                // Both lists are sorted: one merge walk finds the data bits that are address bits of the location.
                while (next < own.length && own[next] < bit) {
                    next++;
                }
                if (next < own.length && own[next] == bit) {
                    continue;
                }
                if (c[bit] < Short.MAX_VALUE) {
                    c[bit]++;
                }
            }
        }
        writes++;
    }

    /** Auto-association: writes {@code item} at its own address. */
    public void store(Sdr item) {
        write(item, item);
    }

    /** The {@link Config#outputBits()} bits of largest summed counters over the locations the cue activates. */
    public Sdr read(Sdr address) {
        return read(address, config.outputBits());
    }

    /**
     * The {@code outputBits} bits of largest summed counters over the locations {@code address} activates, ties by
     * the lower bit. Bits whose sum is 0 are never returned, so a cue that activates no written location reads an
     * empty code.
     */
    public Sdr read(Sdr address, int outputBits) {
        if (outputBits < 1 || outputBits > config.codeSize()) {
            throw new IllegalArgumentException("outputBits must lie in [1, " + config.codeSize() + "], got "
                    + outputBits);
        }
        requireCode(address, "address");
        int[] locations = activated(address);
        Arrays.fill(sums, 0);
        for (int l : locations) {
            short[] c = counters[l];
            if (c != null) {
                for (int bit = 0; bit < c.length; bit++) {
                    sums[bit] += c[bit];
                }
            }
        }
        return Sdr.of(config.codeSize(), TopBits.winners(sums, outputBits));
    }

    /**
     * Auto-associative clean-up: reads from the noisy code, then from what was read, until a read returns its own
     * cue (a fixed point) or {@code maxIterations} reads were made, or a read comes back empty.
     */
    public SdmRecall cleanUp(Sdr noisy, int maxIterations) {
        requireCode(noisy, "noisy");
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        }
        Sdr current = noisy;
        for (int i = 1; i <= maxIterations; i++) {
            Sdr next = read(current);
            if (next.equals(current)) {
                return new SdmRecall(next, i, true);
            }
            if (next.activeCount() == 0) {
                return new SdmRecall(next, i, false);
            }
            current = next;
        }
        return new SdmRecall(current, maxIterations, false);
    }

    /** Hetero-association: writes each element at the address of the one before it. */
    public void storeSequence(List<Sdr> sequence) {
        if (sequence == null || sequence.size() < 2) {
            throw new IllegalArgumentException("a sequence needs at least 2 elements, got "
                    + (sequence == null ? "null" : sequence.size()));
        }
        for (Sdr element : sequence) {
            requireCode(element, "sequence element");
        }
        for (int i = 0; i + 1 < sequence.size(); i++) {
            write(sequence.get(i), sequence.get(i + 1));
        }
    }

    /**
     * The sequence as recalled from {@code start}: {@code start} itself, then the read from it, the read from that,
     * and so on, {@code length} codes in all; shorter if a read comes back empty.
     */
    public List<Sdr> recallSequence(Sdr start, int length) {
        requireCode(start, "start");
        if (length < 1) {
            throw new IllegalArgumentException("length must be at least 1, got " + length);
        }
        List<Sdr> recalled = new ArrayList<>(length);
        recalled.add(start);
        Sdr current = start;
        while (recalled.size() < length) {
            current = read(current);
            if (current.activeCount() == 0) {
                break;
            }
            recalled.add(current);
        }
        return recalled;
    }

    /** The number of writes made so far. */
    public long writes() {
        return writes;
    }

    /** The counter of {@code bit} at {@code location}. */
    public int counter(int location, int bit) {
        requireLocation(location);
        if (bit < 0 || bit >= config.codeSize()) {
            throw new IllegalArgumentException("bit must lie in [0, " + config.codeSize() + "), got " + bit);
        }
        short[] c = counters[location];
        return c == null ? 0 : c[bit];
    }

    private void requireCode(Sdr code, String name) {
        if (code == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (code.size() != config.codeSize()) {
            throw new IllegalArgumentException(name + " has " + code.size() + " bits, the memory "
                    + config.codeSize());
        }
        if (code.activeCount() == 0) {
            throw new IllegalArgumentException(name + " has no active bit");
        }
    }

    private void requireLocation(int location) {
        if (location < 0 || location >= config.locations()) {
            throw new IllegalArgumentException("location must lie in [0, " + config.locations() + "), got "
                    + location);
        }
    }

    /**
     * The shape of a {@link KanervaMemory}. The defaults suit codes of 2048 bits with 40 active (see {@link
     * Builder}); {@link SdmTheory} predicts the capacity of a {@link Activation#RADIUS} configuration.
     *
     * @param codeSize bits of the addresses and data, n
     * @param locations number of hard locations, M
     * @param addressBits active bits of each location's random address, a
     * @param activation how a cue selects locations
     * @param threshold for {@link Activation#RADIUS}: the least overlap (shared bits) that activates a location, at
     *     most {@code addressBits} in that mode
     * @param nearest for {@link Activation#NEAREST_K}: the number of locations every cue activates, k, at most
     *     {@code locations} in that mode
     * @param maskAddressBits whether a location leaves the counters of its own address bits unwritten
     * @param outputBits bits a read returns, normally the active count of the stored codes
     * @param seed seed of the random addresses
     */
    public record Config(int codeSize, int locations, int addressBits, Activation activation, int threshold,
            int nearest, boolean maskAddressBits, int outputBits, long seed) {

        /** Validates the fields. */
        public Config {
            if (codeSize < 1) {
                throw new IllegalArgumentException("codeSize must be positive, got " + codeSize);
            }
            if (locations < 1) {
                throw new IllegalArgumentException("locations must be positive, got " + locations);
            }
            if (addressBits < 1 || addressBits > codeSize) {
                throw new IllegalArgumentException("addressBits must lie in [1, codeSize " + codeSize + "], got "
                        + addressBits);
            }
            if (activation == null) {
                throw new IllegalArgumentException("activation must not be null");
            }
            // Each mode's parameter is checked against the shape only when that mode is used.
            int largestThreshold = activation == Activation.RADIUS ? addressBits : Integer.MAX_VALUE;
            if (threshold < 1 || threshold > largestThreshold) {
                throw new IllegalArgumentException("threshold must lie in [1, addressBits " + addressBits
                        + "], got " + threshold);
            }
            int largestNearest = activation == Activation.NEAREST_K ? locations : Integer.MAX_VALUE;
            if (nearest < 1 || nearest > largestNearest) {
                throw new IllegalArgumentException("nearest (k) must lie in [1, locations " + locations + "], got "
                        + nearest);
            }
            if (outputBits < 1 || outputBits > codeSize) {
                throw new IllegalArgumentException("outputBits must lie in [1, codeSize " + codeSize + "], got "
                        + outputBits);
            }
        }

        /** A builder starting from the defaults. */
        public static Builder builder() {
            return new Builder();
        }

        /** The defaults: {@code builder().build()}. */
        public static Config defaults() {
            return builder().build();
        }

        /** A builder starting from this configuration. */
        public Builder toBuilder() {
            return new Builder().codeSize(codeSize).locations(locations).addressBits(addressBits)
                    .activation(activation).threshold(threshold).nearest(nearest).maskAddressBits(maskAddressBits)
                    .outputBits(outputBits).seed(seed);
        }

        /**
         * Builds a {@link Config}; setters are named after the fields. Defaults, for codes of n = 2048 bits with
         * w = 40 active: 10 000 locations with addresses of 6 bits, activated at an overlap of 2 ({@link
         * Activation#RADIUS}) and masking their address bits. A cue activates about 53 locations (p = 0.0053), and
         * {@link SdmTheory} predicts exact recall by one read from a cue with 20 % of its bits moved for up to about
         * 1 500 stored items (measured by {@link SdmCapacityCurve}: about 1 600; iterated reads clean up such cues
         * up to several thousand). At 10 000 locations 6 address bits give the largest predicted capacity (4: 410,
         * 5: 1 200, 7: 1 500, 8: 1 330): fewer activate too few locations for a steady signal, more activate so many
         * that the other items' writes crowd it. {@code nearest} is 53, the radius mode's mean activation, for
         * {@link Activation#NEAREST_K}; reads of 40 bits; seed 1.
         */
        public static final class Builder {
            private int codeSize = 2048;
            private int locations = 10_000;
            private int addressBits = 6;
            private Activation activation = Activation.RADIUS;
            private int threshold = 2;
            private int nearest = 53;
            private boolean maskAddressBits = true;
            private int outputBits = 40;
            private long seed = 1;

            private Builder() {
            }

            /** Bits of the addresses and data, n. */
            public Builder codeSize(int value) {
                codeSize = value;
                return this;
            }

            /** Number of hard locations, M. */
            public Builder locations(int value) {
                locations = value;
                return this;
            }

            /** Active bits of each location's address, a. */
            public Builder addressBits(int value) {
                addressBits = value;
                return this;
            }

            /** How a cue selects locations. */
            public Builder activation(Activation value) {
                activation = value;
                return this;
            }

            /** Least overlap that activates a location under {@link Activation#RADIUS}. */
            public Builder threshold(int value) {
                threshold = value;
                return this;
            }

            /** Number of locations activated under {@link Activation#NEAREST_K}. */
            public Builder nearest(int value) {
                nearest = value;
                return this;
            }

            /** Whether a location leaves the counters of its own address bits unwritten. */
            public Builder maskAddressBits(boolean value) {
                maskAddressBits = value;
                return this;
            }

            /** Bits a read returns. */
            public Builder outputBits(int value) {
                outputBits = value;
                return this;
            }

            /** Seed of the random addresses. */
            public Builder seed(long value) {
                seed = value;
                return this;
            }

            /** The validated configuration. */
            public Config build() {
                return new Config(codeSize, locations, addressBits, activation, threshold, nearest, maskAddressBits,
                        outputBits, seed);
            }
        }
    }
}
