package org.astrocyte.scenarios.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.astrocyte.core.event.BodySampled;
import org.astrocyte.core.event.PlannerDecisionApplied;
import org.astrocyte.core.event.ReflexOverrode;
import org.astrocyte.core.event.ReflexReleased;
import org.astrocyte.core.event.RunFinished;
import org.astrocyte.core.event.SpikesCounted;
import org.astrocyte.core.event.Stamp;
import org.astrocyte.core.event.ToolCalled;
import org.astrocyte.scenarios.run.WorldLayout;
import org.junit.jupiter.api.Test;

/** What the live view keeps for pages that join late, and what it sends as the run goes. */
class LiveFeedTest {

    private final DirectBus bus = new DirectBus();
    private final LiveFeed feed = new LiveFeed();
    private final List<JsonNode> sent = new ArrayList<>();
    private long sequence;

    static WorldLayout layout() {
        return new WorldLayout(WorldLayout.FORMAT, "s", 1, 10, 0.1, 4, 3, List.of(), List.of(),
                new WorldLayout.FoodLayout(0.1, 10.0, List.of(new double[] {1, 1})), List.of(), List.of(), List.of(),
                List.of(), new WorldLayout.SensorLayout(5, 2, 1.5),
                List.of(new WorldLayout.BodyLayout("a", 0.15, 1, 1, 0)));
    }

    private Stamp stamp(double seconds) {
        return new Stamp("a", Math.round(seconds * 1e6), ++sequence);
    }

    private static JsonNode json(String message) {
        try {
            return JsonMapper.builder().build().readTree(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPageThatJoinsLateGetsTheWorldBoundedTrailsAndEventsAndEachAgentsGoalAndControl() {
        // given a run with many more samples and events than the feed keeps
        feed.starting(bus, layout());
        for (int k = 1; k <= LiveFeed.TRAIL_POINTS + 500; k++) {
            bus.publish(new BodySampled(stamp(k / 10.0), 1 + k / 1e4, 1, 0, 0.1, 0.1, 1));
            bus.publish(new ToolCalled(stamp(k / 10.0), "recall", "{}", "[]", true));
        }
        bus.publish(new PlannerDecisionApplied(stamp(200), 3, 2, false, 0));
        bus.publish(new ReflexOverrode(stamp(200), "braitenberg", 80, 0.1, -0.1));
        // when
        feed.listen(message -> sent.add(json(message)));
        // then
        JsonNode snapshot = sent.get(0);
        assertEquals("snapshot", snapshot.path("k").asText());
        assertEquals(4.0, snapshot.path("world").path("width").asDouble());
        JsonNode trail = snapshot.path("trails").path("a");
        assertEquals(LiveFeed.TRAIL_POINTS, trail.size());
        assertEquals(170.0, trail.get(trail.size() - 1).path("t").asDouble(), "the newest samples are kept");
        assertEquals(LiveFeed.RECENT_EVENTS, snapshot.path("recent").size());
        assertEquals("ReflexOverrode", snapshot.path("recent").get(LiveFeed.RECENT_EVENTS - 1).path("type").asText());
        assertEquals(List.of(3.0, 2.0), List.of(snapshot.path("agents").path("a").path("goal").get(0).asDouble(),
                snapshot.path("agents").path("a").path("goal").get(1).asDouble()));
        assertTrue(snapshot.path("agents").path("a").path("overriding").asBoolean());
        assertEquals(200.0, snapshot.path("t").asDouble());
    }

    @Test
    void aSampleAfterAShortOverrideIsMarkedAndSpikeCountsAreNotSent() {
        // given a page listening from the start
        feed.starting(bus, layout());
        feed.listen(message -> sent.add(json(message)));
        // when the reflex holds for 20 ms between two samples, and the network reports its spikes
        bus.publish(new BodySampled(stamp(0.1), 1, 1, 0, 0, 0, 1));
        bus.publish(new ReflexOverrode(stamp(0.13), "braitenberg", 80, 0.1, -0.1));
        bus.publish(new ReflexReleased(stamp(0.15), "braitenberg", 20));
        bus.publish(new SpikesCounted(stamp(0.2), "braitenberg", 100, Map.of("motor", 3), 3));
        bus.publish(new BodySampled(stamp(0.2), 1.1, 1, 0, 0, 0, 1));
        bus.publish(new BodySampled(stamp(0.3), 1.2, 1, 0, 0, 0, 1));
        bus.publish(new RunFinished(new Stamp(Stamp.WORLD, 300_000, ++sequence), 0.3));
        // then
        List<String> kinds = sent.stream().map(m -> m.path("k").asText() + ":" + m.path("type").asText("")).toList();
        assertEquals(List.of("snapshot:", "b:", "e:ReflexOverrode", "e:ReflexReleased", "b:", "b:", "e:RunFinished"),
                kinds);
        assertEquals(List.of(0, 1, 0), sent.stream().filter(m -> m.path("k").asText().equals("b"))
                .map(m -> m.path("o").asInt()).toList(), "the sample after the override says so");
        assertEquals(0.3, sent.get(6).path("finished").asDouble());
        assertEquals(0.3, feed.finished());
    }
}
