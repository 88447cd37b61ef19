package org.astrocyte.memory.encoder;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.astrocyte.memory.sdr.Sdr;

/**
 * Encodes text as the union of its words' codes, a bag-of-words code: the text is lower-cased and split into words
 * of letters and digits, very common English stop words are skipped, and each remaining word sets
 * {@code bitsPerWord} distinct bits chosen by a seeded hash of the word.
 *
 * <p>Property: a note and a query share all the bits of every word they share, and other bits only by hash chance,
 * so a note is found from any subset of its words regardless of case, order and punctuation; it matches no
 * synonyms. A later issue replaces it with a sentence-embedding encoder (an in-process embedding
 * model projected to an SDR by random projection and k-winners-take-all), which also matches paraphrases.
 */
public final class TextEncoder implements Encoder<String> {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Words too common to tell notes apart; "not", "no" and the like carry meaning and stay. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "at", "in", "on", "of", "to", "is", "are",
            "was", "were", "be", "been", "am", "and", "or", "it", "its", "this", "that", "these", "those", "i", "we",
            "here", "there", "for", "with", "by", "as", "from", "has", "have", "had");

    private final int size;
    private final int bitsPerWord;
    private final long seed;

    /**
     * @param size        bits of the code
     * @param bitsPerWord distinct bits every word sets; from 1 to {@code size}
     * @param seed        seeds the word hash
     * @throws IllegalArgumentException if a number is out of range
     */
    public TextEncoder(int size, int bitsPerWord, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive, got " + size);
        }
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

    /** The union of the codes of the words of {@code text}; empty if it has no words other than stop words. */
    @Override
    public Sdr encode(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        String[] words = NOT_WORD.split(text.toLowerCase(Locale.ROOT));
        int[] bits = new int[words.length * bitsPerWord];
        int n = 0;
        for (String word : words) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                wordBits(word, bits, n);
                n += bitsPerWord;
            }
        }
        return Sdr.of(size, Arrays.copyOf(bits, n));
    }

    /** Writes the {@code bitsPerWord} distinct bits of {@code word} into {@code out} from {@code from}. */
    private void wordBits(String word, int[] out, int from) {
        long wordHash = SeededHash.chars(seed, word);
        int chosen = 0;
        for (long probe = 0; chosen < bitsPerWord; probe++) {
            int bit = SeededHash.index(wordHash, probe, size);
            if (!contains(out, from, from + chosen, bit)) {
                out[from + chosen++] = bit;
            }
        }
    }

    private static boolean contains(int[] values, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return size;
    }

    /** Distinct bits every word sets. */
    public int bitsPerWord() {
        return bitsPerWord;
    }
}
