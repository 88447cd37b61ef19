package org.astrocyte.scenarios.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.regex.Pattern;

/**
 * One measured figure of a benchmark, beside the baseline measured in the same run, if it has one. Written to JSON
 * as {@code {"name", "value", "unit", "baseline", "baseline_value", "ratio"}} (DESIGN.md), absent values as null.
 *
 * @param name          what is measured, in snake_case, e.g. {@code synaptic_events_per_second}
 * @param value         the measurement, in {@code unit}
 * @param unit          the unit of {@code value} and {@code baselineValue}, e.g. {@code s}, {@code events/s};
 *                      empty for a pure number
 * @param baseline      what the figure is compared with, e.g. {@code reference loop}; null without a baseline
 * @param baselineValue the baseline's measurement, in {@code unit}; null exactly when {@code baseline} is
 */
@JsonPropertyOrder({"name", "value", "unit", "baseline", "baseline_value", "ratio"})
public record Figure(String name, double value, String unit, String baseline,
        @JsonProperty("baseline_value") Double baselineValue) {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    public Figure {
        if (name == null || !SNAKE_CASE.matcher(name).matches()) {
            throw new IllegalArgumentException("a figure's name must be snake_case, e.g. wall_time, got '" + name
                    + "'");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("figure " + name + ": value must be finite, got " + value);
        }
        if (unit == null) {
            throw new IllegalArgumentException("figure " + name + ": unit is missing (empty for a pure number)");
        }
        if ((baseline == null) != (baselineValue == null)) {
            throw new IllegalArgumentException("figure " + name + ": a baseline needs both a name and a value, got "
                    + baseline + " and " + baselineValue);
        }
        if (baselineValue != null && !Double.isFinite(baselineValue)) {
            throw new IllegalArgumentException("figure " + name + ": baseline value must be finite, got "
                    + baselineValue);
        }
    }

    /** A figure without a baseline. */
    public static Figure of(String name, double value, String unit) {
        return new Figure(name, value, unit, null, null);
    }

    /** A figure compared with {@code baseline}, which measured {@code baselineValue} in the same unit. */
    public static Figure against(String name, double value, String unit, String baseline, double baselineValue) {
        return new Figure(name, value, unit, baseline, baselineValue);
    }

    /** {@code value / baselineValue}; null without a baseline or when the baseline measured 0. */
    @JsonProperty("ratio")
    public Double ratio() {
        return baselineValue == null || baselineValue == 0 ? null : value / baselineValue;
    }
}
