package org.astrocyte.scenarios.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of one benchmark run, as {@code astrocyte bench} prints it and writes it with {@code --json}:
 * {@code {"benchmark": NAME, "machine": {...}, "figures": [...]}} (DESIGN.md, "Benchmarks").
 *
 * @param benchmark the benchmark's name
 * @param machine   where and when it ran
 * @param figures   its figures, in the order measured
 */
public record BenchmarkReport(String benchmark, MachineInfo machine, List<Figure> figures) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public BenchmarkReport {
        if (benchmark == null || machine == null || figures == null) {
            throw new IllegalArgumentException("a report needs a benchmark, a machine and figures");
        }
        figures = List.copyOf(figures);
    }

    /** The report as pretty-printed JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            // Records of strings and numbers always serialise; anything else is a bug here.
            throw new IllegalStateException("cannot write the report of " + benchmark + " as JSON", e);
        }
    }

    /** Writes {@link #toJson()} to {@code file}, creating its folder. */
    public void writeJson(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson() + System.lineSeparator());
    }

    /** The figures as a plain-text table, one line per figure under a header line. */
    public String table() {
        return FigureTable.format(figures);
    }
}
