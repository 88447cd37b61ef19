package org.astrocyte.scenarios.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The experiment's {@code results.jsonl}: one line per finished trial, appended and forced to disk before the
 * trial counts as done, so that a crash or a kill loses no finished trial and {@code --resume} redoes none.
 * A last line cut short by a crash is ignored when read. Thread-safe.
 */
public final class ResultsLog implements AutoCloseable {

    /** The file's name in an experiment's output folder. */
    public static final String FILE = "results.jsonl";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final FileChannel channel;

    private ResultsLog(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Opens (creating) the log in {@code dir} for appending; a last line cut short by a crash is cut off first, so
     * that the next line starts on a line of its own.
     */
    public static ResultsLog open(Path dir) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.READ);
        long complete = completeLength(channel);
        channel.truncate(complete);
        channel.position(complete);
        return new ResultsLog(channel);
    }

    /** The length of the file up to and including its last line break. */
    private static long completeLength(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long at = size - 1; at >= 0; at--) {
            one.clear();
            channel.read(one, at);
            if (one.get(0) == '\n') {
                return at + 1;
            }
        }
        return 0;
    }

    /** Appends {@code outcome} and forces it to disk. */
    public synchronized void append(TrialOutcome outcome) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((JSON.writeValueAsString(outcome) + "\n").getBytes(StandardCharsets.UTF_8));
        while (line.hasRemaining()) {
            channel.write(line);
        }
        channel.force(false);
    }

    /** The outcomes in {@code dir}'s log, in the order written; a last line cut short is left out. */
    public static List<TrialOutcome> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        List<TrialOutcome> outcomes = new ArrayList<>();
        if (!Files.exists(file)) {
            return outcomes;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                outcomes.add(JSON.readValue(line, TrialOutcome.class));
            } catch (JsonProcessingException e) {
                if (i < lines.size() - 1) {
                    throw new IOException(file + ":" + (i + 1) + ": not a trial result (" + e.getOriginalMessage()
                            + "); the file was changed by hand?", e);
                }
                // The last line was cut short by a crash: that trial did not finish, and runs again.
            }
        }
        return outcomes;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
