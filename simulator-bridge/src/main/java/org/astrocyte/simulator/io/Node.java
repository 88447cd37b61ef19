package org.astrocyte.simulator.io;

import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON document as a tree whose every node knows the line and column (1-based) where it starts, so that a
 * reader can say exactly where a bad value is.
 */
sealed interface Node {

    int line();

    int column();

    /** "a number", "a list", ..., for messages. */
    String describe();

    /** A scalar as written (numbers, strings, booleans alike); null for YAML's null. */
    record Scalar(String text, int line, int column) implements Node {
        @Override
        public String describe() {
            return text == null ? "nothing" : "'" + text + "'";
        }
    }

    /** A list. */
    record Sequence(List<Node> items, int line, int column) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping from keys to nodes, in file order. */
    record Mapping(Map<String, Node> fields, Map<String, Node> keys, int line, int column) implements Node {
        @Override
        public String describe() {
            return "a mapping";
        }
    }
}
