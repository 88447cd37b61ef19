package org.astrocyte.scenarios.experiment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentStatisticsTest {

    private static final String PLANNER = "planner-only";
    private static final String BOTH = "planner+reflex";

    @Test
    void should_order_groups_by_first_appearance_of_the_condition_then_by_sorted_parameters() {
        // given: reflex-only first; speeds that sort differently as text and as numbers
        List<TrialResult> trials = List.of(
                trial("1", "reflex-only", "10", 0, 1.0),
                trial("2", PLANNER, "2", 0, 1.0),
                trial("3", "reflex-only", "2", 0, 1.0),
                trial("4", PLANNER, "0.5", 0, 1.0),
                trial("5", "reflex-only", "fast", 0, 1.0),
                trial("6", "reflex-only", "10", 1, 1.0));

        // when
        ExperimentStatistics statistics = new ExperimentStatistics(trials);

        // then
        assertEquals(List.of(group("reflex-only", "2"), group("reflex-only", "10"), group("reflex-only", "fast"),
                group(PLANNER, "0.5"), group(PLANNER, "2")), statistics.groups());
        assertEquals(List.of("1", "6"), statistics.trials(group("reflex-only", "10")).stream()
                .map(TrialResult::trialId).toList());
    }

    @Test
    void should_summarise_metric_by_metric_and_compare_declared_pairs_within_each_setting() {
        // given: two conditions at two speeds, three seeds each; collisions = base + seed
        List<TrialResult> trials = new ArrayList<>();
        for (String speed : List.of("0.3", "0.1")) {
            for (int seed = 0; seed < 3; seed++) {
                double base = speed.equals("0.1") ? 2 : 5;
                trials.add(trial(PLANNER + speed + seed, PLANNER, speed, seed, base + seed));
                trials.add(trial(BOTH + speed + seed, BOTH, speed, seed, base - 2 + seed * 0.5));
            }
        }
        ExperimentStatistics statistics = new ExperimentStatistics(trials);

        // when
        ExperimentReport report = statistics.report(List.of("collisions", "food"),
                List.of(new ConditionPair(PLANNER, BOTH)), 11);

        // then: four groups per metric, metric-major
        assertEquals(8, report.summaries().size());
        assertEquals(List.of(group(PLANNER, "0.1"), group(PLANNER, "0.3"), group(BOTH, "0.1"), group(BOTH, "0.3")),
                report.summaries().subList(0, 4).stream().map(ConditionSummary::group).toList());
        assertEquals(List.of("collisions", "collisions", "collisions", "collisions", "food", "food", "food",
                "food"), report.summaries().stream().map(ConditionSummary::metric).toList());
        assertEquals(3.0, report.summaries().get(0).mean(), 1e-12);
        // and one comparison per setting and metric, treatment minus baseline
        assertEquals(4, report.comparisons().size());
        Comparison slow = report.comparisons().get(0);
        assertEquals(group(PLANNER, "0.1"), slow.baseline());
        assertEquals(group(BOTH, "0.1"), slow.treatment());
        assertEquals(0.5 - 3.0, slow.difference(), 1e-12);
        assertEquals(group(BOTH, "0.3"), report.comparisons().get(1).treatment());
        assertEquals("food", report.comparisons().get(2).metric());
        assertEquals(List.of(), report.omissions());
        assertEquals(slow.verdict(), report.verdicts().get(0));
    }

    @Test
    void should_list_what_it_leaves_out_and_why() {
        // given: time_to_goal never reached by reflex-only; planner+reflex never ran at speed 0.3
        List<TrialResult> trials = new ArrayList<>();
        for (int seed = 0; seed < 3; seed++) {
            trials.add(trial("p1-" + seed, PLANNER, "0.1", seed, seed));
            trials.add(trial("p3-" + seed, PLANNER, "0.3", seed, seed));
            trials.add(trial("b1-" + seed, BOTH, "0.1", seed, seed + 1));
            trials.add(trial("r1-" + seed, "reflex-only", "0.1", seed, Double.NaN));
        }
        ExperimentStatistics statistics = new ExperimentStatistics(trials);

        // when
        ExperimentReport report = statistics.report(List.of("collisions"),
                List.of(new ConditionPair(PLANNER, BOTH), new ConditionPair(PLANNER, "reflex-only")), 1);

        // then
        assertEquals(3, report.summaries().size());
        assertEquals(1, report.comparisons().size());
        assertEquals(List.of(
                "no summary of collisions in reflex-only [speed=0.1]: all 3 trials lack it (NaN or absent)",
                "no comparison of collisions between planner-only [speed=0.3] and planner+reflex [speed=0.3]: 3 and "
                        + "0 values, two per group needed",
                "no comparison of collisions between planner-only [speed=0.1] and reflex-only [speed=0.1]: 3 and 0 "
                        + "values, two per group needed",
                "no comparison of collisions between planner-only [speed=0.3] and reflex-only [speed=0.3]: 3 and 0 "
                        + "values, two per group needed"), report.omissions());
    }

    @Test
    void should_keep_a_summary_unchanged_when_another_group_joins_the_experiment() {
        // given
        List<TrialResult> trials = new ArrayList<>();
        for (int seed = 0; seed < 5; seed++) {
            trials.add(trial("p" + seed, PLANNER, "0.1", seed, seed * seed));
        }
        List<TrialResult> more = new ArrayList<>(trials);
        for (int seed = 0; seed < 5; seed++) {
            more.add(0, trial("b" + seed, BOTH, "0.1", seed, seed));
        }

        // when
        ConditionSummary alone = new ExperimentStatistics(trials).report(List.of("collisions"), List.of(), 5)
                .summaries().get(0);
        ConditionSummary among = new ExperimentStatistics(more).report(List.of("collisions"), List.of(), 5)
                .summaries().get(1);

        // then
        assertEquals(group(PLANNER, "0.1"), among.group());
        assertEquals(alone, among);
    }

    @Test
    void should_refuse_unknown_metrics_and_conditions_and_duplicate_trials() {
        List<TrialResult> trials = List.of(trial("1", PLANNER, "0.1", 0, 1), trial("2", BOTH, "0.1", 0, 1));
        ExperimentStatistics statistics = new ExperimentStatistics(trials);
        assertThrows(IllegalArgumentException.class, () -> statistics.report(List.of("colisions"), List.of(), 1));
        assertThrows(IllegalArgumentException.class,
                () -> statistics.report(List.of("collisions", "collisions"), List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> statistics.report(List.of("collisions"),
                List.of(new ConditionPair(PLANNER, "reflex-only")), 1));
        assertThrows(IllegalArgumentException.class,
                () -> new ExperimentStatistics(List.of(trials.get(0), trials.get(0))));
        assertThrows(IllegalArgumentException.class, () -> new ExperimentStatistics(List.of()));
    }

    private static TrialResult trial(String id, String condition, String speed, long seed, double collisions) {
        return new TrialResult(id, condition, Map.of("speed", speed), seed,
                Map.of("collisions", collisions, "food", 10.0 - seed));
    }

    private static GroupKey group(String condition, String speed) {
        return new GroupKey(condition, Map.of("speed", speed));
    }
}
