package org.astrocyte.scenarios.report.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.astrocyte.core.event.BodySampled;
import org.astrocyte.core.event.CollisionOccurred;
import org.astrocyte.core.event.FoodCollected;
import org.astrocyte.core.event.PlannerCalled;
import org.astrocyte.core.event.PlannerDecisionApplied;
import org.astrocyte.core.event.ReflexOverrode;
import org.astrocyte.core.event.ReflexReleased;
import org.astrocyte.core.event.SpikesCounted;
import org.astrocyte.core.event.Stamp;
import org.astrocyte.core.event.TimelineEventApplied;
import org.astrocyte.core.event.ToolCalled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the run report embeds: thinned to its budgets, but counted and paired at full resolution. */
class RunReportDataTest {

    private static List<String> team(int size) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ids.add("agent-" + i);
        }
        return ids;
    }

    @Test
    void aLongTeamRunIsThinnedToTheFrameBudgetKeepingItsLastSampleAndAShortOverride(@TempDir Path dir)
            throws Exception {
        // given 12 agents sampled every 0.1 s for 350 s, and a 30 ms override of agent-0 between two kept frames
        List<String> ids = team(12);
        TraceFiles trace = new TraceFiles(ids);
        for (int k = 1; k <= 3500; k++) {
            double t = k / 10.0;
            for (int a = 0; a < ids.size(); a++) {
                double x = a + t / 1000;
                trace.add(ids.get(a), t, s -> new BodySampled(s, x, 1.0, 0.5, 0.2, 0.2, 0.9));
            }
            if (k == 100) {
                trace.add("agent-0", 10.03, s -> new ReflexOverrode(s, "braitenberg", 80, 0.1, -0.1));
                trace.add("agent-0", 10.06, s -> new ReflexReleased(s, "braitenberg", 30));
            }
        }
        // when
        RunReportData data = RunReportData.read(trace.write(dir, 350));
        // then
        int total = 0;
        for (RunReportData.Agent agent : data.agents()) {
            double[] t = agent.frames().t();
            assertTrue(t.length <= RunReportData.MAX_FRAMES_PER_AGENT, t.length + " frames");
            assertEquals(0.1, t[0], "the first sample is kept");
            assertEquals(350.0, t[t.length - 1], "the last sample is kept");
            assertEquals(0.2, t[1] - t[0], 1e-9, "every second sample: 12 agents share the budget");
            total += t.length;
        }
        assertTrue(total <= RunReportData.FRAME_BUDGET, total + " frames in all");
        RunReportData.Agent first = data.agents().get(0);
        int at = Arrays.binarySearch(first.frames().t(), 10.1);
        assertEquals(1, first.frames().o()[at], "the override between 9.9 s and 10.1 s marks the frame at 10.1 s");
        assertEquals(0, first.frames().o()[at - 1]);
        assertEquals(0, first.frames().o()[at + 1]);
        assertArrayEquals(new double[] {10.03, 10.06}, first.overrides().get(0));
        assertEquals(1, data.curves().team().get("overrides")[data.curves().t().length - 1]);
        assertTrue(data.notes().stream().anyMatch(n -> n.startsWith("body samples: every 2nd kept")),
                data.notes().toString());
    }

    @Test
    void aPlannerTurnGetsTheLatencyOfTheDecisionItLedToAndKnowsItsToolCalls(@TempDir Path dir) throws Exception {
        // given a turn at 2 s whose goal applies 750 ms later, and a turn at 4 s that set no goal
        TraceFiles trace = new TraceFiles(List.of("a"))
                .add("a", 2, s -> new ToolCalled(s, "set_goal", "{\"x\":1,\"y\":2}", "goal set", true))
                .add("a", 2, s -> new PlannerCalled(s, "m", 1, "going", 100, 10, null, 0, 0, 0))
                .add("a", 2.75, s -> new PlannerDecisionApplied(s, 1, 2, false, 750))
                .add("a", 4, s -> new ToolCalled(s, "recall", "{}", "bad query", false))
                .add("a", 4, s -> new PlannerCalled(s, "m", 1, "thinking", 100, 10, null, 0, 0, 0));
        // when
        RunReportData data = RunReportData.read(trace.write(dir, 5));
        // then
        assertEquals(2, data.planner().size());
        assertEquals(750.0, data.planner().get(0).latencyMs());
        assertNull(data.planner().get(1).latencyMs(), "no goal, no latency");
        assertEquals(0, data.tools().get(0).call());
        assertEquals(1, data.tools().get(1).call());
        assertTrue(!data.tools().get(1).ok());
        assertArrayEquals(new double[] {2.75, 1, 2, 0}, data.agents().get(0).decisions().get(0));
    }

    @Test
    void spikeWindowsAreAddedTogetherWhenARunHasMoreThanTheRasterHolds(@TempDir Path dir) throws Exception {
        // given 4500 windows of 100 ms, 1 spike of 'motor' in each and 2 of 'sensors' in every other
        TraceFiles trace = new TraceFiles(List.of("a"));
        for (int k = 1; k <= 4500; k++) {
            int sensors = k % 2 == 0 ? 2 : 0;
            trace.add("a", k / 10.0, s -> new SpikesCounted(s, "braitenberg", 100,
                    Map.of("motor", 1, "sensors", sensors), 0));
        }
        // when
        RunReportData data = RunReportData.read(trace.write(dir, 450));
        // then
        SpikeTrack.Raster raster = data.spikes().get(0);
        assertEquals(1500, raster.t().length, "three windows to a column");
        assertEquals(0.3, raster.t()[0], 1e-9, "a column ends where its last window ends");
        assertEquals(0.3, raster.w()[0], 1e-9);
        int motor = raster.populations().indexOf("motor");
        int sensors = raster.populations().indexOf("sensors");
        assertEquals(4500, Arrays.stream(raster.counts()[motor]).sum(), "no spike is lost");
        assertEquals(4500, Arrays.stream(raster.counts()[sensors]).sum());
        assertEquals(3, raster.counts()[motor][0]);
    }

    @Test
    void foodCollisionsAndTimelineChangesAreKeptForTheReplayAndCountedOverTime(@TempDir Path dir) throws Exception {
        // given
        TraceFiles trace = new TraceFiles(List.of("a"))
                .add("a", 1.5, s -> new FoodCollected(s, 2, 3, 4))
                .add("a", 2.5, s -> new CollisionOccurred(s, "rock", 1, 1))
                .add(Stamp.WORLD, 3, s -> new TimelineEventApplied(s, "move_obstacle",
                        "obstacle 'rock' moved to (2.5, -1.0E-4) (at 3.0 s)"))
                .add(Stamp.WORLD, 4, s -> new TimelineEventApplied(s, "add_obstacle",
                        "obstacle 'late box' added (at 4.0 s)"))
                .add(Stamp.WORLD, 5, s -> new TimelineEventApplied(s, "remove_obstacle",
                        "obstacle 'rock' removed (when food_collected of the team >= 1.0)"))
                .add(Stamp.WORLD, 6, s -> new TimelineEventApplied(s, "deplete_food", "3 food items taken (at 6.0 s)"));
        // when
        RunReportData data = RunReportData.read(trace.write(dir, 10));
        // then
        assertEquals(new RunReportData.Food(1.5, 0, 2), data.food().get(0));
        assertEquals(new RunReportData.Collision(2.5, 0, "rock", 1, 1), data.collisions().get(0));
        assertEquals(List.of(new ObstacleChange(3, "rock", "moved", 2.5, -1.0E-4),
                new ObstacleChange(4, "late box", "added", null, null),
                new ObstacleChange(5, "rock", "removed", null, null)), data.obstacleChanges());
        assertEquals(List.of(6.0), data.depletions());
        double[] t = data.curves().t();
        double[] food = data.curves().team().get("food");
        assertEquals(0, food[Arrays.binarySearch(t, 1.45)]);
        assertEquals(1, food[Arrays.binarySearch(t, 1.5)], "counted from the moment it happened");
        assertEquals(6, data.events().size(), "food, collision and four timeline events are listed");
        assertEquals(-1, data.events().get(2).agent(), "the world's events belong to no agent");
    }

    @Test
    void aTruncatedTraceLineIsAnErrorNamingTheFileAndTheLine(@TempDir Path dir) throws Exception {
        // given a trace whose last line was cut in the middle
        Path run = new TraceFiles(List.of("a")).add("a", 0.1, s -> new BodySampled(s, 1, 1, 0, 0, 0, 1))
                .write(dir, 1);
        Files.writeString(run.resolve("trace.jsonl"), "{\"type\":\"BodySampled\",\"stamp\":{\"agentId\":\"a\",",
                StandardOpenOption.APPEND);
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunReportData.read(run));
        // then
        assertTrue(e.getMessage().startsWith(run.resolve("trace.jsonl") + ":4: "), e.getMessage());
    }

    @Test
    void aLineThatIsNoEventIsAnErrorNamingItsLine(@TempDir Path dir) throws Exception {
        // given a trace with a line of something else
        Path run = new TraceFiles(List.of("a")).write(dir, 1);
        List<String> lines = new ArrayList<>(Files.readAllLines(run.resolve("trace.jsonl")));
        lines.add(1, "{\"type\":\"Teleported\",\"stamp\":{\"agentId\":\"a\",\"timeMicros\":1,\"sequence\":2}}");
        Files.write(run.resolve("trace.jsonl"), lines);
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunReportData.read(run));
        // then
        assertTrue(e.getMessage().startsWith(run.resolve("trace.jsonl") + ":2: "), e.getMessage());
        assertTrue(e.getMessage().contains("Teleported"), e.getMessage());
    }

    @Test
    void aDamagedSummaryIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
        // given
        Path run = new TraceFiles(List.of("a")).write(dir, 1);
        Files.writeString(run.resolve("summary.json"), "{\"scenario\": \"x\", \"agents\": [");
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunReportData.read(run));
        // then
        assertTrue(e.getMessage().startsWith(run.resolve("summary.json") + ":1: not valid JSON"), e.getMessage());
    }
}
