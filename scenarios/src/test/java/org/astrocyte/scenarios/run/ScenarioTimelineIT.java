package org.astrocyte.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.core.config.YamlConfigReader;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.FoodCollected;
import org.astrocyte.core.event.PlannerCalled;
import org.astrocyte.core.event.TimelineEventApplied;
import org.astrocyte.scenarios.spec.ConditionSpec;
import org.astrocyte.scenarios.spec.Metric;
import org.astrocyte.scenarios.spec.ScenarioBuilder;
import org.astrocyte.scenarios.spec.ScenarioSpec;
import org.astrocyte.scenarios.spec.TimelineAction;
import org.astrocyte.scenarios.spec.TimelineEventSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioTimelineIT {

    private static final ScenarioRuns runs = new ScenarioRuns();

    @TempDir
    Path dir;

    @AfterAll
    static void shutDown() {
        runs.close();
    }

    private static ScenarioBuilder arena() {
        return ScenarioBuilder.scenario("timeline").seed(3).duration(20).arena(8, 6)
                .obstacle("rock", 4, 3, 0.5).food(6.5, 1.5).foodRules(0.2, 1e6, 2.5);
    }

    private static TimelineEventSpec at(double seconds, TimelineAction action, String agent, Double x, Double y,
            Double duration) {
        return new TimelineEventSpec(seconds, null, action, agent, null, null, x, y, null, duration);
    }

    @Test
    void should_cut_the_planner_for_the_scripted_outage_and_give_it_back_afterwards() throws IOException {
        // given
        ScenarioSpec spec = arena().agent("a1", 1, 1)
                .event(at(4, TimelineAction.CUT_PLANNER, "a1", null, null, 10.0)).build();
        // when
        runs.run(spec, dir);
        // then
        List<Event> events = ScenarioRuns.trace(dir);
        List<Long> calls = events.stream().filter(e -> e instanceof PlannerCalled).map(e -> e.stamp().timeMicros())
                .toList();
        assertTrue(calls.stream().noneMatch(t -> t >= 4_000_000 && t < 14_000_000), "calls: " + calls);
        assertTrue(calls.stream().anyMatch(t -> t >= 14_000_000), "the planner is back after the outage: " + calls);
        TimelineEventApplied cut = events.stream().filter(e -> e instanceof TimelineEventApplied)
                .map(e -> (TimelineEventApplied) e).findFirst().orElseThrow();
        assertEquals("cut_planner", cut.action());
        assertEquals(4_000_000, cut.stamp().timeMicros());
        assertEquals("a1", cut.stamp().agentId());
    }

    @Test
    void should_stop_when_the_condition_holds_and_report_the_declared_metrics() throws IOException {
        // given: a scripted goal on the food, the planner cut so that only the script steers
        ScenarioSpec spec = arena().agent("a1", 1, 1)
                .event(at(0, TimelineAction.CUT_PLANNER, null, null, null, 100.0))
                .event(at(0, TimelineAction.SET_GOAL, "a1", 6.5, 1.5, null))
                .metrics(Metric.FOOD_COLLECTED, Metric.DISTANCE_TRAVELLED, Metric.PLANNER_CALLS)
                .stopWhen(new ConditionSpec(Metric.FOOD_COLLECTED, null, 1.0)).build();
        // when
        RunSummary summary = runs.run(spec, dir);
        // then
        assertEquals("food_collected of the team >= 1.0", summary.stoppedBy());
        assertTrue(summary.simulatedSeconds() < 20, "stopped at " + summary.simulatedSeconds());
        FoodCollected eaten = ScenarioRuns.trace(dir).stream().filter(e -> e instanceof FoodCollected)
                .map(e -> (FoodCollected) e).findFirst().orElseThrow();
        assertEquals(eaten.stamp().timeMicros() / 1e6, summary.simulatedSeconds(), 1e-9, "stopped in that tick");
        assertEquals(List.of("food_collected", "distance_travelled", "planner_calls"),
                List.copyOf(summary.metrics().get("a1").keySet()));
        assertEquals(1.0, summary.metrics().get("team").get("food_collected"));
        assertEquals(0.0, summary.metrics().get("a1").get("planner_calls"));
        double distance = summary.metrics().get("a1").get("distance_travelled");
        assertTrue(distance > Math.hypot(5.5, 0.5) - 0.4 && distance < 10, "distance " + distance);
        List<String> csv = Files.readAllLines(dir.resolve("metrics.csv"));
        assertEquals("agent,food_collected,distance_travelled,planner_calls", csv.get(0));
        assertTrue(csv.get(1).startsWith("a1,1,"), csv.get(1));
        assertTrue(csv.get(2).startsWith("team,1,"), csv.get(2));
    }

    @Test
    void should_fire_a_conditional_event_once_when_its_condition_first_holds() throws IOException {
        // given
        // given: the script steers (the planner is cut): to the food, then home once it has eaten
        ScenarioSpec spec = arena().agent("a1", 1, 1)
                .event(at(0, TimelineAction.CUT_PLANNER, null, null, null, 100.0))
                .event(at(0, TimelineAction.SET_GOAL, "a1", 6.5, 1.5, null))
                .event(new TimelineEventSpec(null, new ConditionSpec(Metric.FOOD_COLLECTED, "a1", 1.0),
                        TimelineAction.SET_GOAL, "a1", null, null, 1.0, 1.0, null, null)).build();
        // when
        RunSummary summary = runs.run(spec, dir);
        // then
        assertNull(summary.stoppedBy());
        List<Event> events = ScenarioRuns.trace(dir);
        long food = events.stream().filter(e -> e instanceof FoodCollected).findFirst().orElseThrow().stamp()
                .timeMicros();
        List<TimelineEventApplied> home = events.stream().filter(e -> e instanceof TimelineEventApplied t
                && t.action().equals("set_goal") && t.detail().startsWith("goal (1.0, 1.0)"))
                .map(e -> (TimelineEventApplied) e).toList();
        assertEquals(1, home.size());
        assertEquals(food, home.get(0).stamp().timeMicros(),
                "checked at the start of the next tick, the instant the food was eaten");
        assertTrue(home.get(0).detail().contains("when food_collected of a1 >= 1.0"), home.get(0).detail());
    }

    @Test
    void should_drive_an_agent_without_a_planner_to_the_goal_region_on_its_reflexes_alone() throws IOException {
        // given: a rock between the start and a goal region, and no planner
        Path file = dir.resolve("reflex-only.yaml");
        Files.writeString(file, """
                name: reflex-only
                seed: 3
                duration: 40
                arena:
                  width: 10
                  height: 6
                  obstacles: [{id: rock, x: 5, y: 3, radius: 0.5}]
                  goals: [{id: exit, x: 9, y: 3, radius: 0.5}]
                agents:
                  - {id: a1, start: {x: 1, y: 3}, reflexes: [touch_escape, braitenberg], planner: {provider: none}}
                metrics: [goals_reached, collisions, planner_calls]
                stopWhen: [{metric: goals_reached, atLeast: 1}]
                """);
        ScenarioSpec spec = new YamlConfigReader().read(file, ScenarioSpec.class);
        // when
        RunSummary summary = runs.run(spec, dir.resolve("out"));
        // then
        assertEquals(1.0, summary.metrics().get("a1").get("goals_reached"));
        assertEquals(0.0, summary.metrics().get("a1").get("planner_calls"));
        assertEquals(0.0, summary.metrics().get("a1").get("collisions"));
        assertTrue(ScenarioRuns.trace(dir.resolve("out")).stream().noneMatch(e -> e instanceof PlannerCalled));
    }
}
