package org.astrocyte.simulator.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.astrocyte.core.config.InputException;
import org.astrocyte.simulator.units.Dimension;
import org.astrocyte.simulator.units.Quantity;
import org.astrocyte.simulator.units.UnitException;

/**
 * Typed access to one mapping of a network file; every failure is an {@link InputException} at the line and column
 * of the offending key or value, naming the field by its path (e.g. {@code populations[0].parameters.tau_m}).
 */
final class Fields {

    private final Path file;
    private final String path;
    private final Node.Mapping mapping;

    private Fields(Path file, String path, Node.Mapping mapping) {
        this.file = file;
        this.path = path;
        this.mapping = mapping;
    }

    /** The mapping at {@code node}, which must be one, with keys only from {@code allowed}. */
    static Fields of(Path file, String path, Node node, Set<String> allowed) {
        if (!(node instanceof Node.Mapping mapping)) {
            throw error(file, node, path, "expected a mapping, got " + node.describe());
        }
        for (Map.Entry<String, Node> key : mapping.keys().entrySet()) {
            if (!allowed.contains(key.getKey())) {
                throw error(file, key.getValue(), path, "unknown key '" + key.getKey() + "' (expected one of: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return new Fields(file, path, mapping);
    }

    static InputException error(Path file, Node node, String path, String problem) {
        return new InputException(file, node.line(), node.column(), (path.isEmpty() ? "" : path + ": ") + problem);
    }

    InputException error(Node node, String key, String problem) {
        return error(file, node, child(key), problem);
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Path file() {
        return file;
    }

    boolean has(String key) {
        return mapping.fields().containsKey(key) && !(mapping.fields().get(key) instanceof Node.Scalar s
                && s.text() == null);
    }

    Node node(String key) {
        Node node = mapping.fields().get(key);
        if (node == null || node instanceof Node.Scalar s && s.text() == null) {
            throw error(file, mapping, path, "missing required field '" + key + "'");
        }
        return node;
    }

    String string(String key) {
        Node node = node(key);
        if (!(node instanceof Node.Scalar scalar)) {
            throw error(node, key, "expected a name, got " + node.describe());
        }
        return scalar.text();
    }

    int integer(String key) {
        Node node = node(key);
        try {
            return Integer.parseInt(scalarText(node, child(key), "a whole number"));
        } catch (NumberFormatException e) {
            throw error(node, key, "expected a whole number, got " + node.describe());
        }
    }

    double number(String key) {
        return number(node(key), child(key));
    }

    double number(Node node, String where) {
        String text = scalarText(node, where, "a number");
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(file, node, where, "expected a number, got " + node.describe());
        }
    }

    boolean flag(String key, boolean otherwise) {
        if (!has(key)) {
            return otherwise;
        }
        String text = scalarText(node(key), child(key), "true or false");
        if (!text.equals("true") && !text.equals("false")) {
            throw error(node(key), key, "expected true or false, got '" + text + "'");
        }
        return Boolean.parseBoolean(text);
    }

    /** A quantity of {@code dimension} in its working unit (ms, mV, pA, nS, pF, Hz). */
    double quantity(String key, Dimension dimension) {
        return quantity(node(key), child(key), dimension, v -> v);
    }

    /**
     * The quantity at {@code node} in the working unit of {@code dimension}, passed through {@code convert}; a
     * wrong or missing unit is an error at the node.
     */
    double quantity(Node node, String where, Dimension dimension, DoubleUnaryOperator convert) {
        String text = scalarText(node, where, dimension.description() + " with a unit");
        try {
            return convert.applyAsDouble(Quantity.parse(text).in(dimension));
        } catch (UnitException e) {
            throw error(file, node, where, e.getMessage());
        }
    }

    List<Node> list(String key) {
        Node node = node(key);
        if (!(node instanceof Node.Sequence sequence)) {
            throw error(node, key, "expected a list, got " + node.describe());
        }
        return sequence.items();
    }

    List<Node> optionalList(String key) {
        return has(key) ? list(key) : List.of();
    }

    Map<String, Node> optionalMapping(String key) {
        if (!has(key)) {
            return Map.of();
        }
        Node node = node(key);
        if (!(node instanceof Node.Mapping m)) {
            throw error(node, key, "expected a mapping, got " + node.describe());
        }
        return m.fields();
    }

    private String scalarText(Node node, String where, String expected) {
        if (!(node instanceof Node.Scalar scalar) || scalar.text() == null) {
            throw error(file, node, where, "expected " + expected + ", got " + node.describe());
        }
        return scalar.text();
    }
}
