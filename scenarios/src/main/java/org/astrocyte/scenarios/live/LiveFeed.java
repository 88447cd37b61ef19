package org.astrocyte.scenarios.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.astrocyte.core.bus.EventBus;
import org.astrocyte.core.event.BodySampled;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.FoodCollected;
import org.astrocyte.core.event.PlannerDecisionApplied;
import org.astrocyte.core.event.ReflexOverrode;
import org.astrocyte.core.event.ReflexReleased;
import org.astrocyte.core.event.RunFinished;
import org.astrocyte.core.event.SpikesCounted;
import org.astrocyte.core.event.TimelineEventApplied;
import org.astrocyte.core.event.Topics;
import org.astrocyte.scenarios.run.RunObserver;
import org.astrocyte.scenarios.run.WorldLayout;

/**
 * Watches a run's bus for the live view: turns each event into a message (see {@link LiveMessages}) for every
 * listening page, and keeps, within fixed bounds, what a page that joins late needs to draw the run as it is now:
 * the world, the last {@value #RECENT_EVENTS} events, each body's last {@value #TRAIL_POINTS} samples, the last
 * {@value #FOOD_EVENTS} food changes, the obstacles the timeline changed, each agent's goal and whether its reflex
 * holds. Spike counts are not forwarded. Thread-safe: the bus delivers on its own threads; listeners are called in
 * the order of the messages, under the feed's lock, so they must not block.
 */
public final class LiveFeed implements RunObserver {

    /** Events kept for pages that join late. */
    static final int RECENT_EVENTS = 300;
    /** Body samples kept per agent for pages that join late. */
    static final int TRAIL_POINTS = 1_200;
    /** Food eaten or taken, kept for pages that join late. */
    static final int FOOD_EVENTS = 1_000;
    /** Obstacle changes kept for pages that join late. */
    static final int OBSTACLE_CHANGES = 500;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final Deque<Map<String, Object>> recent = new ArrayDeque<>();
    private final Map<String, Deque<Map<String, Object>>> trails = new LinkedHashMap<>();
    private final Map<String, AgentState> agents = new LinkedHashMap<>();
    private final Deque<double[]> food = new ArrayDeque<>();
    private final Deque<Object> obstacles = new ArrayDeque<>();
    private WorldLayout world;
    private double now;
    private Double finished;
    private long events;

    /** What the feed knows of one agent now. */
    private static final class AgentState {
        boolean overriding;
        boolean overrodeSinceSample;
        List<Double> goal;
    }

    @Override
    public synchronized void starting(EventBus bus, WorldLayout layout) {
        world = layout;
        for (WorldLayout.BodyLayout body : layout.bodies()) {
            agents.put(body.id(), new AgentState());
            trails.put(body.id(), new ArrayDeque<>());
        }
        for (String topic : Topics.ALL) {
            bus.subscribe(topic, this::accept);
        }
        broadcast(snapshot());
    }

    /**
     * Adds a page's listener and hands it the snapshot of now as its first message, then every message after it,
     * each as one line of JSON: nothing is missed or sent twice between the two.
     */
    public synchronized void listen(Consumer<String> listener) {
        listener.accept(snapshot());
        listeners.add(listener);
    }

    /** Removes a listener added by {@link #listen}. */
    public void forget(Consumer<String> listener) {
        listeners.remove(listener);
    }

    /** Events seen so far. */
    public synchronized long events() {
        return events;
    }

    /** Simulated seconds at which the run finished, or null while it runs. */
    public synchronized Double finished() {
        return finished;
    }

    /** Takes one event from the bus. */
    synchronized void accept(Event event) {
        events++;
        now = Math.max(now, LiveMessages.seconds(event));
        if (event instanceof SpikesCounted) {
            return;
        }
        broadcast(json(event instanceof BodySampled sample ? sampled(sample) : happened(event)));
    }

    private Map<String, Object> sampled(BodySampled sample) {
        AgentState agent = agent(sample.stamp().agentId());
        Map<String, Object> m = LiveMessages.body(sample, agent.overriding || agent.overrodeSinceSample);
        agent.overrodeSinceSample = false;
        keep(trails.computeIfAbsent(sample.stamp().agentId(), a -> new ArrayDeque<>()), m, TRAIL_POINTS);
        return m;
    }

    private Map<String, Object> happened(Event event) {
        Map<String, Object> m = LiveMessages.event(event);
        double t = LiveMessages.seconds(event);
        String id = event.stamp().agentId();
        if (event instanceof ReflexOverrode) {
            agent(id).overriding = true;
            agent(id).overrodeSinceSample = true;
        } else if (event instanceof ReflexReleased) {
            agent(id).overriding = false;
        } else if (event instanceof PlannerDecisionApplied) {
            @SuppressWarnings("unchecked")
            List<Double> goal = (List<Double>) m.get("goal");
            agent(id).goal = goal;
        } else if (event instanceof FoodCollected e) {
            keep(food, new double[] {t, e.foodId()}, FOOD_EVENTS);
        } else if (event instanceof TimelineEventApplied) {
            if (Boolean.TRUE.equals(m.get("depleted"))) {
                keep(food, new double[] {t, -1}, FOOD_EVENTS);
            }
            if (m.containsKey("obstacle")) {
                keep(obstacles, m.get("obstacle"), OBSTACLE_CHANGES);
            }
        } else if (event instanceof RunFinished e) {
            finished = e.simulatedSeconds();
        }
        keep(recent, m, RECENT_EVENTS);
        return m;
    }

    private AgentState agent(String id) {
        return agents.computeIfAbsent(id, a -> new AgentState());
    }

    private static <T> void keep(Deque<T> ring, T item, int capacity) {
        ring.addLast(item);
        while (ring.size() > capacity) {
            ring.removeFirst();
        }
    }

    /** Everything a page needs to draw the run as it is now, as one message. */
    synchronized String snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", "snapshot");
        m.put("world", world);
        m.put("t", now);
        m.put("finished", finished);
        m.put("trails", trails);
        Map<String, Object> state = new LinkedHashMap<>();
        agents.forEach((id, a) -> state.put(id, Map.of("overriding", a.overriding,
                "goal", a.goal == null ? List.of() : a.goal)));
        m.put("agents", state);
        m.put("recent", recent);
        m.put("food", food);
        m.put("obstacles", obstacles);
        return json(m);
    }

    /** Messages kept for late joiners (body samples aside), oldest first: at most {@value #RECENT_EVENTS}. */
    synchronized int recentEvents() {
        return recent.size();
    }

    private void broadcast(String message) {
        for (Consumer<String> listener : listeners) {
            listener.accept(message);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a live message cannot be written as JSON", e);
        }
    }
}
