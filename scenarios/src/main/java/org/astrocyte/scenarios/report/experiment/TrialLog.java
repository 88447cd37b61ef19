package org.astrocyte.scenarios.report.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.astrocyte.core.config.InputException;
import org.astrocyte.scenarios.experiment.TrialOutcome;

/**
 * An experiment's {@code results.jsonl} read for a report: the last outcome of every trial (a trial that failed and
 * then succeeded on {@code --resume} has two lines), in plan order. A last line cut short by a crash is left out and
 * noted, as the experiment itself does; any other line that is not a trial's outcome is an error naming the file and
 * the line.
 *
 * @param outcomes   one per trial, in plan order (by index)
 * @param superseded lines replaced by a later line of the same trial (failed attempts that a resume redid)
 * @param cutShort   whether the last line was cut short (a trial that was running when the experiment stopped)
 */
public record TrialLog(List<TrialOutcome> outcomes, int superseded, boolean cutShort) {

    /** The name of the log in an experiment folder. */
    public static final String FILE = "results.jsonl";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public TrialLog {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * Reads {@code file}.
     *
     * @throws InputException naming the file, and the line when one is malformed, if the file is missing or a line
     *                        other than a cut-short last one is not a trial's outcome
     */
    public static TrialLog read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, 0, 0, "no such file (an experiment folder holds the " + FILE
                    + " that 'astrocyte experiment' writes)");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, TrialOutcome> byId = new LinkedHashMap<>();
        int superseded = 0;
        boolean cutShort = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                if (i == lines.size() - 1) {
                    cutShort = true;
                    continue;
                }
                throw new InputException(file, i + 1, 0, "not a trial's outcome (" + e.getOriginalMessage() + ")");
            }
            TrialOutcome outcome = outcome(node, file, i + 1);
            if (byId.put(outcome.id(), outcome) != null) {
                superseded++;
            }
        }
        List<TrialOutcome> outcomes = new ArrayList<>(byId.values());
        outcomes.sort(Comparator.comparingInt(TrialOutcome::index));
        return new TrialLog(outcomes, superseded, cutShort);
    }

    private static TrialOutcome outcome(JsonNode node, Path file, int line) {
        if (!node.isObject()) {
            throw new InputException(file, line, 0, "not a trial's outcome (expected a JSON object)");
        }
        text(node, "id", file, line);
        text(node, "condition", file, line);
        require(node, "ok", JsonNode::isBoolean, "true or false", file, line);
        require(node, "index", JsonNode::isIntegralNumber, "a whole number", file, line);
        require(node, "seed", JsonNode::isIntegralNumber, "a whole number", file, line);
        if (node.has("parameters")) {
            require(node, "parameters", JsonNode::isObject, "an object of names and values", file, line);
        }
        if (node.get("ok").asBoolean()) {
            require(node, "metrics", TrialLog::isMetrics, "an object of metric names and numbers", file, line);
        } else {
            text(node, "error", file, line);
        }
        try {
            TrialOutcome outcome = JSON.treeToValue(node, TrialOutcome.class);
            return new TrialOutcome(outcome.index(), outcome.id(), outcome.condition(),
                    outcome.parameters() == null ? Map.of() : outcome.parameters(), outcome.seed(),
                    outcome.repetition(), outcome.ok(), outcome.attempts(),
                    outcome.metrics() == null ? Map.of() : outcome.metrics(), outcome.error(), outcome.wallSeconds());
        } catch (JsonProcessingException e) {
            throw new InputException(file, line, 0, "not a trial's outcome (" + e.getOriginalMessage() + ")");
        }
    }

    /** An object whose values are numbers, or "NaN" as Jackson writes a metric that was not measured. */
    private static boolean isMetrics(JsonNode metrics) {
        if (!metrics.isObject()) {
            return false;
        }
        for (JsonNode value : metrics) {
            if (!value.isNumber() && !value.asText().equals("NaN")) {
                return false;
            }
        }
        return true;
    }

    private static void text(JsonNode node, String field, Path file, int line) {
        require(node, field, n -> n.isTextual() && !n.asText().isBlank(), "a non-blank text", file, line);
    }

    private static void require(JsonNode node, String field, Predicate<JsonNode> test,
            String expected, Path file, int line) {
        JsonNode value = node.get(field);
        if (value == null || !test.test(value)) {
            throw new InputException(file, line, 0, "trial " + (node.path("id").isTextual()
                    ? "'" + node.get("id").asText() + "' " : "") + (value == null ? "lacks '" + field + "'"
                    : "has '" + field + "' = " + value + ", expected " + expected));
        }
    }

    /** The trials that ran to their end. */
    public List<TrialOutcome> succeeded() {
        return outcomes.stream().filter(TrialOutcome::ok).toList();
    }

    /** The trials whose last attempt failed. */
    public List<TrialOutcome> failed() {
        return outcomes.stream().filter(o -> !o.ok()).toList();
    }
}
