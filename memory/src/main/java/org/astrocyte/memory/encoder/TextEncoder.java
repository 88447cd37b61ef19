package org.astrocyte.memory.encoder;

import java.util.Locale;
import java.util.Set;
import org.astrocyte.memory.sdr.Sdr;

/**
 * Encodes text as the union of its words' codes: each word (letters and digits, lower-cased, common stop words
 * skipped) sets {@code bitsPerWord} bits chosen by a seeded hash. Property: a note and a query share bits exactly
 * for the words they share, so recall by words works from any subset of them. A later version replaces this with a
 * sentence-embedding encoder, which also matches synonyms.
 */
public final class TextEncoder implements Encoder<String> {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "at", "in", "on", "of", "to", "is",
            "are", "was", "and", "or", "it", "this", "that", "i", "here", "there", "for", "with", "by", "be");

    private final int size;
    private final int bitsPerWord;
    private final long seed;

    public TextEncoder(int size, int bitsPerWord, long seed) {
        if (bitsPerWord < 1 || bitsPerWord > size) {
            throw new IllegalArgumentException("bitsPerWord must be from 1 to size " + size + ", got " + bitsPerWord);
        }
        this.size = size;
        this.bitsPerWord = bitsPerWord;
        this.seed = seed;
    }

    /** 2048 bits, 8 per word, seed 2. */
    public static TextEncoder defaults() {
        return new TextEncoder(2048, 8, 2);
    }

    @Override
    public Sdr encode(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        return Sdr.of(size, wordBits(text));
    }

    private int[] wordBits(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int[] bits = new int[words.length * bitsPerWord];
        int n = 0;
        for (String word : words) {
            if (word.isEmpty() || STOP_WORDS.contains(word)) {
                continue;
            }
            long wordHash = word.hashCode();
            for (int k = 0; k < bitsPerWord; k++) {
                bits[n++] = SeededHash.index(seed + k, wordHash * 1_000_003L + word.length(), size);
            }
        }
        return java.util.Arrays.copyOf(bits, n);
    }

    @Override
    public int size() {
        return size;
    }
}
