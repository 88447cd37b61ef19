package org.astrocyte.scenarios.memory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.core.config.InputException;
import org.astrocyte.memory.durable.MemoryDatabase;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.EpisodeJson;

/**
 * The memory database of a run (or any folder holding {@code memory.db}) opened for a person to look into: the
 * maps it holds, their episodes, export to and import from JSON Lines in the stored form ({@link EpisodeJson}).
 * Never creates a database where there is none.
 */
public final class MemoryArchive implements AutoCloseable {

    private final MemoryDatabase database;
    private final Path file;

    private MemoryArchive(MemoryDatabase database, Path file) {
        this.database = database;
        this.file = file;
    }

    /**
     * Opens the database in {@code dir}, or in {@code dir/memory} (a run's output folder).
     *
     * @throws IllegalArgumentException if neither holds a memory database
     */
    public static MemoryArchive open(Path dir) {
        for (Path candidate : List.of(dir, dir.resolve("memory"))) {
            Path db = candidate.resolve(MemoryDatabase.SQLITE_FILE);
            if (Files.isRegularFile(db)) {
                return new MemoryArchive(MemoryDatabase.sqlite(candidate), db);
            }
        }
        throw new IllegalArgumentException("no memory database in " + dir + " (expected " + dir.resolve(
                MemoryDatabase.SQLITE_FILE) + " or " + dir.resolve("memory").resolve(MemoryDatabase.SQLITE_FILE)
                + "; a run writes one into its output folder)");
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The maps that hold entries, sorted. */
    public List<String> maps() {
        return database.maps();
    }

    /**
     * {@code requested}, or the only map when it is null.
     *
     * @throws IllegalArgumentException naming the maps, if {@code requested} is not one of them or is null while
     *                                  there are several
     */
    public String map(String requested) {
        List<String> maps = maps();
        if (requested != null) {
            if (!maps.contains(requested)) {
                throw new IllegalArgumentException("no map '" + requested + "' in " + file + "; maps: " + maps);
            }
            return requested;
        }
        if (maps.size() != 1) {
            throw new IllegalArgumentException(file + " holds " + (maps.isEmpty() ? "no map" : maps.size()
                    + " maps " + maps) + (maps.isEmpty() ? "" : "; choose one with --map"));
        }
        return maps.get(0);
    }

    /** Every readable episode of {@code map}, with the entries that could not be read and why. */
    public Loaded episodes(String map) {
        List<Episode> episodes = new ArrayList<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        List<String> keys = database.keys(map);
        for (int from = 0; from < keys.size(); from += 1000) {
            Map<String, String> values = database.getAll(map, keys.subList(from, Math.min(keys.size(), from + 1000)));
            for (Map.Entry<String, String> entry : values.entrySet()) {
                try {
                    episodes.add(EpisodeJson.read(entry.getKey(), entry.getValue()));
                } catch (IllegalStateException e) {
                    unreadable.put(entry.getKey(), e.getMessage());
                }
            }
        }
        return new Loaded(episodes, unreadable);
    }

    /** Episodes read from a map, and the entries that were not episodes (key to reason). */
    public record Loaded(List<Episode> episodes, Map<String, String> unreadable) {
    }

    /** Writes every entry of {@code map}, one stored episode per line; returns how many. */
    public int export(String map, Writer out) throws IOException {
        List<String> keys = database.keys(map);
        keys.sort(null);
        int written = 0;
        for (int from = 0; from < keys.size(); from += 1000) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 1000));
            Map<String, String> values = database.getAll(map, chunk);
            for (String key : chunk) {
                String value = values.get(key);
                if (value != null) {
                    out.write(value);
                    out.write('\n');
                    written++;
                }
            }
        }
        out.flush();
        return written;
    }

    /**
     * Reads {@code jsonl} (one stored episode per line, blank lines skipped) and writes all of its episodes into
     * {@code map} in one transaction, replacing those of the same id; nothing is written if any line is bad.
     *
     * @throws InputException naming the file, the line and what is wrong with it
     */
    public int importFrom(Path jsonl, String map) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Episode episode = EpisodeJson.read("on this line", line);
                    entries.put(episode.id(), EpisodeJson.write(episode));
                } catch (IllegalStateException e) {
                    throw new InputException(jsonl, lineNumber, 1, e.getMessage());
                }
            }
        }
        database.putAll(map, entries);
        return entries.size();
    }

    @Override
    public void close() {
        database.close();
    }
}
