package org.astrocyte.scenarios.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes the experiment's per-trial results as {@code results.csv}: one row per trial, one column per metric. */
final class ResultsCsv {

    static final String FILE = "results.csv";

    private ResultsCsv() {
    }

    static void write(List<TrialOutcome> outcomes, Path dir) throws IOException {
        Set<String> parameters = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        for (TrialOutcome outcome : outcomes) {
            parameters.addAll(outcome.parameters().keySet());
            metrics.addAll(outcome.metrics().keySet());
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve(FILE))) {
            List<String> header = new ArrayList<>(List.of("trial", "condition"));
            header.addAll(parameters);
            header.addAll(List.of("seed", "repetition", "ok", "attempts"));
            header.addAll(metrics);
            out.write(String.join(",", header.stream().map(ResultsCsv::cell).toList()) + "\n");
            for (TrialOutcome outcome : outcomes) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(outcome.index()), outcome.condition()));
                parameters.forEach(p -> row.add(outcome.parameters().getOrDefault(p, "")));
                row.addAll(List.of(String.valueOf(outcome.seed()), String.valueOf(outcome.repetition()),
                        String.valueOf(outcome.ok()), String.valueOf(outcome.attempts())));
                metrics.forEach(m -> {
                    Double value = outcome.metrics().get(m);
                    row.add(value == null ? "" : String.format(Locale.ROOT, "%.6g", value));
                });
                out.write(String.join(",", row.stream().map(ResultsCsv::cell).toList()) + "\n");
            }
        }
    }

    /** A CSV cell, quoted when it holds a comma, a quote or a line break (RFC 4180). */
    private static String cell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
