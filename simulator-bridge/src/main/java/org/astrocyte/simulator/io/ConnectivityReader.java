package org.astrocyte.simulator.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.InvalidNetworkException;

/**
 * Reads the {@code connectivity} of a projection: {@code {rule: all_to_all}}, {@code one_to_one},
 * {@code {rule: fixed_probability, probability: 0.02}}, {@code {rule: fixed_in_degree, k: 80}},
 * {@code fixed_out_degree}, {@code {rule: explicit, pairs: [[0, 1], ...]}} or {@code {rule: dense, matrix: [[...]]}};
 * the random rules and all-to-all take {@code autapses: true|false} (default false).
 */
final class ConnectivityReader {

    private static final List<String> RULES = List.of("all_to_all", "one_to_one", "fixed_probability",
            "fixed_in_degree", "fixed_out_degree", "explicit", "dense");

    private ConnectivityReader() {
    }

    static Connectivity read(Fields owner, Node node, String path) {
        Fields f = Fields.of(owner.file(), path, node, Set.of("rule", "probability", "k", "autapses", "pairs",
                "matrix"));
        String rule = f.string("rule");
        boolean autapses = f.flag("autapses", false);
        try {
            return switch (rule) {
                case "all_to_all" -> new Connectivity.AllToAll(autapses);
                case "one_to_one" -> Connectivity.oneToOne();
                case "fixed_probability" -> new Connectivity.FixedProbability(f.number("probability"), autapses);
                case "fixed_in_degree" -> new Connectivity.FixedInDegree(f.integer("k"), autapses);
                case "fixed_out_degree" -> new Connectivity.FixedOutDegree(f.integer("k"), autapses);
                case "explicit" -> Connectivity.explicit(pairs(f));
                case "dense" -> Connectivity.dense(matrix(f));
                default -> throw f.error(f.node("rule"), "rule", "unknown rule '" + rule + "'; rules: "
                        + String.join(", ", RULES));
            };
        } catch (InvalidNetworkException e) {
            throw Fields.error(owner.file(), node, path, e.getMessage());
        }
    }

    private static List<Connectivity.Connection> pairs(Fields f) {
        List<Connectivity.Connection> pairs = new ArrayList<>();
        List<Node> items = f.list("pairs");
        for (int i = 0; i < items.size(); i++) {
            double[] pair = row(f, items.get(i), f.child("pairs") + "[" + i + "]");
            if (pair.length != 2) {
                throw Fields.error(f.file(), items.get(i), f.child("pairs") + "[" + i + "]",
                        "expected a pair [source, target], got " + pair.length + " numbers");
            }
            pairs.add(new Connectivity.Connection((int) pair[0], (int) pair[1]));
        }
        return pairs;
    }

    private static double[][] matrix(Fields f) {
        List<Node> rows = f.list("matrix");
        double[][] matrix = new double[rows.size()][];
        for (int r = 0; r < matrix.length; r++) {
            matrix[r] = row(f, rows.get(r), f.child("matrix") + "[" + r + "]");
        }
        return matrix;
    }

    private static double[] row(Fields f, Node node, String path) {
        if (!(node instanceof Node.Sequence sequence)) {
            throw Fields.error(f.file(), node, path, "expected a list of numbers, got " + node.describe());
        }
        double[] values = new double[sequence.items().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = f.number(sequence.items().get(i), path + "[" + i + "]");
        }
        return values;
    }
}
