package org.astrocyte.scenarios.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;

/**
 * The values a swept parameter takes, given one of three ways: a list of {@code values} (any YAML values), a
 * {@code range} from {@code from} to {@code to} by {@code step} (both ends included), or {@code random} numbers
 * drawn uniformly from {@code min} to {@code max}, {@code count} of them, with their own {@code seed}.
 *
 * @param name   the parameter's name in the results (default: the last key of its path)
 * @param labels how each of {@code values} is shown in the results (default: the value itself), one per value
 */
public record ParameterSpec(String name, List<JsonNode> values, List<String> labels, RangeSpec range,
        RandomSpec random) {

    /** Most values one parameter may take. */
    public static final int MAX_VALUES = 1000;

    public ParameterSpec {
        int given = (values != null ? 1 : 0) + (range != null ? 1 : 0) + (random != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("a parameter needs exactly one of 'values', 'range' and 'random'");
        }
        if (values != null && (values.isEmpty() || values.size() > MAX_VALUES)) {
            throw new IllegalArgumentException("values must list 1 to " + MAX_VALUES + " values");
        }
        if (labels != null && (values == null || labels.size() != values.size())) {
            throw new IllegalArgumentException("labels need values, one label per value");
        }
        if (name != null && !name.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException("a parameter name may hold 1 to 64 letters, digits, '.', '-' and '_', "
                    + "got '" + name + "'");
        }
    }

    /** How the value at {@code index} of {@link #expand()} is shown in the results. */
    public String label(int index, JsonNode value) {
        return labels != null ? labels.get(index) : TrialPlan.render(value);
    }

    /** The values, in order. */
    public List<JsonNode> expand() {
        if (values != null) {
            return List.copyOf(values);
        }
        List<JsonNode> expanded = new ArrayList<>();
        if (range != null) {
            BigDecimal step = BigDecimal.valueOf(range.step());
            BigDecimal to = BigDecimal.valueOf(range.to());
            for (BigDecimal v = BigDecimal.valueOf(range.from()); v.compareTo(to) <= 0; v = v.add(step)) {
                expanded.add(DoubleNode.valueOf(v.doubleValue()));
            }
            return expanded;
        }
        Well19937c generator = new Well19937c(random.seed());
        for (int i = 0; i < random.count(); i++) {
            expanded.add(DoubleNode.valueOf(random.min() + (random.max() - random.min()) * generator.nextDouble()));
        }
        return expanded;
    }

    /** From {@code from} to {@code to} (included) by {@code step}. */
    public record RangeSpec(Double from, Double to, Double step) {
        public RangeSpec {
            if (from == null || to == null || step == null || !(step > 0) || !(to >= from)) {
                throw new IllegalArgumentException("a range needs from <= to and a positive step, got " + from
                        + " to " + to + " by " + step);
            }
            if ((to - from) / step + 1 > MAX_VALUES) {
                throw new IllegalArgumentException("a range may give at most " + MAX_VALUES + " values");
            }
        }
    }

    /** {@code count} numbers drawn uniformly from {@code min} to {@code max} with {@code seed}. */
    public record RandomSpec(Double min, Double max, Integer count, Long seed) {
        public RandomSpec {
            if (min == null || max == null || !(max >= min)) {
                throw new IllegalArgumentException("random needs min <= max, got " + min + " and " + max);
            }
            if (count == null || count < 1 || count > MAX_VALUES) {
                throw new IllegalArgumentException("random needs a count from 1 to " + MAX_VALUES);
            }
            seed = seed == null ? 1L : seed;
        }
    }
}
