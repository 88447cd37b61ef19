package org.astrocyte.scenarios.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path into a scenario's tree, as conditions and parameters write it: keys separated by dots, a list element by
 * its index ({@code agents[0]}) or every element ({@code agents[*]}). Setting a value creates missing mappings on
 * the way; a {@code null} value removes the last key.
 */
final class TreePath {

    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\*|[0-9]+)])?");

    private final String text;
    private final List<Step> steps = new ArrayList<>();

    private record Step(String key, String index) {
    }

    TreePath(String text) {
        this.text = text;
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an empty path");
        }
        for (String part : text.split("\\.", -1)) {
            Matcher match = STEP.matcher(part);
            if (!match.matches()) {
                throw new IllegalArgumentException("path '" + text + "': '" + part
                        + "' is not a key, key[N] or key[*]");
            }
            steps.add(new Step(match.group(1), match.group(2)));
        }
        if (steps.get(steps.size() - 1).index() != null) {
            throw new IllegalArgumentException("path '" + text + "' must end with a key, not a list element");
        }
    }

    /** Sets the value at this path in {@code root} (null or a JSON null removes the key). */
    void set(ObjectNode root, JsonNode value) {
        set(root, 0, value);
    }

    private void set(ObjectNode node, int at, JsonNode value) {
        Step step = steps.get(at);
        if (at == steps.size() - 1) {
            if (value == null || value.isNull()) {
                node.remove(step.key());
            } else {
                node.set(step.key(), value.deepCopy());
            }
            return;
        }
        JsonNode child = node.get(step.key());
        if (step.index() == null) {
            if (child == null || child.isNull()) {
                child = node.putObject(step.key());
            }
            set(requireObject(child, step.key()), at + 1, value);
            return;
        }
        if (!(child instanceof ArrayNode list)) {
            throw new IllegalArgumentException("path '" + text + "': '" + step.key()
                    + "' is not a list in the scenario");
        }
        if (step.index().equals("*")) {
            for (JsonNode element : list) {
                set(requireObject(element, step.key() + "[*]"), at + 1, value);
            }
            return;
        }
        int index = Integer.parseInt(step.index());
        if (index >= list.size()) {
            throw new IllegalArgumentException("path '" + text + "': '" + step.key() + "' has " + list.size()
                    + " elements, no [" + index + "]");
        }
        set(requireObject(list.get(index), step.key() + "[" + index + "]"), at + 1, value);
    }

    private ObjectNode requireObject(JsonNode node, String where) {
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("path '" + text + "': '" + where + "' is not a mapping in the scenario");
        }
        return object;
    }

    @Override
    public String toString() {
        return text;
    }
}
