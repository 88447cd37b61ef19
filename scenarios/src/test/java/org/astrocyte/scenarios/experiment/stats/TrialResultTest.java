package org.astrocyte.scenarios.experiment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrialResultTest {

    @Test
    void should_store_parameters_and_metrics_sorted_and_unmodifiable() {
        // given
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("speed", "0.3");
        parameters.put("noise", "0.1");
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("time_to_goal", 12.5);
        metrics.put("collisions", 3.0);

        // when
        TrialResult trial = new TrialResult("t1", "planner-only", parameters, 7, metrics);
        parameters.put("extra", "1");

        // then
        assertEquals(List.of("noise", "speed"), List.copyOf(trial.parameters().keySet()));
        assertEquals(List.of("collisions", "time_to_goal"), List.copyOf(trial.metrics().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> trial.metrics().put("x", 1.0));
        assertThrows(UnsupportedOperationException.class, () -> trial.parameters().put("x", "1"));
        assertEquals(new GroupKey("planner-only", Map.of("speed", "0.3", "noise", "0.1")), trial.group());
        assertEquals("planner-only [noise=0.1, speed=0.3]", trial.group().label());
    }

    @Test
    void should_read_an_absent_metric_as_nan_and_keep_a_nan_value() {
        // given
        TrialResult trial = new TrialResult("t1", "reflex-only", Map.of(), 1, Map.of("time_to_goal", Double.NaN));

        // then
        assertTrue(Double.isNaN(trial.metric("time_to_goal")));
        assertTrue(Double.isNaN(trial.metric("collisions")));
        assertEquals("reflex-only", trial.group().label());
    }

    @Test
    void should_refuse_blank_names_and_null_or_infinite_values() {
        Map<String, Double> nullValue = new HashMap<>();
        nullValue.put("collisions", null);
        assertThrows(IllegalArgumentException.class, () -> new TrialResult(" ", "a", Map.of(), 1, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new TrialResult("t", "", Map.of(), 1, Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new TrialResult("t", "a", Map.of("speed", " "), 1, Map.of()));
        assertThrows(NullPointerException.class, () -> new TrialResult("t", "a", Map.of(), 1, nullValue));
        assertThrows(IllegalArgumentException.class,
                () -> new TrialResult("t", "a", Map.of(), 1, Map.of("time", Double.POSITIVE_INFINITY)));
    }
}
