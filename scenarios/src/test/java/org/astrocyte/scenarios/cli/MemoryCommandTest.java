package org.astrocyte.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.memory.encoder.EpisodeEncoder;
import org.astrocyte.memory.encoder.Position;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.EpisodeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code astrocyte memory DIR ...} as a user calls it, on a real SQLite memory database. */
class MemoryCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final EpisodeEncoder encoder = EpisodeEncoder.defaults();

    private int astrocyte(String... args) {
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private String episode(String id, String agent, long time, String note, String... tags) {
        return EpisodeJson.write(Episode.of(id, agent, time, encoder.encode(note, new Position(1, 2)))
                .withPayload("{\"note\":\"" + note + "\"}").withTags(List.of(tags)));
    }

    @Test
    void should_import_query_report_and_export_what_agents_remembered(@TempDir Path dir) throws Exception {
        // given
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(jsonl, String.join("\n", episode("a-1", "scout", 1_000_000, "apples near the oak", "food"),
                "", episode("b-1", "miner", 2_000_000, "cold wind on the hill"),
                episode("a-2", "scout", 3_000_000, "more apples by the pond", "food")) + "\n");
        Path store = dir.resolve("store");
        // when
        assertEquals(0, astrocyte("memory", store.toString(), "import", jsonl.toString()), err.toString());
        assertEquals(0, astrocyte("memory", store.toString(), "stats"), err.toString());
        assertEquals(0, astrocyte("memory", store.toString(), "query", "apples", "-k", "5", "--tag", "food"),
                err.toString());
        Path exported = dir.resolve("out.jsonl");
        assertEquals(0, astrocyte("memory", store.toString(), "export", "--out", exported.toString()),
                err.toString());
        // then
        String text = out.toString();
        assertTrue(text.contains("imported 3 episodes"), text);
        assertTrue(text.contains("3 episodes (0 knowledge)"), text);
        assertTrue(text.contains("per agent        miner 1, scout 2"), text);
        assertTrue(text.contains("top tags         food 2"), text);
        assertTrue(text.contains("2 of 3 episodes in astrocyte.memory match 'apples'"), text);
        assertTrue(text.indexOf("more apples by the pond") < text.indexOf("apples near the oak"), text);
        List<String> lines = Files.readAllLines(exported);
        assertEquals(3, lines.size());
        assertEquals(EpisodeJson.read("a-1", episode("a-1", "scout", 1_000_000, "apples near the oak", "food")),
                EpisodeJson.read("a-1", lines.get(0)));
    }

    @Test
    void should_name_file_and_line_of_a_bad_import_and_write_nothing(@TempDir Path dir) throws Exception {
        // given
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(jsonl, episode("a-1", "scout", 1, "apples") + "\n{\"format\":2,\"id\":\"x\"}\n");
        Path store = dir.resolve("store");
        // when
        int exit = astrocyte("memory", store.toString(), "import", jsonl.toString());
        // then
        assertEquals(2, exit);
        assertTrue(err.toString().contains(jsonl + ":2:1: stored episode on this line has no text field 'agentId'"),
                err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
        assertEquals(0, astrocyte("memory", store.toString(), "stats"), err.toString());
        assertFalse(out.toString().contains("map "), "nothing imported: " + out);
    }

    @Test
    void should_say_where_it_looked_when_there_is_no_memory(@TempDir Path dir) {
        assertEquals(2, astrocyte("memory", dir.toString(), "stats"));
        assertTrue(err.toString().contains("no memory database in " + dir), err.toString());
    }
}
