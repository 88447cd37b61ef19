package org.astrocyte.memory.encoder;

import java.util.Locale;
import org.astrocyte.memory.sdr.Sdr;

/**
 * Encodes a category name (a tag, an agent, a kind of object) as {@code activeBits} distinct bits chosen by a
 * seeded hash of the name, ignoring case and surrounding blanks.
 *
 * <p>Property: the same category always gets the same code; different categories share only chance bits, about
 * {@code activeBits^2 / size}, as unrelated random codes do, so categories are told apart but none is "closer" to
 * another. Needs no list of categories in advance.
 */
public final class CategoryEncoder implements Encoder<String> {

    private final int size;
    private final int activeBits;
    private final long seed;

    /**
     * @param size       bits of the code
     * @param activeBits active bits per category, from 1 to {@code size}
     * @param seed       seeds the hash
     */
    public CategoryEncoder(int size, int activeBits, long seed) {
        if (size < 1 || activeBits < 1 || activeBits > size) {
            throw new IllegalArgumentException("need 1 <= activeBits <= size, got " + activeBits + " of " + size);
        }
        this.size = size;
        this.activeBits = activeBits;
        this.seed = seed;
    }

    @Override
    public Sdr encode(String category) {
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("category must not be blank");
        }
        long key = SeededHash.chars(seed, category.strip().toLowerCase(Locale.ROOT));
        return Sdr.of(size, DistinctBits.draw(key, activeBits, size));
    }

    @Override
    public int size() {
        return size;
    }
}
