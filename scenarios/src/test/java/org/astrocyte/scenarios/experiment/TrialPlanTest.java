package org.astrocyte.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.astrocyte.core.config.InputException;
import org.astrocyte.scenarios.spec.ReflexKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialPlanTest {

    private static final String SCENARIO = """
            name: base
            seed: 9
            duration: 30
            arena: {width: 10, height: 8}
            agents:
              - {id: a1, start: {x: 1, y: 1}, reflexes: [touch_escape, braitenberg]}
              - {id: a2, start: {x: 2, y: 2}}
            """;

    @TempDir
    Path dir;

    private Experiment plan(String experiment) throws IOException {
        Files.writeString(dir.resolve("base.yaml"), SCENARIO);
        Path file = dir.resolve("experiment.yaml");
        Files.writeString(file, experiment);
        return Experiment.plan(file, null, null);
    }

    @Test
    void should_expand_conditions_times_parameter_grid_times_seeds_times_trials_in_order() throws IOException {
        // when
        Experiment experiment = plan("""
                name: grid
                scenario: base.yaml
                seeds: 2
                trials: 2
                changes:
                  agents[*].start.jitter: 0.2
                conditions:
                  none:
                    agents[*].reflexes: null
                    agents[*].reflex: none
                  reflex: {}
                parameters:
                  plannerPeriod: {values: [1, 2, 4]}
                  agents[0].start.headingDeg: {range: {from: 0, to: 90, step: 45}}
                """);
        // then
        List<Trial> trials = experiment.trials();
        assertEquals(2 * 3 * 3 * 2 * 2, trials.size());
        Trial first = trials.get(0);
        assertEquals("condition=none;plannerPeriod=1;headingDeg=0.0;seed=1;repetition=1", first.id());
        assertEquals(Map.of("plannerPeriod", "1", "headingDeg", "0.0"), first.parameters());
        assertEquals(List.of(ReflexKind.NONE), first.scenario().agents().get(0).layers());
        assertEquals(List.of(ReflexKind.NONE), first.scenario().agents().get(1).layers());
        assertEquals(1.0, first.scenario().plannerPeriod());
        assertTrue(trials.stream().allMatch(t -> t.scenario().agents().stream()
                .allMatch(a -> a.start().jitter() == 0.2)), "changes apply to every trial");
        assertEquals("condition=none;plannerPeriod=1;headingDeg=0.0;seed=1;repetition=2", trials.get(1).id());
        assertEquals("condition=none;plannerPeriod=1;headingDeg=0.0;seed=2;repetition=1", trials.get(2).id());
        assertEquals("condition=none;plannerPeriod=1;headingDeg=45.0;seed=1;repetition=1", trials.get(4).id());
        Trial last = trials.get(trials.size() - 1);
        assertEquals("condition=reflex;plannerPeriod=4;headingDeg=90.0;seed=2;repetition=2", last.id());
        assertEquals(List.of(ReflexKind.TOUCH_ESCAPE, ReflexKind.BRAITENBERG),
                last.scenario().agents().get(0).layers());
        assertEquals(90.0, last.scenario().agents().get(0).start().headingDeg());
        assertEquals(18, trials.stream().filter(t -> t.seed() == 1).count(), "seed 1, first repetition, per setting");
        assertTrue(trials.stream().map(Trial::id).distinct().count() == trials.size(), "ids are unique");
        assertEquals(1L, trials.get(0).seed());
        assertEquals(1_000_005L, trials.get(1).seed(), "a repetition gets its own seed");
    }

    @Test
    void should_name_the_condition_whose_change_makes_an_invalid_scenario() throws IOException {
        InputException e = assertThrows(InputException.class, () -> plan("""
                name: bad
                scenario: base.yaml
                conditions:
                  both:
                    agents[*].reflex: none
                """));
        assertTrue(e.getMessage().contains("experiment.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("condition 'both'"), e.getMessage());
        assertTrue(e.getMessage().contains("give either 'reflex' or 'reflexes', not both"), e.getMessage());
    }

    @Test
    void should_refuse_a_path_into_a_list_that_is_not_there_and_a_comparison_of_unknown_conditions() {
        InputException path = assertThrows(InputException.class, () -> plan("""
                name: bad
                scenario: base.yaml
                parameters:
                  agents[5].start.x: {values: [1]}
                """));
        assertTrue(path.getMessage().contains("'agents' has 2 elements, no [5]"), path.getMessage());
        InputException compare = assertThrows(InputException.class, () -> plan("""
                name: bad
                scenario: base.yaml
                compare:
                  - {a: base, b: reflex}
                """));
        assertTrue(compare.getMessage().contains("condition 'reflex', which is not one of [base]"),
                compare.getMessage());
    }

    @Test
    void should_draw_random_parameter_values_reproducibly_and_shrink_from_the_command_line() throws IOException {
        // given
        String experiment = """
                name: random
                scenario: base.yaml
                seeds: 10
                parameters:
                  plannerPeriod: {random: {min: 1, max: 3, count: 4, seed: 7}}
                """;
        // when
        Experiment first = plan(experiment);
        Experiment again = plan(experiment);
        Experiment shrunk = Experiment.plan(dir.resolve("experiment.yaml"), 2, null);
        // then
        assertEquals(40, first.trials().size());
        assertEquals(first.trials().stream().map(Trial::id).toList(),
                again.trials().stream().map(Trial::id).toList());
        assertTrue(first.trials().stream().allMatch(t -> t.scenario().plannerPeriod() >= 1
                && t.scenario().plannerPeriod() <= 3));
        assertEquals(8, shrunk.trials().size());
    }
}
