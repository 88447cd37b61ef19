package org.astrocyte.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.astrocyte.agents.budget.PlannerBudget;
import org.astrocyte.agents.latency.LatencySpec;
import org.astrocyte.agents.provider.PlannerSpec;
import org.astrocyte.core.config.YamlConfigReader;
import org.astrocyte.core.event.BodySampled;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.MemoryRecalled;
import org.astrocyte.core.event.MemoryStored;
import org.astrocyte.core.event.MessageSent;
import org.astrocyte.core.event.PlannerBudgetExhausted;
import org.astrocyte.core.event.PlannerCalled;
import org.astrocyte.core.event.PlannerDecisionApplied;
import org.astrocyte.core.event.PlannerWoken;
import org.astrocyte.core.event.ReflexOverrode;
import org.astrocyte.core.event.SpikesCounted;
import org.astrocyte.core.event.ToolCalled;
import org.astrocyte.scenarios.spec.ReflexKind;
import org.astrocyte.scenarios.spec.MemorySpec;
import org.astrocyte.scenarios.spec.ScenarioSpec;
import org.astrocyte.scenarios.spec.WakeUpSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example scenario end to end: world, reflex on the simulator, offline planner, memory, bus and trace. */
class ForagingScenarioIT {

    private static ScenarioRuns runs;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        runs = new ScenarioRuns();
    }

    @AfterAll
    static void stop() {
        runs.close();
    }

    @Test
    void should_collect_food_and_trace_events_of_every_part_from_the_bus() throws IOException {
        // given
        ScenarioSpec spec = ScenarioRuns.foraging().with(7, 60);
        // when
        RunSummary summary = runs.run(spec, dir);
        // then
        List<Event> trace = ScenarioRuns.trace(dir);
        assertTrue(summary.foodCollected() > 0, "no food collected: " + summary);
        assertEquals(summary.traceEvents(), trace.size());
        Set<Class<?>> kinds = trace.stream().map(Object::getClass).collect(Collectors.toSet());
        for (Class<?> kind : List.of(PlannerCalled.class, ToolCalled.class, ReflexOverrode.class,
                MemoryStored.class, MemoryRecalled.class, SpikesCounted.class, BodySampled.class)) {
            assertTrue(kinds.contains(kind), "no " + kind.getSimpleName() + " in the trace");
        }
        summary.busTopics().forEach((topic, stats) -> assertEquals(0, stats.lost(), topic));
        assertTrue(Files.exists(dir.resolve("summary.json")));
        System.out.printf("foraging 60 s, seed 7: %d food, %d collisions, %d planner calls, %d tool calls, "
                + "%d overrides, %d spikes, %.1f simulated s per wall s%n", summary.foodCollected(),
                summary.collisions(), summary.agents().get(0).plannerCalls(), summary.agents().get(0).toolCalls(),
                summary.agents().get(0).reflexOverrides(), summary.agents().get(0).spikes(), summary.speedup());
    }

    @Test
    void should_write_a_byte_identical_trace_for_the_same_seed_and_another_for_another_seed() throws IOException {
        // given
        ScenarioSpec spec = ScenarioRuns.foraging().with(11, 20);
        // when
        runs.run(spec, dir.resolve("first"));
        runs.run(spec, dir.resolve("second"));
        runs.run(spec.with(12, 20), dir.resolve("other"));
        // then
        byte[] first = Files.readAllBytes(dir.resolve("first/trace.jsonl"));
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("second/trace.jsonl")));
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(dir.resolve("other/trace.jsonl"))));
        assertNotEquals(positions(dir.resolve("first")), positions(dir.resolve("other")),
                "another seed must change the trajectory, not only the header");
    }

    @Test
    void should_record_in_spikes_csv_exactly_the_spikes_each_sample_window_counted() throws IOException {
        // given the maze's stack of three spiking reflexes, and the same run without a reflex
        ScenarioSpec spec = new YamlConfigReader().read(Path.of("..", "examples", "maze.yaml"), ScenarioSpec.class)
                .with(3, 15);
        // when
        RunSummary stacked = runs.run(spec, dir.resolve("stack"));
        runs.run(spec.withReflex(ReflexKind.NONE), dir.resolve("none"));
        // then: every SpikesCounted window holds the rows of spikes.csv in (end - window, end], layer by layer
        List<String> rows = Files.readAllLines(dir.resolve("stack").resolve(SpikeRecorder.FILE_NAME));
        assertEquals(SpikeRecorder.HEADER, rows.get(0));
        assertEquals(stacked.agents().get(0).spikes(), rows.size() - 1, "every simulated spike is a row");
        java.util.TreeMap<Long, Map<String, Integer>> byTime = new java.util.TreeMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            long micros = Math.round(Double.parseDouble(f[4]) * 1000);
            byTime.computeIfAbsent(micros, t -> new java.util.HashMap<>()).merge(f[1] + "/" + f[2], 1, Integer::sum);
        }
        int windows = 0;
        for (Event event : ScenarioRuns.trace(dir.resolve("stack"))) {
            if (event instanceof SpikesCounted counted) {
                long end = counted.stamp().timeMicros();
                Map<String, Integer> recorded = new java.util.HashMap<>();
                byTime.subMap(end - Math.round(counted.windowMillis() * 1000), false, end, true).values()
                        .forEach(m -> m.forEach((k, n) -> recorded.merge(k, n, Integer::sum)));
                Map<String, Integer> expected = new java.util.HashMap<>(counted.spikes());
                expected.values().removeIf(n -> n == 0);
                assertEquals(expected, recorded, "window ending at " + end + " µs");
                windows++;
            }
        }
        assertEquals(Math.round(15 / spec.sampleInterval()), windows, "every window compared");
        assertEquals(List.of(SpikeRecorder.POPULATIONS_HEADER, "explorer,touch-escape,alm-left,1"),
                Files.readAllLines(dir.resolve("stack").resolve(SpikeRecorder.POPULATIONS_FILE)).subList(0, 2));
        assertEquals(List.of(SpikeRecorder.HEADER),
                Files.readAllLines(dir.resolve("none").resolve(SpikeRecorder.FILE_NAME)), "no reflex, no spikes");
    }

    @Test
    void should_collide_less_with_the_spiking_reflex_than_without() {
        // given
        ScenarioSpec spec = ScenarioRuns.foraging().with(7, 90);
        // when
        RunSummary withReflex = runs.run(spec, dir.resolve("reflex"));
        RunSummary plannerOnly = runs.run(spec.withReflex(ReflexKind.NONE), dir.resolve("none"));
        // then
        System.out.printf("collisions in 90 s, seed 7: %d with the reflex, %d without (food %d vs %d)%n",
                withReflex.collisions(), plannerOnly.collisions(), withReflex.foodCollected(),
                plannerOnly.foodCollected());
        assertTrue(withReflex.collisions() < plannerOnly.collisions(),
                withReflex.collisions() + " collisions with the reflex, " + plannerOnly.collisions() + " without");
    }

    @Test
    void should_collide_less_with_the_condition_response_baseline_than_without() {
        // given
        ScenarioSpec spec = ScenarioRuns.foraging().with(7, 90);
        // when
        RunSummary baseline = runs.run(spec.withReflex(ReflexKind.CONDITION_RESPONSE), dir.resolve("baseline"));
        RunSummary plannerOnly = runs.run(spec.withReflex(ReflexKind.NONE), dir.resolve("none"));
        // then
        assertEquals("condition-response", baseline.agents().get(0).reflex());
        assertTrue(baseline.collisions() < plannerOnly.collisions(),
                baseline.collisions() + " collisions with the baseline, " + plannerOnly.collisions() + " without");
    }

    private static List<String> positions(Path run) throws IOException {
        return ScenarioRuns.trace(run).stream().filter(e -> e instanceof BodySampled)
                .map(e -> ((BodySampled) e).x() + "," + ((BodySampled) e).y()).toList();
    }

    @Test
    void should_apply_each_decision_when_the_planner_latency_has_elapsed_while_the_world_moves_on() throws IOException {
        // given: the example with a planner that takes 1.5 simulated seconds per call, woken only by its schedule
        ScenarioSpec spec = ScenarioRuns.foraging().with(7, 40)
                .withPlanners(p -> p.toBuilder().latency(LatencySpec.fixed(1.5)).build())
                .withWakeUp(new WakeUpSpec(List.of(), null, null, null));
        // when
        runs.run(spec, dir);
        // then: every decision applies 1.5 s after its call, and no call starts while one is pending
        List<Event> events = ScenarioRuns.trace(dir);
        List<Long> calls = events.stream().filter(e -> e instanceof PlannerCalled).map(e -> e.stamp().timeMicros())
                .toList();
        List<PlannerDecisionApplied> applied = events.stream().filter(e -> e instanceof PlannerDecisionApplied)
                .map(e -> (PlannerDecisionApplied) e).toList();
        assertTrue(applied.size() >= 5, "decisions applied: " + applied.size());
        for (PlannerDecisionApplied decision : applied) {
            assertEquals(1500.0, decision.latencyMs());
            assertTrue(calls.contains(decision.stamp().timeMicros() - 1_500_000),
                    "a call 1.5 s before " + decision.stamp().timeMicros());
        }
        assertEquals(20, calls.size(), "one call per 2 s period: the 1.5 s latency never skips a period");
    }

    @Test
    void should_wake_a_slow_planner_early_but_never_while_it_thinks_nor_more_than_once_a_second() throws IOException {
        // given: the example with a planner that takes 1.5 simulated seconds per call, and every wake-up on
        ScenarioSpec spec = ScenarioRuns.foraging().with(7, 30)
                .withPlanners(p -> p.toBuilder().latency(LatencySpec.fixed(1.5)).build());
        // when
        RunSummary summary = runs.run(spec, dir);
        // then: each wake-up starts a call in the same tick, at least 1 s after the previous call started and
        // after its decision was due
        List<Event> events = ScenarioRuns.trace(dir);
        List<Long> calls = events.stream().filter(e -> e instanceof PlannerCalled).map(e -> e.stamp().timeMicros())
                .toList();
        List<PlannerWoken> woken = events.stream().filter(e -> e instanceof PlannerWoken).map(e -> (PlannerWoken) e)
                .toList();
        assertFalse(woken.isEmpty(), "the reflex overrides and the planner is woken");
        assertEquals(woken.size(), summary.agents().get(0).plannerWoken());
        for (PlannerWoken wake : woken) {
            long at = wake.stamp().timeMicros();
            assertTrue(calls.contains(at), "a call when woken at " + at);
            long previous = calls.stream().filter(t -> t < at).mapToLong(Long::longValue).max().orElseThrow();
            assertTrue(at - previous >= 1_500_000, "woken at " + at + " while the call of " + previous
                    + " was still thinking");
            assertTrue(List.of("stuck", "goal_reached", "hazard", "energy_low").contains(wake.reason()));
        }
    }

    @Test
    void should_run_on_reflexes_once_the_planner_budget_is_spent_and_say_so() throws IOException {
        // given: a token budget of about four offline planner turns
        ScenarioSpec spec = ScenarioRuns.foraging().with(7, 20)
                .withPlanners(p -> p.toBuilder().budget(new PlannerBudget(null, 1500L, null, null, null)).build());
        // when
        RunSummary summary = runs.run(spec, dir);
        // then
        AgentSummary forager = summary.agents().get(0);
        assertEquals("token budget of 1500 spent", forager.budgetExhausted());
        assertTrue(forager.plannerCalls() < 10 && forager.plannerCalls() >= 3, "calls: " + forager.plannerCalls());
        assertEquals(10 + forager.plannerWoken(), forager.plannerCalls() + forager.plannerSkipped(),
                "every period either ran or was skipped, and every wake-up ran");
        assertTrue(forager.inputTokens() + forager.outputTokens() >= 1500);
        List<Event> events = ScenarioRuns.trace(dir);
        assertEquals(1, events.stream().filter(e -> e instanceof PlannerBudgetExhausted).count());
        assertTrue(events.stream().anyMatch(e -> e instanceof BodySampled && e.stamp().timeMicros() > 15_000_000),
                "the body kept moving on its reflex");
    }

    @Test
    void should_let_offline_agents_tell_each_other_where_food_is_and_act_on_it() throws IOException {
        // when
        runs.run(ScenarioRuns.foragingPair(), dir);
        // then: food is reported by broadcast, and an agent goes where the other reported it
        List<Event> events = ScenarioRuns.trace(dir);
        List<MessageSent> messages = events.stream().filter(e -> e instanceof MessageSent).map(e -> (MessageSent) e)
                .toList();
        assertFalse(messages.isEmpty());
        assertTrue(messages.stream().allMatch(m -> m.to() == null && m.text().matches("food at \\(.+, .+\\)")),
                messages.toString());
        PlannerCalled acted = events.stream().filter(e -> e instanceof PlannerCalled p && p.reply() != null
                && p.reply().startsWith("going to food")).map(e -> (PlannerCalled) e).findFirst().orElseThrow();
        String place = acted.reply().substring(acted.reply().indexOf("reported at ") + "reported at ".length());
        String reporter = acted.reply().split(" ")[3];
        assertTrue(messages.stream().anyMatch(m -> m.stamp().agentId().equals(reporter)
                && m.text().equals("food at " + place) && m.stamp().timeMicros() <= acted.stamp().timeMicros()),
                "the place came from " + reporter + "'s message: " + acted.reply());
        assertNotEquals(reporter, acted.stamp().agentId());
    }

    @Test
    void should_stop_every_planner_when_the_run_budget_is_spent() throws IOException {
        // given: two agents and a token budget for the whole run of about six offline turns
        ScenarioSpec pair = ScenarioRuns.foragingPair().with(7, 30);
        ScenarioSpec spec = pair.withPlannerBudget(new PlannerBudget(null, 2500L, null, null, null));
        // when
        RunSummary summary = runs.run(spec, dir);
        // then
        for (AgentSummary agent : summary.agents()) {
            assertEquals("the run's token budget of 2500 spent", agent.budgetExhausted(), agent.id());
            assertEquals(15 + agent.plannerWoken(), agent.plannerCalls() + agent.plannerSkipped(), agent.id());
        }
        long tokens = summary.agents().stream().mapToLong(a -> a.inputTokens() + a.outputTokens()).sum();
        assertTrue(tokens >= 2500 && tokens < 2500 + 2000, "tokens of both agents: " + tokens);
    }

    @Test
    void should_offer_no_memory_tools_when_the_scenario_turns_the_memory_off() throws IOException {
        // given
        ScenarioSpec withMemory = ScenarioRuns.foraging().with(7, 30);
        ScenarioSpec without = new ScenarioSpec(withMemory.name(), withMemory.seed(), withMemory.duration(),
                withMemory.plannerPeriod(), withMemory.sampleInterval(), withMemory.arena(), withMemory.food(),
                withMemory.sensors(), withMemory.agents(), new MemorySpec(false, null, null, null),
                withMemory.plannerBudget(), withMemory.wakeUp(), withMemory.timeline(), withMemory.metrics(),
                withMemory.stopWhen());
        // when
        runs.run(withMemory, dir.resolve("with"));
        runs.run(without, dir.resolve("without"));
        // then
        List<String> toolsWith = ScenarioRuns.trace(dir.resolve("with")).stream()
                .filter(e -> e instanceof ToolCalled).map(e -> ((ToolCalled) e).tool()).distinct().toList();
        List<String> toolsWithout = ScenarioRuns.trace(dir.resolve("without")).stream()
                .filter(e -> e instanceof ToolCalled).map(e -> ((ToolCalled) e).tool()).distinct().toList();
        assertTrue(toolsWith.contains("recall"), toolsWith.toString());
        assertTrue(toolsWithout.contains("set_goal"), toolsWithout.toString());
        assertFalse(toolsWithout.contains("recall") || toolsWithout.contains("remember"), toolsWithout.toString());
        assertTrue(ScenarioRuns.trace(dir.resolve("without")).stream().noneMatch(e -> e instanceof MemoryStored));
    }
}
