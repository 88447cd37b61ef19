package org.astrocyte.scenarios.bench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FortuneCorpusTest {

    @TempDir
    Path directory;

    @Test
    void should_split_entries_into_sentences_without_attributions_or_pictures() throws IOException {
        // given
        write("wisdom", """
                The early bird gets the worm. But the second mouse gets the cheese!
                Is this the real life, or is it just fantasy?
                \t\t-- Somebody Famous,
                \t\t   in a book
                %
                Short one.
                %
                  /\\_/\\    ( o.o )   > ^ < ###
                A cat drawn in characters is not a sentence at all.
                %
                """);
        // when
        FortuneCorpus corpus = FortuneCorpus.read(directory);
        // then
        assertEquals(List.of("The early bird gets the worm.", "But the second mouse gets the cheese!",
                "Is this the real life, or is it just fantasy?",
                "A cat drawn in characters is not a sentence at all."), corpus.sentences());
        assertEquals(List.of("wisdom"), corpus.files());
    }

    @Test
    void should_join_lines_and_collapse_whitespace() throws IOException {
        write("poems", """
                A sentence that runs over
                   two lines,\tand  has   odd spacing. "A quoted sentence, as it happens."
                Then one more sentence to close it.
                %
                """);
        assertEquals(List.of("A sentence that runs over two lines, and has odd spacing.",
                "\"A quoted sentence, as it happens.\"", "Then one more sentence to close it."),
                FortuneCorpus.read(directory).sentences());
    }

    @Test
    void should_drop_repeats_ignoring_case_and_read_files_in_name_order() throws IOException {
        // given
        write("b-second", "Every file is read in the order of its name.\n%\nA sentence that appears twice here.\n%\n");
        write("a-first", "A SENTENCE THAT APPEARS TWICE HERE.\n%\n");
        // when
        FortuneCorpus corpus = FortuneCorpus.read(directory);
        // then
        assertEquals(List.of("a-first", "b-second"), corpus.files());
        assertEquals(List.of("A SENTENCE THAT APPEARS TWICE HERE.", "Every file is read in the order of its name."),
                corpus.sentences());
    }

    @Test
    void should_skip_index_files_links_pictures_and_subdirectories() throws IOException {
        // given
        write("jokes", "Only this file holds sentences that count.\n%\n");
        Files.write(directory.resolve("jokes.dat"), new byte[] {0, 0, 0, 2, 0, 0, 0, 1});
        Files.createSymbolicLink(directory.resolve("jokes.u8"), directory.resolve("jokes"));
        write("art", "A picture file is skipped whatever it holds.\n%\n");
        write("ascii-art", "So is the other picture file, by its name.\n%\n");
        Files.createDirectory(directory.resolve("off"));
        Files.writeString(directory.resolve("off").resolve("rude"), "The offensive set is never read at all.\n%\n");
        // when
        FortuneCorpus corpus = FortuneCorpus.read(directory);
        // then
        assertEquals(List.of("jokes"), corpus.files());
        assertEquals(List.of("Only this file holds sentences that count."), corpus.sentences());
        assertEquals(1, corpus.first(5).sentences().size());
        assertEquals(0, corpus.first(0).sentences().size());
    }

    @Test
    void should_keep_the_last_character_of_overstrikes() throws IOException {
        write("manual", "This is b\bbo\bol\bld\bd text from an old manual page.\n%\n");
        assertEquals(List.of("This is bold text from an old manual page."),
                FortuneCorpus.read(directory).sentences());
    }

    @Test
    void should_name_the_debian_package_when_the_directory_is_missing() throws IOException {
        FileNotFoundException missing = assertThrows(FileNotFoundException.class,
                () -> FortuneCorpus.read(directory.resolve("nowhere")));
        assertTrue(missing.getMessage().contains("apt-get install fortunes"), missing.getMessage());
        FileNotFoundException empty = assertThrows(FileNotFoundException.class, () -> FortuneCorpus.read(directory));
        assertTrue(empty.getMessage().contains("apt-get install fortunes"), empty.getMessage());
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(directory.resolve(name), text);
    }
}
