package org.astrocyte.scenarios.bench.memory;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real English sentences available offline: the fortune cookie databases of the Debian package {@code fortunes}
 * (in {@code /usr/share/games/fortunes}), split into sentences, for the text-recall benchmark.
 *
 * <p>Files used: every plain file of the directory, by name, except the index files ({@code *.dat}), the
 * {@code *.u8} links to the same files, subdirectories (the offensive {@code off/} set of
 * {@code fortunes-off} is not read) and the two files of pictures, {@code art} and {@code ascii-art}. With Debian
 * 12's {@code fortunes} and {@code fortunes-min} 1:1.99.1-7.3 that is 41 files (computers, cookie, debian,
 * definitions, disclaimer, drugs, education, ethnic, food, fortunes, goedel, humorists, kids, knghtbrd, law, linux,
 * linuxcookie, literature, love, magic, medicine, men-women, miscellaneous, news, paradoxum, people, perl, pets,
 * platitudes, politics, pratchett, riddles, science, songs-poems, sports, startrek, tao, translate-me, wisdom, work,
 * zippy) giving 24 788 distinct sentences, read in about 1 s.
 *
 * <p>Splitting: entries are separated by lines holding a single {@code %}. In each entry, overstriking (a
 * character, backspace, a character) keeps the last character; an attribution line (starting with {@code --}) and
 * everything after it are dropped, as are lines that are mostly not letters (tables, pictures); the remaining lines
 * are joined with whitespace collapsed to single spaces and split after {@code .}, {@code !} or {@code ?} (and any
 * closing quotes or brackets) followed by a space. Sentences of {@value #MIN_CHARS} to {@value #MAX_CHARS}
 * characters that are mostly letters are kept; repeats, compared ignoring case, are dropped after the first.
 *
 * @param directory where the databases were read
 * @param files     the names of the files read, sorted
 * @param sentences the sentences, in file order then order of appearance
 */
public record FortuneCorpus(Path directory, List<String> files, List<String> sentences) {

    /** Where Debian's {@code fortunes} package installs its databases. */
    public static final Path DEBIAN_DIRECTORY = Path.of("/usr/share/games/fortunes");
    /** Shortest sentence kept (characters). */
    public static final int MIN_CHARS = 25;
    /** Longest sentence kept (characters). */
    public static final int MAX_CHARS = 300;

    private static final Set<String> PICTURE_FILES = Set.of("art", "ascii-art");
    private static final Pattern OVERSTRIKE = Pattern.compile(".\b");
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("(?m)^%\\R?");
    private static final Pattern LINE = Pattern.compile("\\R");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"')\\]]{0,2}) ");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    public FortuneCorpus {
        files = List.copyOf(files);
        sentences = List.copyOf(sentences);
    }

    /** The corpus of {@link #DEBIAN_DIRECTORY}. */
    public static FortuneCorpus debian() throws IOException {
        return read(DEBIAN_DIRECTORY);
    }

    /**
     * The corpus of the fortune databases in {@code directory}.
     *
     * @throws FileNotFoundException if the directory is missing or holds no fortune file; the message says how to
     *                               install the Debian package
     */
    public static FortuneCorpus read(Path directory) throws IOException {
        List<Path> files = databases(directory);
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            names.add(file.getFileName().toString());
            for (String entry : ENTRY_SEPARATOR.split(readLenient(file))) {
                for (String sentence : sentencesOf(entry)) {
                    if (seen.add(sentence.toLowerCase(Locale.ROOT))) {
                        kept.add(sentence);
                    }
                }
            }
        }
        return new FortuneCorpus(directory, names, kept);
    }

    /** The first {@code count} sentences (all of them if there are fewer), with the same files. */
    public FortuneCorpus first(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        return new FortuneCorpus(directory, files, sentences.subList(0, Math.min(count, sentences.size())));
    }

    /** The sentences of one fortune entry (the text between two {@code %} lines), in order. */
    static List<String> sentencesOf(String entry) {
        String text = CONTROL.matcher(OVERSTRIKE.matcher(entry).replaceAll("")).replaceAll("");
        StringBuilder joined = new StringBuilder();
        for (String line : LINE.split(text)) {
            String stripped = line.strip();
            if (stripped.startsWith("--")) {
                break;
            }
            if (!stripped.isEmpty() && mostlyLetters(stripped)) {
                joined.append(stripped).append(' ');
            }
        }
        String normalised = WHITESPACE.matcher(joined).replaceAll(" ").strip();
        List<String> sentences = new ArrayList<>();
        for (String candidate : SENTENCE_END.split(normalised)) {
            String sentence = candidate.strip();
            if (sentence.length() >= MIN_CHARS && sentence.length() <= MAX_CHARS && mostlyLetters(sentence)) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** Whether at least 60% of the characters other than spaces are letters. */
    private static boolean mostlyLetters(String text) {
        int letters = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (!Character.isWhitespace(c)) {
                other++;
            }
        }
        return letters >= 0.6 * (letters + other) && letters > 0;
    }

    private static List<Path> databases(Path directory) throws IOException {
        if (directory == null || !Files.isDirectory(directory)) {
            throw missing(directory, "is missing");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(FortuneCorpus::isDatabase).sorted().toList();
        }
        if (files.isEmpty()) {
            throw missing(directory, "holds no fortune file");
        }
        return files;
    }

    private static boolean isDatabase(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && !Files.isSymbolicLink(file) && !name.startsWith(".")
                && !name.endsWith(".dat") && !name.endsWith(".u8") && !PICTURE_FILES.contains(name);
    }

    private static FileNotFoundException missing(Path directory, String what) {
        return new FileNotFoundException("the fortune directory " + directory + " " + what
                + ": install the Debian package fortunes (apt-get install fortunes) or name another directory");
    }

    /** The file as UTF-8, with malformed bytes replaced rather than failing the whole corpus. */
    private static String readLenient(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return decoder.decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    }
}
